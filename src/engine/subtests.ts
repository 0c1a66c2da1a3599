// A running test's sub-results (t:subtest, t:record, t:ktap, vm:ktap), in
// the order they finish: children before their parent. Each is judged by the
// known-failures list as it is recorded. A parent that passed while a child
// failed unexpectedly fails, and so does the test: such a failure is a
// roll-up (fromSubtests), which reports do not repeat, since the failing
// children are reported themselves. Failures the list expects do not roll up.
import type { Vm } from "../vm/vm.ts";
import type { KnownFailures } from "./known-failures.ts";
import { consoles, type Outcome } from "./thread.ts";
import { isFailing, subtestName, type Failure, type TestResult, type TestStatus } from "./results.ts";

export interface SubResult {
  /** The names from the test down to it. */
  path: string[];
  status: TestStatus;
  /** The test file's line of the call that recorded it. */
  line: number;
  durationMs: number;
  /** For skip, todo and xfail. */
  reason?: string;
  failure?: Failure;
  output: string[];
  /** The known-failures entry that matched it. */
  knownFailure?: { pattern: string; reason: string };
}

/** What a recorder gives: a failure that only says "failed" (a bare "not ok") becomes a roll-up when children failed. */
export type SubInput = SubResult & { bareFailure?: boolean };

/** A test keeps at most this many sub-results; the rest are counted in a warning. */
export const MAX_SUBTESTS = 100_000;
const NAMES_IN_ROLLUP = 5;

const key = (path: string[]) => path.join("\u0000");

/** Failures below a path: counted and named only when the known-failures list did not expect them (those roll up). */
interface Below {
  count: number;
  names: string[];
}

export class SubtestLog {
  readonly results: SubResult[] = [];
  /** The path of the t:subtest running now: what is recorded goes below it. */
  readonly current: string[] = [];
  /** Failing leaves below each path whose own result has not been recorded yet ("" is the test); expected ones leave count 0. */
  private readonly failingBelow = new Map<string, Below>();
  /** Notes for the test's warnings (e.g. a KTAP document without a plan). */
  readonly warnings: string[] = [];
  dropped = 0;

  constructor(
    /** The test file's display path, where roll-ups point. */
    private readonly file: string,
    /** The test's name, which the known-failures list matches with each path. */
    private readonly test: string,
    private readonly known?: KnownFailures,
  ) {}

  /**
   * Stores a sub-result: a roll-up when children failed unexpectedly, xfail
   * when the known-failures list expects its failure. Returns its status as
   * it was without the list, so that what t:subtest, t:record and t:ktap
   * answer the test does not depend on the list.
   */
  record(input: SubInput): TestStatus {
    const { bareFailure, ...sub } = input;
    const below = this.failingBelow.get(key(sub.path));
    this.failingBelow.delete(key(sub.path)); // a later sibling of the same name starts clean
    const rollsUp = below !== undefined && (sub.status === "passed" || (isFailing(sub) && bareFailure === true));
    const unlisted = rollsUp && !isFailing(sub) ? "failed" : sub.status;
    if (rollsUp && below.count > 0) {
      sub.status = unlisted;
      sub.failure = rollUp(below, sub.failure ?? { kind: "failure", message: "", file: this.file, line: sub.line, testLine: sub.line, traceback: "", consoles: [] });
    } else if (rollsUp) {
      // Every failure below was expected: it failed (if at all) only through them.
      sub.status = "passed";
      sub.failure = undefined;
    }
    const failed = isFailing(sub) && !sub.failure?.fromSubtests;
    this.known?.classify(this.file, this.test, sub.path, sub);
    if (failed) this.noteFailure(sub.path, !isFailing(sub));
    if (this.results.length >= MAX_SUBTESTS) this.dropped++;
    else this.results.push(sub);
    return unlisted;
  }

  private noteFailure(path: string[], expected: boolean): void {
    for (let depth = 0; depth < path.length; depth++) {
      const k = key(path.slice(0, depth));
      const below = this.failingBelow.get(k) ?? { count: 0, names: [] };
      if (!expected) below.count++;
      if (!expected && below.names.length < NAMES_IN_ROLLUP) below.names.push(path.slice(depth).join(" › "));
      this.failingBelow.set(k, below);
    }
  }

  /** The test's own roll-up: set when a sub-result failed unexpectedly. */
  testRollUp(): Below | undefined {
    const below = this.failingBelow.get("");
    return below?.count ? below : undefined;
  }
}

/** A failure saying which subtests failed; the where of the original is kept. */
export function rollUp(below: Below, where: Failure): Failure {
  const more = below.count > below.names.length ? `, … (${below.count} in all)` : "";
  const what = below.count === 1 ? "a subtest failed" : `${below.count} subtests failed`;
  return { ...where, message: `${what}: ${below.names.join(", ")}${more}`, fromSubtests: true };
}

const isBelow = (sub: SubResult, parent: SubResult) =>
  sub.path.length > parent.path.length && parent.path.every((name, i) => sub.path[i] === name);

/**
 * Sub-results as readers expect them, each parent before its children. As
 * recorded, a parent follows its descendants, which come right before it.
 */
export function parentsFirst(subs: SubResult[], start = 0, end = subs.length, out: SubResult[] = []): SubResult[] {
  // The siblings in [start, end), found from the last: each is a parent, its descendants the block right before it.
  const siblings: [first: number, parent: number][] = [];
  while (end > start) {
    const parent = end - 1;
    let first = parent;
    while (first > start && isBelow(subs[first - 1]!, subs[parent]!)) first--;
    siblings.push([first, parent]);
    end = first;
  }
  for (let i = siblings.length - 1; i >= 0; i--) {
    const [first, parent] = siblings[i]!;
    out.push(subs[parent]!);
    parentsFirst(subs, first, parent, out);
  }
  return out;
}

/** A test's result followed by its sub-results (parents first), each a result of its own. */
export function withSubtests(test: TestResult, log: SubtestLog | undefined): TestResult[] {
  if (!log) return [test];
  test.warnings.push(...log.warnings);
  if (log.dropped) test.warnings.push(`${log.dropped} sub-results beyond the first ${MAX_SUBTESTS} were dropped`);
  const subs = parentsFirst(log.results).map(
    (sub): TestResult => ({
      file: test.file,
      name: subtestName(test.name, sub.path),
      line: sub.line || test.line,
      status: sub.status,
      durationMs: sub.durationMs,
      tags: test.tags,
      reason: sub.reason,
      failure: sub.failure,
      logs: sub.output,
      warnings: [],
      subtest: { test: test.name, path: sub.path },
      knownFailure: sub.knownFailure,
    }),
  );
  return [test, ...subs];
}

/** A test that passed while a sub-result failed fails, at its own line, showing the consoles of its VMs. */
export function subtestsRollUp(outcome: Outcome, log: SubtestLog, where: { file: string; line: number }, vms: () => Vm[]): Outcome {
  const below = log.testRollUp();
  if (!below || outcome.status !== "passed") return outcome;
  const failure: Failure = { kind: "failure", message: "", ...where, testLine: where.line, traceback: "", consoles: consoles(vms()) };
  return { status: "failed", failure: rollUp(below, failure) };
}
