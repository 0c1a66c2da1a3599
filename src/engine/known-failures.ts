// Known failures (provium.toml's [[known_failures]], --known-failures FILE,
// the action's known-failures input): test or subtest names, with * and ?
// wildcards, each with a reason, optionally on one architecture only. A listed result that fails is reported as
// xfail and does not fail the run; an entry whose results all pass is
// flagged ("remove it from the list"), so the list cannot rot silently.
// An entry naming a test covers its subtests' failures too.
//
// A result is judged once, where it is made: a sub-result when its test's
// SubtestLog records it (so roll-ups count only unexpected failures), a test
// when the file runner makes its result.
import type { KnownFailure } from "../config/config.ts";
import type { Arch } from "../util/arch.ts";
import { isFailing, subtestName, type TestResult } from "./results.ts";

interface Entry extends KnownFailure {
  name: RegExp;
  files?: RegExp;
}

/** What classify reads and sets: a test's or a sub-result's verdict. */
export type Classified = Pick<TestResult, "status" | "reason" | "knownFailure">;

/** A wildcard pattern as an anchored regular expression: * is any text, ? one character. */
function glob(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "s");
}

export class KnownFailures {
  private readonly entries: Entry[];

  constructor(entries: KnownFailure[]) {
    // " > " is the separator users can type; names are joined by " › ".
    this.entries = entries.map((e) => ({ ...e, name: glob(e.test.replaceAll(" > ", " › ")), files: e.file === undefined ? undefined : glob(e.file) }));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries that apply on arch: those for every architecture, and arch's own. */
  forArch(arch: Arch): KnownFailures {
    return new KnownFailures(this.entries.filter((e) => e.arch === undefined || e.arch === arch));
  }

  private match(file: string, name: string): Entry | undefined {
    return this.entries.find((e) => e.name.test(name) && (!e.files || e.files.test(file)));
  }

  /**
   * The entry naming the test's sub-result at path, or (a test's entry covers
   * its subtests) one of its ancestors: taken from the path, never from a
   * display name, whose parts may themselves contain " › ".
   */
  private covering(file: string, test: string, path: string[]): Entry | undefined {
    for (let keep = path.length - 1; keep >= 0; keep--) {
      const entry = this.match(file, subtestName(test, path.slice(0, keep)));
      if (entry) return entry;
    }
    return undefined;
  }

  /**
   * Judges one result: the test's own (path []) or its sub-result at path. A
   * failure an entry covers becomes xfail; a result an entry names is marked,
   * for unexpectedPasses. A roll-up never becomes xfail: the entry covering it
   * would cover the failures below it, which then would not roll up.
   */
  classify(file: string, test: string, path: string[], result: Classified): void {
    if (this.entries.length === 0) return;
    const direct = this.match(file, subtestName(test, path));
    const entry = direct ?? (isFailing(result) ? this.covering(file, test, path) : undefined);
    if (entry && isFailing(result)) {
      result.status = "xfail";
      result.reason = entry.reason;
      result.knownFailure = { pattern: entry.test, reason: entry.reason };
    } else if (direct) result.knownFailure = { pattern: direct.test, reason: direct.reason };
  }

  /** Whether a failure of this test is expected (an entry names it): the result it makes will be xfail. */
  expects(file: string, test: string): boolean {
    return this.match(file, test) !== undefined;
  }

  /**
   * Entries whose results in these tests (the whole run's) all passed get a
   * warning on the first: the list should lose them. A shard sees only its
   * files: the warning then says so, since the entry may fail in another.
   */
  unexpectedPasses(tests: TestResult[], shard?: { index: number; count: number }): void {
    const byPattern = new Map<string, TestResult[]>();
    for (const test of tests) if (test.knownFailure) byPattern.set(test.knownFailure.pattern, [...(byPattern.get(test.knownFailure.pattern) ?? []), test]);
    for (const [pattern, results] of byPattern) {
      if (results.some((r) => r.status !== "passed")) continue;
      const first = results[0]!;
      const where = shard ? ` in shard ${shard.index}/${shard.count}` : "";
      const advice = shard ? "remove it from the list if it passes in the other shards too" : "remove it from the list";
      first.warnings.push(`known failure '${pattern}' passed${where}: ${advice} (its reason: ${first.knownFailure!.reason})`);
    }
  }
}
