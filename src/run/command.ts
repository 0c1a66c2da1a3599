// A checked run request carried out, for the CLI (`provium run [paths…]`)
// and the action alike: discover, select (filter, tags, shard), run,
// report, compare with the baseline and record in the history. Exit 0 when
// everything passed, 1 when a test failed (with --fail-on new: when a result
// is a new failure), 2 for usage and configuration errors, 130 when
// interrupted; with --git-bisect, git bisect run's statuses
// (src/run/verdict.ts).
import { writeFile } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "../config/config.ts";
import { KnownFailures } from "../engine/known-failures.ts";
import { changeCounts, count, type FileResult, type RunInfo, type RunResult } from "../engine/results.ts";
import { prepareBaseline, type Prepared } from "../history/baseline.ts";
import { compareRun } from "../history/classify.ts";
import { recordOf } from "../history/record.ts";
import { appendRecord } from "../history/store.ts";
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
import type { Arch } from "../util/arch.ts";
import { archShown } from "../engine/results.ts";
import { BUILTIN_PROFILE, resolveProfile } from "../vm/profile.ts";
import { runArches, suiteRootOf } from "./arches.ts";
import { discoverTestFiles, DEFAULT_SUITE } from "./discover.ts";
import { defaultDurationsFile, fileTimes, loadDurations, saveDurations, type Durations } from "./durations.ts";
import type { FailOn, RunRequest } from "./request.ts";
import { runInfo } from "./run-info.ts";
import { generatedTestFiles } from "./generated-suite.ts";
import { prepareOutputs, writeOutput } from "./outputs.ts";
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
  /** Every test file of the suite, before --shard chose (display paths). */
  suiteFiles: string[];
  suiteRoot: string;
  config: Config;
  files: string[];
  durationsFile: string;
  defaultProfile?: string;
  arches: Arch[];
}

/** The suite, its configuration and the selected files; a mistake in them is a UsageError. */
export function planRun(request: RunRequest): Plan {
  const paths = request.paths.length ? request.paths : [DEFAULT_SUITE];
  return asUsage(() => {
    const suiteRoot = suiteRootOf(request, paths);
    let files = request.generated ? generatedTestFiles(request.generated) : discoverTestFiles(paths, suiteRoot);
    const config = loadConfig(suiteRoot);
    const { defaultProfile, arches } = applyProfileOptions(withKselftestRootfs(request, config), config);
    // suites may not use it: one warning, not a usage error
    if (!defaultProfile && !config.overrides) for (const arch of arches) warnIfUnusable(BUILTIN_PROFILE, config, arch);
    if (request.knownFailures) config.knownFailures = [...(config.knownFailures ?? []), ...request.knownFailures];
    const durationsFile = request.durations ?? defaultDurationsFile(suiteRoot);
    if (files.length === 0) throw new ProviumError(`no *.test.lua files in ${paths.join(", ")}`);
    prepareOutputs(request);
    const suiteFiles = files.map(displayPath);
    if (request.shard) {
      const chosen = new Set(shardFiles(files.map(displayPath), request.shard, fileTimes(loadDurations(durationsFile), arches)));
      files = files.filter((file) => chosen.has(displayPath(file)));
    }
    return { suiteRoot, config, files, suiteFiles, durationsFile, defaultProfile, arches };
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
  return { ...request, rootfs: resolveProfile("distro", config, request.kernelUnderTest.arch).rootfs?.path };
}

/**
 * The request's kernel under test, modules, rootfs and dirs, put into config;
 * returns the default profile they make (undefined: the built-in one,
 * untouched) and the run's architectures. A missing kernel, an unknown
 * profile, one of another architecture, modules of another kernel or a bad
 * rootfs fail now (ProviumError).
 */
export function applyProfileOptions(request: Pick<RunRequest, "kernelUnderTest" | "profile" | "modules" | "rootfs" | "dirs" | "arches">, config: Config): { defaultProfile?: string; arches: Arch[] } {
  if (request.kernelUnderTest) config.profiles[KERNEL_UNDER_TEST] = { ...request.kernelUnderTest };
  const defaultProfile = request.kernelUnderTest ? KERNEL_UNDER_TEST : request.profile;
  if (request.modules || request.rootfs || request.dirs?.length)
    config.overrides = { profile: defaultProfile ?? BUILTIN_PROFILE, modules: request.modules, rootfs: request.rootfs, dirs: request.dirs };
  const arches = runArches(request, config, defaultProfile);
  if (defaultProfile || config.overrides) for (const arch of arches) resolveProfile(defaultProfile ?? BUILTIN_PROFILE, config, arch);
  return { defaultProfile, arches };
}


/** How to attach the debugger to a VM's gdb stub. */
export function gdbHint(vmName: string, port: number): string {
  return `\nVM ${vmName}: gdb stub on 127.0.0.1:${port}; attach with: gdb vmlinux -ex 'target remote :${port}'\n`;
}

/** Says once, before the run, why every test using this profile will fail. */
function warnIfUnusable(profile: string, config: Config, arch: Arch): void {
  try {
    resolveProfile(profile, config, arch);
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
  // Terminated, or the terminal hung up (an ssh session dropped): stop at once, as the exit path does without us.
  const onTerm = () => {
    cleanupNow();
    process.exit(143);
  };
  const onHup = () => {
    cleanupNow();
    process.exit(129);
  };
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  process.on("SIGHUP", onHup);
  return () => {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
    process.off("SIGHUP", onHup);
    setExitOnSignal(true);
  };
}

/**
 * Writes every report asked for; one that cannot be written (the disk full,
 * the job summary's file not mounted in a container) does not keep the others
 * from being written: what went wrong is returned, for the end of the run.
 */
async function writeReports(run: RunResult, request: RunRequest): Promise<string[]> {
  const junit = request.junit || request.artifacts ? junitXml(run) : undefined;
  const json = request.json || request.artifacts ? jsonResults(run) : undefined;
  const problems: string[] = [];
  const attempt = (what: string, file: string, write: () => Promise<unknown>) =>
    writeOutput(what, file, write).catch((error: Error) => void problems.push(error.message));
  const write = (what: string, file: string, text: string) =>
    attempt(what, file, async () => {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, text);
    });
  if (request.junit) await write("the JUnit report", request.junit, junit!);
  if (request.json) await write("the JSON results", request.json, json!);
  if (request.artifacts) await attempt("the artifacts directory", request.artifacts, () => writeArtifacts(request.artifacts!, { junit, json }));
  const inGitHub = request.github ?? process.env.GITHUB_ACTIONS === "true";
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (request.annotate ?? inGitHub)
    for (const line of annotations(run, { repoRoot, detailsHint: "see the job summary and the JUnit report" })) console.log(line);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if ((request.summary ?? inGitHub) && summaryFile)
    await attempt("the job summary", summaryFile, () => writeFile(summaryFile, jobSummary(run, { repoRoot, blobUrl: blobUrl(process.env) }), { flag: "a" }));
  return problems;
}

/** The repository's files at the run's commit on GitHub, when the workflow says where. */
function blobUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? `${server}/${repository}/blob/${sha}` : undefined;
}

/** The baseline and history, read before any guest boots: a bad baseline is a usage error now, not after the run. */
function prepareComparison(request: RunRequest, info: RunInfo): Prepared | undefined {
  if (request.baseline === undefined && request.history === undefined) return undefined;
  const prepared = asUsage(() => prepareBaseline({ baseline: request.baseline, history: request.history, keep: request.historyKeep, info, warn: warnOnce }));
  if (request.failOn === "new" && !prepared.baseline) prepared.notes.push("no baseline: with --fail-on new, every failure counts as new");
  return prepared;
}

/** Adds the run's record to the history. Never fails the run: a history that cannot be written is a warning. */
function recordInHistory(request: RunRequest, run: RunResult, interrupted: boolean, say: (text: string) => void): void {
  if (!request.history || !run.info) return;
  if (interrupted) return warnOnce(`the run was interrupted: it is not recorded in the history ${request.history}`);
  try {
    const file = appendRecord(request.history, recordOf(run.files.flatMap((f) => f.tests), run.info), request.historyKeep);
    say(`history: this run is recorded in ${file}\n`);
  } catch (error) {
    warnOnce(`this run could not be recorded in the history ${request.history}: ${(error as Error).message}`);
  }
}

/** Exit 1: with --fail-on new and a baseline, when a result is a new failure; otherwise when any failed. */
function failed(run: RunResult, failOn: FailOn): boolean {
  const tests = run.files.flatMap((f) => f.tests);
  if (failOn === "new" && run.comparison?.baseline) return changeCounts(tests)["new-failure"] > 0;
  return count(tests).failed > 0;
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

/** Whether the run's names carry the architecture: when --arch named it, or it is not x86_64. */
const showsArch = (request: RunRequest, planned: Plan): boolean => archShown(planned.arches, request.arches !== undefined);

/** The planned request's suite run: the one runner of `provium run` and of each step of `provium bisect`. */
export function runPlanned(request: RunRequest, planned: Plan, durations: Durations, hooks: RunHooks): Promise<RunResult> {
  const { files, suiteRoot, config, defaultProfile, arches } = planned;
  return runSuite({
    files, suiteRoot, config, durations, defaultProfile, arches, showArch: showsArch(request, planned),
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
  const selected = request.filter !== undefined || request.tags.length > 0;
  const { suiteRoot, config, defaultProfile } = planned;
  const info = runInfo({ suiteRoot, config, defaultProfile, arch: planned.arches[0]!, shard: request.shard, selected, started: new Date() });
  const prepared = prepareComparison(request, info);

  const progress = new ProgressLine(planned.files.length * planned.arches.length);
  const reporter = new ConsoleReporter(progress.write, { verbose: request.verbose, quiet: request.quiet, showArch: showsArch(request, planned) });
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
  const interrupted = controller.signal.aborted;
  run.info = info;
  if (prepared && !interrupted) {
    const scope = { files: new Set(planned.files.map(displayPath)), suiteFiles: new Set(planned.suiteFiles), ownsMissingFiles: (request.shard?.index ?? 1) === 1, selected };
    run.comparison = compareRun(run, prepared, scope);
  }
  reporter.summary(run);
  const unwritten = await writeReports(run, request);
  recordInHistory(request, run, interrupted, (text) => process.stdout.write(text));
  if (!interrupted) {
    // The file times only order the next run's files: one that cannot be saved is a warning.
    try {
      saveDurations(planned.durationsFile, durations, run.files);
    } catch (error) {
      warnOnce(`could not save the file times to ${planned.durationsFile} (the next run orders its files without them): ${(error as Error).message}`);
    }
  }
  // A report asked for and not written is a failure of the run, said once the rest is done.
  if (unwritten.length) throw new ProviumError(unwritten.join("\nprovium: "));
  if (request.gitBisect) {
    const verdict = runVerdict(run, interrupted);
    console.error(`provium: for git bisect: ${describeVerdict(verdict)}`);
    return { exitCode: gitBisectStatus(verdict), run };
  }
  if (interrupted) return { exitCode: 130, run };
  return { exitCode: failed(run, request.failOn) ? 1 : 0, run };
}
