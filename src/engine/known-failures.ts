// Known failures (provium.toml's [[known_failures]], --known-failures FILE,
// the action's known-failures input): test or subtest names, with * and ?
// wildcards, each with a reason. A listed result that fails is reported as
// xfail and does not fail the run; an entry whose results all pass is
// flagged ("remove it from the list"), so the list cannot rot silently.
// An entry naming a test covers its subtests' failures too.
import type { KnownFailure } from "../config/config.ts";
import { isFailing, subtestName, type TestResult } from "./results.ts";

interface Entry extends KnownFailure {
  name: RegExp;
  files?: RegExp;
}

const SEPARATOR = " › ";

/** A wildcard pattern as an anchored regular expression: * is any text, ? one character. */
function glob(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "s");
}

export class KnownFailures {
  private readonly entries: Entry[];

  constructor(entries: KnownFailure[]) {
    this.entries = entries.map((e) => ({ ...e, name: glob(e.test.replaceAll(" > ", SEPARATOR)), files: e.file === undefined ? undefined : glob(e.file) }));
  }

  get size(): number {
    return this.entries.length;
  }

  private match(file: string, name: string): Entry | undefined {
    return this.entries.find((e) => e.name.test(name) && (!e.files || e.files.test(file)));
  }

  /** The entry naming this result or one of its ancestors (a test's entry covers its subtests). */
  private covering(test: TestResult): Entry | undefined {
    const parts = test.name.split(SEPARATOR);
    const depth = test.subtest ? test.subtest.path.length : 0;
    for (let keep = parts.length; keep >= parts.length - depth; keep--) {
      const entry = this.match(test.file, parts.slice(0, keep).join(SEPARATOR));
      if (entry) return entry;
    }
    return undefined;
  }

  /**
   * Results (a test's, then its sub-results; or a whole file's): failures an
   * entry covers become xfail; a roll-up whose failing subtests are all
   * expected passes. Results an entry names are marked, for unexpectedPasses.
   * Classifying twice changes nothing.
   */
  classify(group: TestResult[]): void {
    if (this.entries.length === 0) return;
    for (const result of group) {
      const direct = this.match(result.file, result.name);
      const entry = direct ?? this.covering(result);
      if (entry && isFailing(result) && !result.failure?.fromSubtests) {
        result.status = "xfail";
        result.reason = entry.reason;
        result.knownFailure = { pattern: entry.test, reason: entry.reason };
      } else if (direct) result.knownFailure = { pattern: direct.test, reason: direct.reason };
    }
    settleRollUps(group);
  }

  /**
   * Whether a test's failure, as it stands, is one the list expects: an entry
   * names the test, or its failure is a roll-up of sub-results that entries all cover.
   */
  expectsFailure(file: string, test: string, outcome: { failure?: { fromSubtests?: boolean } }, failingPaths: string[][]): boolean {
    if (this.match(file, test)) return true;
    if (!outcome.failure?.fromSubtests || failingPaths.length === 0) return false;
    return failingPaths.every((path) => path.some((_, k) => this.match(file, subtestName(test, path.slice(0, k + 1)))));
  }

  /** Entries whose results in these tests all passed get a warning on the first: the list should lose them. */
  unexpectedPasses(tests: TestResult[]): void {
    const byPattern = new Map<string, TestResult[]>();
    for (const test of tests) if (test.knownFailure) byPattern.set(test.knownFailure.pattern, [...(byPattern.get(test.knownFailure.pattern) ?? []), test]);
    for (const [pattern, results] of byPattern) {
      if (results.some((r) => r.status !== "passed")) continue;
      const first = results[0]!;
      first.warnings.push(`known failure '${pattern}' passed: remove it from the list (its reason: ${first.knownFailure!.reason})`);
    }
  }
}

/** Roll-ups are recomputed: one stays failed only while a subtest below it still fails. */
function settleRollUps(group: TestResult[]): void {
  const failingBelow = new Set<string>();
  for (const result of group) {
    if (!isFailing(result) || result.failure?.fromSubtests) continue;
    const parts = result.name.split(SEPARATOR);
    for (let keep = 1; keep < parts.length; keep++) failingBelow.add(parts.slice(0, keep).join(SEPARATOR));
  }
  for (const result of group) {
    if (!isFailing(result) || !result.failure?.fromSubtests || failingBelow.has(result.name)) continue;
    result.status = "passed";
    result.failure = undefined;
  }
}
