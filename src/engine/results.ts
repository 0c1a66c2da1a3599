// What a run produces: the model every reporter reads.

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
}

export interface FileResult {
  file: string;
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
  /** Files not started because the run was interrupted (display paths). */
  notRun: string[];
  /** Every boot that failed during the run, in tests and fixture builds alike. */
  bootFailures: BootFailure[];
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
