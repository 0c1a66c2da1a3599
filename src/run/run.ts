// A run: every selected test file, several at once, each in its own Lua
// state, sharing one run directory and one fixture registry. A run of several
// guest architectures runs every file on each, with a run directory, fixture
// registry and results directory per architecture, all in one worker pool.
// A file that crashes our code fails with an internal error; the run goes on.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Config } from "../config/config.ts";
import { buildFixture } from "../fixtures/build.ts";
import { FixtureRegistry } from "../fixtures/registry.ts";
import { INTERNAL_ERROR_PREFIX } from "../lua/bridge.ts";
import { displayPath } from "../lua/state.ts";
import type { AccelMode } from "../vm/accel.ts";
import { durationKey, longestFirst, type Durations } from "./durations.ts";
import { runTestFile, type Selection } from "./file-runner.ts";
import { ResultsLayout } from "../engine/results-dir.ts";
import { DEFAULT_RESULTS_DIR, type RunContext } from "../engine/session.ts";
import type { BootFailure, FileResult, RunResult } from "../engine/results.ts";
import { forgetDirectoryImages } from "../host/images.ts";
import { RunDir } from "../host/run-dir.ts";
import type { Shard } from "./shard.ts";
import { PauseLogs } from "../util/clock.ts";
import { defaultArch, type Arch } from "../util/arch.ts";
import { archShown, withArch } from "../engine/results.ts";

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
  /** The guest architectures: every file runs on each (default: the host's). */
  arches?: Arch[];
  /** Names carry the architecture (default: when it is not x86_64). */
  showArch?: boolean;
}

/** The run-wide context (of one architecture: default, the host's): run directory and fixture registry. The caller removes the run directory. */
export function createRunContext(options: Omit<RunContext, "runDir" | "fixtures" | "results" | "debuggerStops" | "arch"> & { arch?: Arch }, runDir = RunDir.create()): RunContext {
  const fixtures = new FixtureRegistry();
  const results = new ResultsLayout(path.resolve(options.resultsDir ?? DEFAULT_RESULTS_DIR));
  const context: RunContext = { ...options, arch: options.arch ?? defaultArch(), runDir, fixtures, results, debuggerStops: new PauseLogs() };
  fixtures.setBuilder((name, chain) => buildFixture(context, name, chain));
  return context;
}

/** Fixtures the files name literally (provium.fixture("name")): what a run can build before a test asks. */
export function namedFixtures(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, "utf8").matchAll(/provium\.fixture\s*\(?\s*["']([\w.-]+)["']/g)) names.add(m[1]!);
  return [...names];
}

/** One test file on one architecture: what the worker pool runs. */
interface Job {
  file: string;
  arch: Arch;
}

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  forgetDirectoryImages();
  const arches = options.arches ?? [defaultArch()];
  const showArch = options.showArch ?? archShown(arches, false);
  const jobsOf = options.files.flatMap((file) => arches.map((arch): Job => ({ file, arch })));
  const queue = longestFirst(jobsOf, (job) => durationKey(displayPath(job.file), job.arch), options.durations ?? new Map());
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), queue.length));
  // Each fixture the files name is built first, by all workers but one, so that files which need none run
  // meanwhile (a build is a cold boot: seconds) rather than every worker waiting on it. Not when tests are
  // selected: a selected file may not run the test that names it.
  const named = jobs > 1 && !options.filter && !options.tags?.length ? namedFixtures(options.files) : [];
  const bootFailures: BootFailure[] = [];
  const onBootFailure = (failure: BootFailure) => bootFailures.push(failure);
  const contexts = new Map(
    arches.map((arch) => {
      // With names that show the architecture, each one's results (logs, bundles, pulled files) have a directory of their own.
      const resultsDir = showArch ? path.join(options.resultsDir ?? DEFAULT_RESULTS_DIR, arch) : options.resultsDir;
      return [arch, createRunContext({ ...options, arch, resultsDir, knownFailures: options.knownFailures?.forArch(arch), onBootFailure })];
    }),
  );
  const builds = arches.flatMap((arch) => named.map((name) => ({ name, context: contexts.get(arch)! })));
  const results: FileResult[] = [];
  const worker = async (index: number) => {
    for (let build = index < jobs - 1 ? builds.shift() : undefined; build && !options.signal?.aborted; build = builds.shift())
      await build.context.fixtures.snapshot(build.name, []).catch(() => {}); // a failed build is reported to the tests that ask for it
    for (let job = queue.shift(); job && !options.signal?.aborted; job = queue.shift()) {
      const { file, arch } = job;
      options.onFileStart?.(withArch(displayPath(file), arch, showArch));
      const result = await runTestFile(file, contexts.get(arch)!, options).catch((error: unknown) => internalError(file, arch, error));
      results.push(result);
      options.onFileDone?.(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, (_, index) => worker(index)));
  } finally {
    for (const context of contexts.values()) context.runDir.remove();
  }
  // Whether a known failure passed everywhere is a question for the whole run (an entry may cover several files).
  for (const [arch, context] of contexts) context.knownFailures?.unexpectedPasses(results.filter((f) => f.arch === arch).flatMap((f) => f.tests), options.shard);
  // Reports list files in discovery order (each on the architectures in the order asked for), whatever order they ran in.
  const order = new Map(options.files.map((file, i) => [displayPath(file), i]));
  results.sort((a, b) => order.get(a.file)! - order.get(b.file)! || arches.indexOf(a.arch) - arches.indexOf(b.arch));
  const notRun = queue.map((job) => withArch(displayPath(job.file), job.arch, showArch));
  return { files: results, durationMs: Date.now() - started, notRun, bootFailures, arches, showArch };
}

function internalError(file: string, arch: Arch, error: unknown): FileResult {
  const message = `${INTERNAL_ERROR_PREFIX} while running this file: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  const display = displayPath(file);
  return {
    file: display,
    arch,
    durationMs: 0,
    tests: [
      {
        file: display, name: display, line: 0, status: "error", durationMs: 0, tags: [], logs: [], warnings: [],
        failure: { kind: "error", message, traceback: "", consoles: [] },
      },
    ],
  };
}
