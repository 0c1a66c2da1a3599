// What a run produces: the model every reporter reads.
import type { Arch } from "../util/arch.ts";

/** xfail: failed as expected (a known failure, or a producer's XFAIL); it does not fail the run. */
export type TestStatus = "passed" | "failed" | "error" | "skipped" | "todo" | "xfail";

export interface ConsoleExcerpt {
  vm: string;
  /** The last lines, for reports. */
  tail: string;
  /** The whole log: in the results directory once the test's result is made (see results-dir.ts). */
  logPath: string;
}

export interface Failure {
  /** "failure": the test's own assertion or error; "error": a VM/harness fault or a timeout. */
  kind: "failure" | "error";
  message: string;
  /** Where it failed: the innermost frame in the user's Lua files. */
  file?: string;
  line?: number;
  /** The test file's own line on the way there (differs when a user helper failed). */
  testLine?: number;
  traceback: string;
  consoles: ConsoleExcerpt[];
  /** The failure is only that subtests failed: they are reported themselves, so reports do not repeat it. */
  fromSubtests?: boolean;
}

/** An earlier run of a test that was retried. */
export interface Attempt {
  status: "failed" | "error";
  failure: Failure;
  durationMs: number;
  logs: string[];
}

/** A VM of a failing test saved by --keep-failed: `provium shell --snapshot <bundle>` reopens it. */
export interface KeptVm {
  vm: string;
  bundle: string;
}

export interface TestResult {
  file: string;
  name: string;
  line: number;
  status: TestStatus;
  durationMs: number;
  tags: string[];
  /** For skipped and todo tests. */
  reason?: string;
  failure?: Failure;
  logs: string[];
  warnings: string[];
  /** Set on a sub-result: the test it belongs to and the names from there down to it (its name is them joined by " › "). */
  subtest?: { test: string; path: string[] };
  /** Earlier runs that failed (retries): with status passed, the test is flaky. */
  attempts?: Attempt[];
  /** The known-failures entry that matched it. */
  knownFailure?: { pattern: string; reason: string };
  kept?: KeptVm[];
  /** What changed since the baseline (--baseline, --history): set by src/history/classify.ts. */
  change?: ResultChange;
}

export interface FileResult {
  file: string;
  /** The guest architecture it ran on (a run of several runs each file on each). */
  arch: Arch;
  durationMs: number;
  tests: TestResult[];
}

/** A guest that never reached its agent: its kernel panicked, hung at boot, or QEMU refused it. */
export interface BootFailure {
  vm: string;
  /** The test file or fixture script that booted it. */
  source: string;
  /** What happened, on one line. */
  message: string;
  /** The last lines of its console. */
  consoleTail: string;
}

export interface RunResult {
  files: FileResult[];
  durationMs: number;
  /** Files not started because the run was interrupted (display paths, with their architecture where names show it). */
  notRun: string[];
  /** Every boot that failed during the run, in tests and fixture builds alike. */
  bootFailures: BootFailure[];
  /** Which run this is, and in which environment: what a later run compares with. */
  info?: RunInfo;
  /** This run against a baseline and the history (--baseline, --history). */
  comparison?: Comparison;
  /** The guest architectures the run covered, in the order asked for. */
  arches: Arch[];
  /** Names carry the architecture ("[arm64] tests/x.test.lua"): the run named it, or it is not x86_64. */
  showArch: boolean;
}

/** A run's identity and environment: results are compared only within one environment (profile, kernel release, architecture). */
export interface RunInfo {
  /** Shared by the shards of one run (GITHUB_RUN_ID and attempt, PROVIUM_RUN_ID), else its own. */
  id: string;
  /** When it started: ISO 8601, UTC. */
  time: string;
  /** The suite's commit: GITHUB_SHA, or `git rev-parse HEAD` in the suite's repository. */
  commit?: string;
  /** The default profile's kernel: its release (`uname -r`) and whole version string, when its image says them. */
  kernel: { release?: string; version?: string };
  /** The default profile: what provium.create() without a name boots. */
  profile: string;
  /** The guest architecture: x86_64 or arm64 (src/util/arch.ts). */
  arch: string;
  /** This run is one shard of the suite's files. */
  shard?: { index: number; count: number };
  /** A sharded run put together from its shards' records (src/history/runs.ts): how many shards it had, and those whose records were missing. */
  shards?: number;
  missingShards?: number[];
  /** Tests were selected (--filter, --tag): not the whole suite. */
  selected?: boolean;
}

/**
 * new-failure: passed or skipped in the baseline (or not there), failing now;
 * fixed: failed there, passes now; still-failing: failed there and now;
 * new: not in the baseline (and not failing); flaky: passed on a retry, or
 * its outcome flipped at least twice in the history's window.
 */
export type ChangeKind = "new-failure" | "fixed" | "still-failing" | "new" | "flaky";
export const CHANGE_KINDS: readonly ChangeKind[] = ["new-failure", "fixed", "still-failing", "new", "flaky"];

export interface ResultChange {
  kind: ChangeKind;
  /** Its status in the baseline; absent: it was not there. */
  was?: TestStatus;
  /** still-failing: the first run of the failing streak the history holds; beforeWindow: the streak began before the oldest run kept. */
  since?: { time: string; commit?: string; beforeWindow?: boolean };
  /** flaky (from the history): failed in this many of the runs it ran in, this one included. */
  failedRuns?: number;
  runs?: number;
}

/** A result the baseline had and this run lacks. */
export interface GoneResult {
  file: string;
  name: string;
  subtest?: { test: string; path: string[] };
  /** Its status in the baseline. */
  status: TestStatus;
}

export interface Comparison {
  /** What this run was compared with; absent when nothing could be (none yet, another environment). */
  baseline?: { source: string; run: RunInfo };
  /** Why nothing, or not everything, was compared: said in every report. */
  notes: string[];
  gone: GoneResult[];
  /** The history's runs of this environment, oldest first, this run last (for the chart). */
  trend: RunTotals[];
  /** Tests that took longer than their median over the history's runs, most grown first. */
  slower: { file: string; name: string; line: number; medianMs: number; nowMs: number }[];
}

/** One run's totals as the chart shows them. */
export interface RunTotals {
  time: string;
  commit?: string;
  passed: number;
  failed: number;
  flaky: number;
}

/** Whether a run's names carry the architecture: when it was named (--arch), or it is not x86_64 (the names of runs before there were others). */
export const archShown = (arches: Arch[], named: boolean): boolean => named || arches.some((arch) => arch !== "x86_64");

/** A file's (or test's) name as reports show it: with its architecture when the run shows it. */
export const withArch = (name: string, arch: Arch, show: boolean): string => (show ? `[${arch}] ${name}` : name);

/** Shows a name of one of run's tests (its file, its name) as reports show it: with the test's architecture when the run shows it (withArch). */
export function labeller(run: RunResult): (test: TestResult, name: string) => string {
  const arches = new Map(run.files.flatMap((file) => file.tests.map((test) => [test, file.arch] as const)));
  return (test, name) => {
    const arch = arches.get(test);
    return arch === undefined ? name : withArch(name, arch, run.showArch);
  };
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Failed as expected. */
  xfailed: number;
  /** Passed after failing (counted in passed too). */
  flaky: number;
}

export const isFailing = (test: { status: TestStatus }) => test.status === "failed" || test.status === "error";
export const isFlaky = (test: TestResult) => test.status === "passed" && (test.attempts?.length ?? 0) > 0;

/** The failures a reader should see: roll-ups of failed subtests are left out (the subtests are there). */
export const reportedFailures = (tests: TestResult[]) => tests.filter((t) => isFailing(t) && t.failure && !t.failure.fromSubtests);

/** The name a sub-result is reported under: its test's name and its path, joined by " › ". */
export const subtestName = (test: string, path: string[]) => [test, ...path].join(" › ");

/** Each architecture's tests, in the order the run names them (for a run of several). */
export const testsByArch = (run: RunResult): [Arch, TestResult[]][] =>
  run.arches.map((arch) => [arch, run.files.filter((file) => file.arch === arch).flatMap((file) => file.tests)]);

/** failed counts errors too; skipped counts todo too. */
export function count(tests: TestResult[]): Counts {
  const c: Counts = { passed: 0, failed: 0, skipped: 0, xfailed: 0, flaky: 0 };
  for (const t of tests) {
    if (t.status === "passed") c.passed++;
    else if (isFailing(t)) c.failed++;
    else if (t.status === "xfail") c.xfailed++;
    else c.skipped++;
    if (isFlaky(t)) c.flaky++;
  }
  return c;
}

export type ChangeCounts = Record<ChangeKind, number>;

/** How many results have each change. */
export function changeCounts(tests: TestResult[]): ChangeCounts {
  const c: ChangeCounts = { "new-failure": 0, fixed: 0, "still-failing": 0, new: 0, flaky: 0 };
  for (const t of tests) if (t.change) c[t.change.kind]++;
  return c;
}

/** The results with this change, in report order. */
export const withChange = (tests: TestResult[], kind: ChangeKind) => tests.filter((t) => t.change?.kind === kind);
