// A parsed KTAP/TAP document as a test's sub-results: each result (nested
// ones under their parents' names), the output's problems, a bail-out, and
// — for vm:ktap — the command's exit status as the result of a group named
// after the command, with the command's stderr as its log (KTAP is read from
// stdout only, and what a program says on stderr is often why it failed).
import type { KtapDocument, KtapResult, KtapStatus } from "../ktap/parse.ts";
import { lastLine } from "../util/proc.ts";
import type { Failure, TestStatus } from "./results.ts";
import type { SubtestLog } from "./subtests.ts";

/** Where the recording call is in the user's Lua (a Failure's location fields). */
export type Site = Pick<Failure, "file" | "line" | "testLine" | "traceback">;

export interface ExecStatus {
  code: number | null;
  signal: number | null;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
  /** The command's standard error. */
  stderr?: string;
}

/** The group's log keeps the command's last this many stderr lines. */
export const MAX_STDERR_LINES = 200;

/** kselftest's exit status for "skipped" (KSFT_SKIP). */
export const KSFT_SKIP = 4;

const STATUS: Record<KtapStatus, TestStatus> = { pass: "passed", fail: "failed", skip: "skipped", todo: "todo", xfail: "xfail", error: "error" };

export type KtapCounts = Record<"passed" | "failed" | "skipped" | "todo" | "xfail" | "errors", number>;

export const noCounts = (): KtapCounts => ({ passed: 0, failed: 0, skipped: 0, todo: 0, xfail: 0, errors: 0 });

/** A failure at the recording call's site. */
const siteFailure = (site: Site, kind: Failure["kind"], message: string): Failure => ({ kind, message, ...site, traceback: "", consoles: [] });

/** One error sub-result at path (what no KTAP result says: a glob that matched nothing, a suite that never started). */
export function recordError(log: SubtestLog, site: Site, path: string[], message: string): void {
  log.record({ path, status: "error", line: site.testLine ?? 0, durationMs: 0, output: [], failure: siteFailure(site, "error", message) });
}

/** Records doc below prefix (plus group, when given); returns how many results of each status it recorded. */
export function recordKtap(log: SubtestLog, doc: KtapDocument, site: Site, prefix: string[], group?: { name: string; exec?: ExecStatus }): KtapCounts {
  const counts = noCounts();
  const base = group ? [...prefix, group.name] : prefix;
  const line = site.testLine ?? 0;
  const failure = (kind: Failure["kind"], message: string) => siteFailure(site, kind, message);
  /** counted: false for the group, so that the counts are the output's own results. */
  const add = (path: string[], status: TestStatus, message: string, output: string[] = [], durationMs = 0, bare = false, counted = true) => {
    const failing = status === "failed" || status === "error";
    const recorded = log.record({
      path, status, line, durationMs, output,
      reason: failing || status === "passed" ? undefined : message,
      failure: failing ? failure(status === "error" ? "error" : "failure", message) : undefined,
      bareFailure: bare,
    });
    if (counted) counts[recorded === "error" ? "errors" : recorded]++;
  };
  const walk = (result: KtapResult, parent: string[]) => {
    const path = [...parent, result.name];
    for (const child of result.children) walk(child, path);
    const status = STATUS[result.status];
    const message = result.missing ? result.reason! : status === "failed" || status === "error" ? withReason(result.text, result.reason) : (result.reason ?? "");
    // A passing result's diagnostic data ("ok 5 rc # rcode=0") has no other place than its output.
    const output = status === "passed" && result.reason ? [...result.diagnostics, `# ${result.reason}`] : result.diagnostics;
    add(path, status, message, output, 0, result.status === "fail" && !result.reason);
  };
  for (const result of doc.results) walk(result, base);

  // "1..0 # SKIP why" says the whole run was skipped: a group says so itself, else one result does.
  if (doc.skipAll !== undefined && !group) add([...base, "all"], "skipped", doc.skipAll);
  if (doc.bailOut) add([...base, "Bail out!"], "error", `Bail out! ${doc.bailOut.reason} (line ${doc.bailOut.line})`.trim());
  if (doc.problems.length) {
    const listed = doc.problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join("\n");
    // No KTAP at all: the command most likely failed to start, and its stderr says why.
    const none = doc.version === undefined && doc.plan === undefined && doc.results.length === 0;
    add([...base, "KTAP output"], "error", `the output is not valid KTAP/TAP:\n${listed}${none ? stderrEnds(group?.exec) : ""}`);
  }
  log.warnings.push(...doc.notes.map((note) => (group ? `${group.name}: ${note}` : note)));

  if (group) {
    const exec = group.exec;
    if (exec?.truncated) log.warnings.push(`${group.name}: the output was cut at vm:ktap's max_output; results after it are missing`);
    const [status, message] = groupStatus(doc, counts, exec);
    add(base, status, message, stderrLog(exec?.stderr), exec?.durationMs ?? 0, false, false);
  }
  return counts;
}

/** The command's stderr as lines of a log: its last MAX_STDERR_LINES, saying how many came before. */
function stderrLog(stderr: string | undefined): string[] {
  const lines = (stderr ?? "").replace(/\n$/, "").split("\n");
  if (lines.length === 1 && lines[0] === "") return [];
  if (lines.length <= MAX_STDERR_LINES) return lines;
  return [`(the first ${lines.length - MAX_STDERR_LINES} lines of stderr are not kept)`, ...lines.slice(-MAX_STDERR_LINES)];
}

/** " (stderr ends: '…')" for a message, or nothing when it printed nothing there. */
function stderrEnds(exec: ExecStatus | undefined): string {
  const last = lastLine(exec?.stderr ?? "");
  return last ? ` (stderr ends: '${last.length > 300 ? `${last.slice(0, 300)}…` : last}')` : "";
}

function withReason(text: string, reason?: string): string {
  return reason && !text.includes(reason) ? `${text}: ${reason}` : text;
}

/** The group's own verdict: the exit status counts, unless the results explain it (a kselftest exits 1 when a result failed). */
function groupStatus(doc: KtapDocument, counts: KtapCounts, exec: ExecStatus | undefined): [TestStatus, string] {
  if (exec?.timedOut) return ["error", "the command timed out (set vm:ktap's timeout option to wait longer)"];
  if (exec?.signal) return ["error", `the command was killed by signal ${exec.signal}`];
  if (exec?.code === KSFT_SKIP) return ["skipped", doc.skipAll ?? `exit status ${KSFT_SKIP} (kselftest's skip)`];
  if (doc.skipAll !== undefined) return ["skipped", doc.skipAll];
  const explained = counts.failed + counts.errors + counts.xfail > 0;
  if (exec && exec.code !== 0 && !explained) return ["failed", `the command exited with status ${exec.code}, but no result failed${stderrEnds(exec)}`];
  return ["passed", ""];
}
