// `provium run [paths…]`: discover, select (filter, tags, shard), run,
// report. Exit 0 when everything passed, 1 when a test failed, 2 for usage
// and configuration errors, 130 when interrupted.
import { writeFile } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadConfig, loadKnownFailures, type Config } from "../config/config.ts";
import { KnownFailures } from "../run/known-failures.ts";
import { displayPath } from "../lua/state.ts";
import { writeArtifacts } from "../report/artifacts.ts";
import { ConsoleReporter } from "../report/console.ts";
import { annotations } from "../report/github-annotations.ts";
import { jobSummary } from "../report/github-summary.ts";
import { jsonResults } from "../report/json.ts";
import { junitXml } from "../report/junit.ts";
import { ProgressLine } from "../report/progress.ts";
import { cleanupNow, setExitOnSignal } from "../run/cleanup.ts";
import { discoverTestFiles, findSuiteRoot, DEFAULT_SUITE } from "../run/discover.ts";
import { defaultDurationsFile, loadDurations, saveDurations } from "../run/durations.ts";
import { count } from "../run/results.ts";
import { runSuite, type RunResult } from "../run/run.ts";
import { parseShard, shardFiles } from "../run/shard.ts";
import { ProviumError } from "../util/errors.ts";
import { ACCEL_MODES, type AccelMode } from "../vm/accel.ts";
import { BUILTIN_PROFILE, checkReadable, resolveProfile } from "../vm/profile.ts";
import { warnOnce } from "../util/log.ts";

export const DEFAULT_TEST_TIMEOUT_S = 300;

export interface RunCommandOptions {
  paths: string[];
  filter?: string;
  tags: string[];
  timeout?: string;
  accel?: string;
  jobs?: string;
  shard?: string;
  durations?: string;
  junit?: string;
  json?: string;
  artifacts?: string;
  /** GitHub annotations and job summary; default: on inside GitHub Actions. */
  github?: boolean;
  /** Each separately (the action's inputs); default: github. */
  annotate?: boolean;
  summary?: boolean;
  verbose: boolean;
  quiet: boolean;
  /** The profile provium.create() uses when a test names none. */
  profile?: string;
  /** A kernel (and initrd, cmdline) to test: becomes that default profile. */
  kernel?: string;
  initrd?: string;
  cmdline?: string;
  /** Kernel WARNING/BUG/Oops reports do not fail tests (a kernel known to warn). */
  allowKernelWarnings?: boolean;
  /** A file of [[known_failures]] entries, added to provium.toml's. */
  knownFailures?: string;
  /** A failed test runs again up to this many times. */
  retries?: string;
}

export interface RunCommandResult {
  exitCode: number;
  run?: RunResult;
}

/** The profile made from --kernel/--initrd/--cmdline. */
export const KERNEL_UNDER_TEST = "kernel-under-test";

/** A usage or configuration error: exit status 2. */
export class UsageError extends ProviumError {
  override name = "UsageError";
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`${flag} must be a positive number, got '${value}'`);
  return n;
}

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || value.trim() === "") throw new UsageError(`${flag} must be a whole number >= 0, got '${value}'`);
  return n;
}

/** Turns the failures of preparing a run (bad paths, config) into usage errors. */
function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw error instanceof ProviumError ? new UsageError(error.message) : error;
  }
}

interface Plan {
  suiteRoot: string;
  config: Config;
  files: string[];
  durationsFile: string;
  defaultProfile?: string;
}

function plan(options: RunCommandOptions): Plan {
  const paths = options.paths.length ? options.paths : [DEFAULT_SUITE];
  return asUsage(() => {
    const suiteRoot = findSuiteRoot(paths);
    let files = discoverTestFiles(paths, suiteRoot);
    const config = loadConfig(suiteRoot);
    if (options.kernel) {
      const abs = (file?: string) => (file ? path.resolve(file) : undefined);
      checkReadable(abs(options.kernel)!, "--kernel");
      if (options.initrd) checkReadable(abs(options.initrd)!, "--initrd");
      config.profiles[KERNEL_UNDER_TEST] = { kernel: abs(options.kernel), initrd: abs(options.initrd), cmdline: options.cmdline };
    } else if (options.initrd || options.cmdline) throw new ProviumError("--initrd and --cmdline need --kernel");
    const defaultProfile = options.kernel ? KERNEL_UNDER_TEST : options.profile;
    if (defaultProfile) resolveProfile(defaultProfile, config); // a missing kernel or unknown profile fails now, as a usage error
    else warnIfUnusable(BUILTIN_PROFILE, config); // suites may not use it: one warning, not a usage error
    if (options.knownFailures) config.knownFailures = [...(config.knownFailures ?? []), ...loadKnownFailures(path.resolve(options.knownFailures))];
    const durationsFile = options.durations ?? defaultDurationsFile(suiteRoot);
    if (files.length === 0) throw new ProviumError(`no *.test.lua files in ${paths.join(", ")}`);
    if (options.shard) {
      const shard = parseShard(options.shard);
      const chosen = new Set(shardFiles(files.map(displayPath), shard, loadDurations(durationsFile)));
      files = files.filter((file) => chosen.has(displayPath(file)));
    }
    return { suiteRoot, config, files, durationsFile, defaultProfile };
  });
}

/** Says once, before the run, why every test using this profile will fail. */
function warnIfUnusable(profile: string, config: Config): void {
  try {
    resolveProfile(profile, config);
  } catch (error) {
    warnOnce(`${(error as Error).message}; tests that use it will fail`);
  }
}

/** Ctrl-C once: stop and report; twice: kill everything now. */
function interruptOnCtrlC(controller: AbortController, say: (text: string) => void): () => void {
  setExitOnSignal(false);
  const onInt = () => {
    if (controller.signal.aborted) {
      cleanupNow();
      process.exit(130);
    }
    say("\ninterrupting: stopping the running tests and writing the reports (Ctrl-C again to stop at once)\n");
    controller.abort();
  };
  const onTerm = () => {
    cleanupNow();
    process.exit(143);
  };
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return () => {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  };
}

async function writeReports(run: RunResult, options: RunCommandOptions): Promise<void> {
  const junit = options.junit || options.artifacts ? junitXml(run) : undefined;
  const json = options.json || options.artifacts ? jsonResults(run) : undefined;
  const write = async (file: string, text: string) => {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (options.junit) await write(options.junit, junit!);
  if (options.json) await write(options.json, json!);
  if (options.artifacts) await writeArtifacts(options.artifacts, run, { junit, json });
  const inGitHub = options.github ?? process.env.GITHUB_ACTIONS === "true";
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (options.annotate ?? inGitHub)
    for (const line of annotations(run, { repoRoot, detailsHint: "see the job summary and the JUnit report" })) console.log(line);
  if ((options.summary ?? inGitHub) && process.env.GITHUB_STEP_SUMMARY)
    await writeFile(process.env.GITHUB_STEP_SUMMARY, jobSummary(run, { repoRoot }), { flag: "a" });
}

export async function runCommand(options: RunCommandOptions): Promise<RunCommandResult> {
  const accel = options.accel as AccelMode | undefined;
  if (accel !== undefined && !ACCEL_MODES.includes(accel)) throw new UsageError(`--accel must be one of ${ACCEL_MODES.join(", ")}, got '${accel}'`);
  const filter = asUsage(() => {
    try {
      return options.filter === undefined ? undefined : new RegExp(options.filter);
    } catch (error) {
      throw new ProviumError(`--filter: ${(error as Error).message}`);
    }
  });
  const timeoutS = positiveNumber(options.timeout, "--timeout") ?? DEFAULT_TEST_TIMEOUT_S;
  const jobs = positiveNumber(options.jobs, "--jobs");
  const retries = wholeNumber(options.retries, "--retries");
  const { suiteRoot, config, files, durationsFile, defaultProfile } = plan(options);
  const durations = loadDurations(durationsFile);

  const progress = new ProgressLine(files.length);
  const reporter = new ConsoleReporter(progress.write, { verbose: options.verbose, quiet: options.quiet });
  const controller = new AbortController();
  const release = interruptOnCtrlC(controller, progress.write);
  let run: RunResult;
  try {
    run = await runSuite({
      files, suiteRoot, config, accel, filter, jobs, durations, defaultProfile,
      tags: options.tags,
      traceGuests: options.verbose,
      allowKernelWarnings: options.allowKernelWarnings,
      retries,
      knownFailures: config.knownFailures?.length ? new KnownFailures(config.knownFailures) : undefined,
      timeoutMs: timeoutS * 1000,
      signal: controller.signal,
      onFileStart: () => progress.fileStarted(),
      onFileDone: (result) => {
        progress.fileDone(result);
        reporter.fileDone(result);
      },
      onLog: (file, line) => reporter.log(file, line),
    });
  } finally {
    progress.stop();
    release();
  }
  reporter.summary(run);
  await writeReports(run, options);
  if (!controller.signal.aborted) saveDurations(durationsFile, durations, run.files);
  if (controller.signal.aborted) return { exitCode: 130, run };
  return { exitCode: count(run.files.flatMap((f) => f.tests)).failed > 0 ? 1 : 0, run };
}
