// A checked run request carried out, for the CLI (`provium run [paths…]`)
// and the action alike: discover, select (filter, tags, shard), run,
// report. Exit 0 when everything passed, 1 when a test failed, 2 for usage
// and configuration errors, 130 when interrupted; with --git-bisect, git
// bisect run's statuses (src/run/verdict.ts).
import { writeFile } from "node:fs/promises";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "../config/config.ts";
import { KnownFailures } from "../engine/known-failures.ts";
import { count, type FileResult, type RunResult } from "../engine/results.ts";
import { cleanupNow, setExitOnSignal } from "../host/cleanup.ts";
import { displayPath } from "../lua/state.ts";
import { writeArtifacts } from "../report/artifacts.ts";
import { ConsoleReporter } from "../report/console.ts";
import { annotations } from "../report/github-annotations.ts";
import { jobSummary } from "../report/github-summary.ts";
import { jsonResults } from "../report/json.ts";
import { junitXml } from "../report/junit.ts";
import { ProgressLine } from "../report/progress.ts";
import { ProviumError, UsageError } from "../util/errors.ts";
import { warnOnce } from "../util/log.ts";
import { BUILTIN_PROFILE, resolveProfile } from "../vm/profile.ts";
import { discoverTestFiles, findSuiteRoot, DEFAULT_SUITE } from "./discover.ts";
import { defaultDurationsFile, loadDurations, saveDurations, type Durations } from "./durations.ts";
import type { RunRequest } from "./request.ts";
import { generatedTestFiles } from "./generated-suite.ts";
import { runSuite } from "./run.ts";
import { shardFiles } from "./shard.ts";
import { describeVerdict, gitBisectStatus, runVerdict } from "./verdict.ts";

export interface RunCommandResult {
  exitCode: number;
  run?: RunResult;
}

/** The profile made from the request's kernel under test (--kernel, --initrd, --cmdline). */
export const KERNEL_UNDER_TEST = "kernel-under-test";

/** Turns the failures of preparing a run (bad paths, config) into usage errors (a kernel's own kind kept). */
function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw error instanceof ProviumError && !(error instanceof UsageError) ? new UsageError(error.message) : error;
  }
}

export interface Plan {
  suiteRoot: string;
  config: Config;
  files: string[];
  durationsFile: string;
  defaultProfile?: string;
}

/** The suite, its configuration and the selected files; a mistake in them is a UsageError. */
export function planRun(request: RunRequest): Plan {
  const paths = request.paths.length ? request.paths : [DEFAULT_SUITE];
  return asUsage(() => {
    // provium kunit and kselftest: the suite directory, if there is one, holds provium.toml (profiles, known failures).
    const suiteRoot = request.generated && !existsSync(paths[0]!) ? process.cwd() : findSuiteRoot(paths);
    let files = request.generated ? generatedTestFiles(request.generated) : discoverTestFiles(paths, suiteRoot);
    const config = loadConfig(suiteRoot);
    const defaultProfile = applyProfileOptions(withKselftestRootfs(request, config), config);
    if (!defaultProfile && !config.overrides) warnIfUnusable(BUILTIN_PROFILE, config); // suites may not use it: one warning, not a usage error
    if (request.knownFailures) config.knownFailures = [...(config.knownFailures ?? []), ...request.knownFailures];
    const durationsFile = request.durations ?? defaultDurationsFile(suiteRoot);
    if (files.length === 0) throw new ProviumError(`no *.test.lua files in ${paths.join(", ")}`);
    if (request.shard) {
      const chosen = new Set(shardFiles(files.map(displayPath), request.shard, loadDurations(durationsFile)));
      files = files.filter((file) => chosen.has(displayPath(file)));
    }
    return { suiteRoot, config, files, durationsFile, defaultProfile };
  });
}

/**
 * A kselftest tree of scripts or dynamically linked programs needs a
 * distribution's userspace: with a kernel under test and neither a root
 * filesystem nor an initrd of the user's, that kernel boots the distro
 * guest's (whose absence is an error saying how to build it).
 */
function withKselftestRootfs(request: RunRequest, config: Config): RunRequest {
  const tree = request.generated?.kind === "kselftest" ? request.generated.tree : undefined;
  if (!tree?.needsDistro || !request.kernelUnderTest || request.kernelUnderTest.initrd || request.rootfs) return request;
  return { ...request, rootfs: resolveProfile("distro", config).rootfs?.path };
}

/**
 * The request's kernel under test, modules, rootfs and dirs, put into config; returns
 * the default profile they make (undefined: the built-in one, untouched). A
 * missing kernel, an unknown profile, modules of another kernel or a bad
 * rootfs fail now (ProviumError).
 */
export function applyProfileOptions(request: Pick<RunRequest, "kernelUnderTest" | "profile" | "modules" | "rootfs" | "dirs">, config: Config): string | undefined {
  if (request.kernelUnderTest) config.profiles[KERNEL_UNDER_TEST] = { ...request.kernelUnderTest };
  const defaultProfile = request.kernelUnderTest ? KERNEL_UNDER_TEST : request.profile;
  if (request.modules || request.rootfs || request.dirs?.length)
    config.overrides = { profile: defaultProfile ?? BUILTIN_PROFILE, modules: request.modules, rootfs: request.rootfs, dirs: request.dirs };
  if (defaultProfile || config.overrides) resolveProfile(defaultProfile ?? BUILTIN_PROFILE, config);
  return defaultProfile;
}


/** How to attach the debugger to a VM's gdb stub. */
export function gdbHint(vmName: string, port: number): string {
  return `\nVM ${vmName}: gdb stub on 127.0.0.1:${port}; attach with: gdb vmlinux -ex 'target remote :${port}'\n`;
}

/** Says once, before the run, why every test using this profile will fail. */
function warnIfUnusable(profile: string, config: Config): void {
  try {
    resolveProfile(profile, config);
  } catch (error) {
    warnOnce(`${(error as Error).message}; tests that use it will fail`);
  }
}

/** Ctrl-C once: abort (say what happens now); twice: kill everything now. Returns the release. */
export function interruptOnCtrlC(controller: AbortController, say: (text: string) => void, what = "stopping the running tests and writing the reports"): () => void {
  setExitOnSignal(false);
  const onInt = () => {
    if (controller.signal.aborted) {
      cleanupNow();
      process.exit(130);
    }
    say(`\ninterrupting: ${what} (Ctrl-C again to stop at once)\n`);
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

async function writeReports(run: RunResult, request: RunRequest): Promise<void> {
  const junit = request.junit || request.artifacts ? junitXml(run) : undefined;
  const json = request.json || request.artifacts ? jsonResults(run) : undefined;
  const write = async (file: string, text: string) => {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (request.junit) await write(request.junit, junit!);
  if (request.json) await write(request.json, json!);
  if (request.artifacts) await writeArtifacts(request.artifacts, { junit, json });
  const inGitHub = request.github ?? process.env.GITHUB_ACTIONS === "true";
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (request.annotate ?? inGitHub)
    for (const line of annotations(run, { repoRoot, detailsHint: "see the job summary and the JUnit report" })) console.log(line);
  if ((request.summary ?? inGitHub) && process.env.GITHUB_STEP_SUMMARY)
    await writeFile(process.env.GITHUB_STEP_SUMMARY, jobSummary(run, { repoRoot }), { flag: "a" });
}

/** What a run reports to as it goes. */
export interface RunHooks {
  signal: AbortSignal;
  onFileStart?: () => void;
  onFileDone?: (result: FileResult) => void;
  onLog?: (file: string, line: string) => void;
  /** Told how to attach a debugger (--gdb). */
  say: (text: string) => void;
}

/** The planned request's suite run: the one runner of `provium run` and of each step of `provium bisect`. */
export function runPlanned(request: RunRequest, planned: Plan, durations: Durations, hooks: RunHooks): Promise<RunResult> {
  const { files, suiteRoot, config, defaultProfile } = planned;
  return runSuite({
    files, suiteRoot, config, durations, defaultProfile,
    accel: request.accel, filter: request.filter, jobs: request.jobs,
    tags: request.tags,
    traceGuests: request.verbose,
    allowKernelWarnings: request.allowKernelWarnings,
    retries: request.retries,
    knownFailures: config.knownFailures?.length ? new KnownFailures(config.knownFailures) : undefined,
    resultsDir: request.artifacts,
    keepFailed: request.keepFailed,
    shard: request.shard,
    gdb: request.gdb ? (vmName, port) => hooks.say(gdbHint(vmName, port)) : undefined,
    // a guest stopped in the debugger must not fail its test: no time limit (see docs/troubleshooting.md)
    timeoutMs: request.timeoutS * 1000,
    signal: hooks.signal,
    onFileStart: hooks.onFileStart,
    onFileDone: hooks.onFileDone,
    onLog: hooks.onLog,
  });
}

export async function runCommand(request: RunRequest): Promise<RunCommandResult> {
  const planned = planRun(request);
  const durations = loadDurations(planned.durationsFile);

  const progress = new ProgressLine(planned.files.length);
  const reporter = new ConsoleReporter(progress.write, { verbose: request.verbose, quiet: request.quiet });
  const controller = new AbortController();
  const release = interruptOnCtrlC(controller, progress.write);
  let run: RunResult;
  try {
    run = await runPlanned(request, planned, durations, {
      signal: controller.signal,
      say: progress.write,
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
  await writeReports(run, request);
  const interrupted = controller.signal.aborted;
  if (!interrupted) saveDurations(planned.durationsFile, durations, run.files);
  if (request.gitBisect) {
    const verdict = runVerdict(run, interrupted);
    console.error(`provium: for git bisect: ${describeVerdict(verdict)}`);
    return { exitCode: gitBisectStatus(verdict), run };
  }
  if (interrupted) return { exitCode: 130, run };
  return { exitCode: count(run.files.flatMap((f) => f.tests)).failed > 0 ? 1 : 0, run };
}
