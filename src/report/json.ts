// The JSON report: a stable shape for tools, versioned. The whole console
// logs and their paths are left out: they can be megabytes, and the run's
// artifacts hold them. Fields are copied one by one, so that a field added
// to the result model does not slip into this format unannounced.
import type { Arch } from "../util/arch.ts";
import { changeCounts, count, type Attempt, type ChangeCounts, type Counts, type Failure, type FileResult, type GoneResult, type ResultChange, type RunInfo, type RunResult, type TestResult, type TestStatus } from "../engine/results.ts";

/**
 * Version 1:
 * { version: 1,
 *   summary: { passed, failed, skipped, xfailed, flaky, durationMs },   // failed counts errors, skipped counts todo; flaky ones are passed too
 *   arches: [arch],                                     // the guest architectures the run covered (x86_64, arm64)
 *   files: [{ file, arch, durationMs,                   // a file once per architecture it ran on
 *     tests: [{ name, file, arch, line, status, durationMs, tags, reason?, logs, warnings,   // status: passed|failed|error|skipped|todo|xfail
 *       failure?: { kind, message, file?, line?, testLine?, traceback, consoles: [{ vm, tail }], fromSubtests? },
 *       subtest?: { test, path },                           // a sub-result: its test and the names below it
 *       attempts?: [{ status, failure, durationMs, logs }], // earlier failed runs of a retried test
 *       knownFailure?: { pattern, reason } }] }],
 *   notRun: [file] }                                     // not started: the run was interrupted ("[arm64] file" where names show the architecture)
 * Times are in milliseconds; optional fields are absent, not null.
 *
 * Added to version 1 without a new number, as optional fields (an older
 * reader ignores them; files without them are read as before, e.g. as a
 * --baseline whose environment is unknown):
 *   run?: { id, time, commit?, kernel: { release?, version? }, profile, arch, shard?: { index, count }, selected? }
 *   baseline?: { source, id, time, commit?, kernel, profile, arch }   // what the run was compared with
 *   changes?: { "new-failure", fixed, "still-failing", new, flaky, gone: counts; notes: [text] }   // when compared
 *   gone?: [{ file, name, subtest?, status }]            // results the baseline had and this run lacks
 *   tests[].change?: { kind, was?, since?: { time, commit?, beforeWindow? }, failedRuns?, runs? }
 *     kind: new-failure|fixed|still-failing|new|flaky, or "same" (with a baseline, every result has one)
 */
export interface JsonReport {
  version: 1;
  summary: Counts & { durationMs: number };
  arches: Arch[];
  files: JsonFile[];
  /** Files not started because the run was interrupted. */
  notRun: string[];
  run?: RunInfo;
  baseline?: { source: string } & RunInfo;
  changes?: ChangeCounts & { gone: number; notes: string[] };
  gone?: GoneResult[];
}

export interface JsonFile {
  file: string;
  arch: Arch;
  durationMs: number;
  tests: JsonTest[];
}

export interface JsonTest {
  name: string;
  file: string;
  arch: Arch;
  line: number;
  status: TestStatus;
  durationMs: number;
  tags: string[];
  /** For skipped and todo tests. */
  reason?: string;
  failure?: JsonFailure;
  logs: string[];
  warnings: string[];
  subtest?: { test: string; path: string[] };
  attempts?: (Omit<Attempt, "failure"> & { failure: JsonFailure })[];
  knownFailure?: { pattern: string; reason: string };
  change?: ResultChange | { kind: "same" };
}

/** A failure as results.ts has it, with only the console tails (full logs go to artifacts). */
export type JsonFailure = Omit<Failure, "consoles"> & { consoles: { vm: string; tail: string }[] };

export function jsonReport(run: RunResult): JsonReport {
  const tests = run.files.flatMap((file) => file.tests);
  const comparison = run.comparison;
  const same = comparison?.baseline ? { kind: "same" as const } : undefined;
  return {
    version: 1,
    summary: { ...count(tests), durationMs: run.durationMs },
    arches: run.arches,
    files: run.files.map((file) => jsonFile(file, same)),
    notRun: run.notRun,
    run: run.info,
    baseline: comparison?.baseline && { source: comparison.baseline.source, ...comparison.baseline.run },
    changes: comparison && { ...changeCounts(tests), gone: comparison.gone.length, notes: comparison.notes },
    gone: comparison?.gone,
  };
}

/** The report as text, indented for people who open it too. */
export function jsonResults(run: RunResult): string {
  return `${JSON.stringify(jsonReport(run), null, 2)}\n`;
}

function jsonFile(file: FileResult, same: JsonTest["change"]): JsonFile {
  return { file: file.file, arch: file.arch, durationMs: file.durationMs, tests: file.tests.map((test) => jsonTest(test, file.arch, same)) };
}

// Optional fields are set to undefined when absent; JSON.stringify leaves them out.
function jsonTest(test: TestResult, arch: Arch, same: JsonTest["change"]): JsonTest {
  return {
    name: test.name,
    file: test.file,
    arch,
    line: test.line,
    status: test.status,
    durationMs: test.durationMs,
    tags: test.tags,
    reason: test.reason,
    failure: test.failure && jsonFailure(test.failure),
    logs: test.logs,
    warnings: test.warnings,
    subtest: test.subtest,
    attempts: test.attempts?.map((a) => ({ ...a, failure: jsonFailure(a.failure) })),
    knownFailure: test.knownFailure,
    change: test.change ?? same,
  };
}

function jsonFailure(failure: Failure): JsonFailure {
  return { ...failure, consoles: failure.consoles.map(({ vm, tail }) => ({ vm, tail })) };
}
