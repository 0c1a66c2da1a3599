// KUnit's filter glob (the kernel's kunit.filter_glob: "suite_glob" or
// "suite_glob.case_glob", glob(7) patterns matched as lib/glob.c does), and
// the suite list that kunit.action=list prints. No I/O.
import { kernelLog } from "./kernel-log.ts";

export interface KunitFilter {
  /** As given: what kunit.filter_glob is set to. */
  glob: string;
  suite: RegExp;
  /** Undefined: every case of a matching suite. */
  test?: RegExp;
}

/** Why a glob cannot be a kunit.filter_glob, or undefined when it can. */
export function badGlob(glob: string): string | undefined {
  if (glob === "") return "it is empty";
  if (/[\s"'\\]/.test(glob)) return "it holds a space, a quote or a backslash (the kernel command line cannot carry them)";
  if (glob.startsWith(".")) return "it has no suite part before the '.' (suite_glob.case_glob)";
  return undefined;
}

/** "list*" or "list*.*del_test": the part before the first '.' matches suites, the rest their cases. */
export function kunitFilter(glob: string): KunitFilter {
  const dot = glob.indexOf(".");
  return dot < 0 ? { glob, suite: globRegExp(glob) } : { glob, suite: globRegExp(glob.slice(0, dot)), test: globRegExp(glob.slice(dot + 1)) };
}

/** glob(7) as lib/glob.c reads it: * ? and [classes] (! negating, ranges), anchored. */
function globRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[" && glob.indexOf("]", i + 2) > 0) {
      const end = glob.indexOf("]", i + 2); // "[]…]": a ']' first is literal
      let body = glob.slice(i + 1, end);
      const negated = body[0] === "!";
      if (negated) body = body.slice(1);
      const set = `[${negated ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      // lib/glob.c lets a negated class match the end of the string ("*[!h]" matches "crash"): so does this.
      re += negated ? `(?:${set}|$)` : set;
      i = end;
    } else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s");
}

export interface ListedSuite {
  name: string;
  cases: string[];
}

/**
 * The suites kunit.action=list printed on a boot's console, in the order
 * they run, with their cases ("suite.case" lines after the executor's
 * version line); undefined when the kernel ran its tests instead (one too
 * old to list them prints a plan and results).
 */
export function listedSuites(console: string): ListedSuite[] | undefined {
  const log = kernelLog(console);
  const start = log?.start ?? console.search(/^KTAP version \d+\s*$/m);
  if (start < 0) return undefined;
  const suites: ListedSuite[] = [];
  for (const raw of console.slice(start).split("\n").slice(1)) {
    const line = (log ? log.strip(raw.replace(/\r$/, "")) : raw)?.trim();
    if (line === undefined) continue;
    if (/^1\.\.\d+$/.test(line)) return undefined;
    const [, suite, name] = /^([^\s.]+)\.(\S+)$/.exec(line) ?? [];
    if (!suite || !name) continue;
    if (suites.at(-1)?.name !== suite) suites.push({ name: suite, cases: [] });
    suites.at(-1)!.cases.push(name);
  }
  return suites;
}
