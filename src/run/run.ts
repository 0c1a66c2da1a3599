// A run: every selected test file, several at once, each in its own Lua
// state, sharing one run directory and one fixture registry. A file that
// crashes our code fails with an internal error; the run goes on.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Config } from "../config/config.ts";
import { buildFixture } from "../fixtures/build.ts";
import { FixtureRegistry } from "../fixtures/registry.ts";
import { INTERNAL_ERROR_PREFIX } from "../lua/bridge.ts";
import { displayPath } from "../lua/state.ts";
import type { AccelMode } from "../vm/accel.ts";
import { longestFirst, type Durations } from "./durations.ts";
import { runTestFile, type Selection } from "./file-runner.ts";
import { ResultsLayout } from "../engine/results-dir.ts";
import { DEFAULT_RESULTS_DIR, type RunContext } from "../engine/session.ts";
import type { BootFailure, FileResult, RunResult } from "../engine/results.ts";
import { forgetDirectoryImages } from "../host/images.ts";
import { RunDir } from "../host/run-dir.ts";
import type { Shard } from "./shard.ts";
import { PauseLogs } from "../util/clock.ts";

/** retries and knownFailures go to the run's context as they are. */
export interface RunOptions extends Selection, Pick<RunContext, "retries" | "knownFailures"> {
  files: string[];
  suiteRoot: string;
  config: Config;
  jobs?: number;
  timeoutMs: number;
  accel?: AccelMode;
  onFileStart?: (file: string) => void;
  onFileDone?: (result: FileResult) => void;
  onLog?: (file: string, line: string) => void;
  /** File times of an earlier run: the longest start first. */
  durations?: Durations;
  /** Abort to interrupt: running tests stop and are reported as interrupted; no new file starts. */
  signal?: AbortSignal;
  /** The profile of provium.create() without a name. */
  defaultProfile?: string;
  /** Pass every exec's command and output, and every guest console line, to onLog. */
  traceGuests?: boolean;
  /** Kernel WARNING/BUG/Oops reports on a console do not fail tests. */
  allowKernelWarnings?: boolean;
  /** Where vm:pull's relative paths land (--artifacts; default provium-results/). */
  resultsDir?: string;
  /** Keep a failing test's VMs as bundles in the results directory. */
  keepFailed?: boolean;
  /** Every VM gets a gdb stub; called with each port. */
  gdb?: (vmName: string, port: number) => void;
  /** This run is one shard of the suite's files. */
  shard?: Shard;
}

/** The run-wide context: run directory and fixture registry. The caller removes the run directory. */
export function createRunContext(options: Omit<RunContext, "runDir" | "fixtures" | "results" | "debuggerStops">, runDir = RunDir.create()): RunContext {
  const fixtures = new FixtureRegistry();
  const context: RunContext = { ...options, runDir, fixtures, results: new ResultsLayout(path.resolve(options.resultsDir ?? DEFAULT_RESULTS_DIR)), debuggerStops: new PauseLogs() };
  fixtures.setBuilder((name, chain) => buildFixture(context, name, chain));
  return context;
}

/** Fixtures the files name literally (provium.fixture("name")): what a run can build before a test asks. */
export function namedFixtures(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, "utf8").matchAll(/provium\.fixture\s*\(?\s*["']([\w.-]+)["']/g)) names.add(m[1]!);
  return [...names];
}

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  forgetDirectoryImages();
  const queue = longestFirst(options.files, displayPath, options.durations ?? new Map());
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), options.files.length));
  // Each fixture the files name is built first, by all workers but one, so that files which need none run
  // meanwhile (a build is a cold boot: seconds) rather than every worker waiting on it. Not when tests are
  // selected: a selected file may not run the test that names it.
  const builds = jobs > 1 && !options.filter && !options.tags?.length ? namedFixtures(options.files) : [];
  const bootFailures: BootFailure[] = [];
  const context = createRunContext({ ...options, onBootFailure: (failure) => bootFailures.push(failure) });
  const results: FileResult[] = [];
  const worker = async (index: number) => {
    for (let name = index < jobs - 1 ? builds.shift() : undefined; name && !options.signal?.aborted; name = builds.shift())
      await context.fixtures.snapshot(name, []).catch(() => {}); // a failed build is reported to the tests that ask for it
    for (let file = queue.shift(); file && !options.signal?.aborted; file = queue.shift()) {
      options.onFileStart?.(displayPath(file));
      const result = await runTestFile(file, context, options).catch((error: unknown) => internalError(file, error));
      results.push(result);
      options.onFileDone?.(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, (_, index) => worker(index)));
  } finally {
    context.runDir.remove();
  }
  // Whether a known failure passed everywhere is a question for the whole run (an entry may cover several files).
  context.knownFailures?.unexpectedPasses(results.flatMap((f) => f.tests), options.shard);
  // Reports list files in discovery order, whatever order they ran in.
  const order = new Map(options.files.map((file, i) => [displayPath(file), i]));
  results.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { files: results, durationMs: Date.now() - started, notRun: queue.map(displayPath), bootFailures };
}

function internalError(file: string, error: unknown): FileResult {
  const message = `${INTERNAL_ERROR_PREFIX} while running this file: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  const display = displayPath(file);
  return {
    file: display,
    durationMs: 0,
    tests: [
      {
        file: display, name: display, line: 0, status: "error", durationMs: 0, tags: [], logs: [], warnings: [],
        failure: { kind: "error", message, traceback: "", consoles: [] },
      },
    ],
  };
}
