// What a run produces: the model every reporter reads.

export type TestStatus = "passed" | "failed" | "error" | "skipped" | "todo";

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
  kept?: KeptVm[];
}

export interface FileResult {
  file: string;
  durationMs: number;
  tests: TestResult[];
}

export interface RunResult {
  files: FileResult[];
  durationMs: number;
  /** Files not started because the run was interrupted (display paths). */
  notRun: string[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** failed counts errors too; skipped counts todo too. */
export function count(tests: TestResult[]): Counts {
  return {
    passed: tests.filter((t) => t.status === "passed").length,
    failed: tests.filter((t) => t.status === "failed" || t.status === "error").length,
    skipped: tests.filter((t) => t.status === "skipped" || t.status === "todo").length,
  };
}
