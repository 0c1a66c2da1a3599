// A Lua state with Provium's API, wired to a run: VMs are created with the
// run's configuration and owned by whichever scope is running, and
// provium.fixture() resumes snapshots from the run's fixtures (the registry
// of src/fixtures/, which builds them with this same engine).
import path from "node:path";
import type { Config } from "../config/config.ts";
import type { RunDir } from "../host/run-dir.ts";
import { installJson } from "../lua/api/json.ts";
import { installProvium } from "../lua/api/provium.ts";
import { createLuaFile, findUserPath, type LuaFile } from "../lua/state.ts";
import type { PauseLogs } from "../util/clock.ts";
import type { AccelMode } from "../vm/accel.ts";
import { BUILTIN_PROFILE, checkReadable, resolveProfile } from "../vm/profile.ts";
import { checkDirSource, type DirSource } from "../vm/guest-mounts.ts";
import { createVm, type Snapshot, type VmOptions } from "../vm/vm.ts";
import type { KnownFailures } from "./known-failures.ts";
import { installKunit } from "./lua-kunit.ts";
import { LuaSubtests } from "./lua-subtests.ts";
import type { ResultsLayout } from "./results-dir.ts";
import type { BootFailure } from "./results.ts";
import type { Scope } from "./scope.ts";

/** Where provium.fixture() gets snapshots. chain: the fixtures being built around the request, outermost first. */
export interface FixtureSource {
  snapshot(name: string, chain: string[]): Promise<Snapshot>;
}

export interface RunContext {
  suiteRoot: string;
  config: Config;
  runDir: RunDir;
  /** Per-test (and per-fixture-build) time limit unless a test says otherwise. */
  timeoutMs: number;
  accel?: AccelMode;
  fixtures: FixtureSource;
  /** Receives print()/t:log() lines as they happen (for --verbose). */
  onLog?: (file: string, line: string) => void;
  /** Aborted on Ctrl-C: running tests stop, and no new file starts. */
  signal?: AbortSignal;
  /** The profile of provium.create() without a name (default: the built-in one). */
  defaultProfile?: string;
  /** Also pass every exec's command and output, and every guest console line, to onLog. */
  traceGuests?: boolean;
  /** Kernel WARNING/BUG/Oops reports on a console do not fail tests or fixture builds. */
  allowKernelWarnings?: boolean;
  /** The run's results directory (--artifacts): vm:pull's relative paths land here. Default: provium-results/. */
  resultsDir?: string;
  /** A failed test runs again up to this many times (a test's own retries meta wins). */
  retries?: number;
  /** Failures that are expected: reported as xfail, not failing the run. */
  knownFailures?: KnownFailures;
  /** Snapshot the VMs of a failing test into bundles in the results directory. */
  keepFailed?: boolean;
  /** Start every VM with a gdb stub; called with each port. */
  gdb?: (vmName: string, port: number) => void;
  /**
   * With a gdb stub, when the debugger held each guest of the run: the time
   * limits of tests and fixture builds stand still while it holds any of
   * them (a test waiting for a fixture build waits for that build's guest).
   */
  debuggerStops: PauseLogs;
  /** Where a failing test's console logs (and kept VMs) go in the results directory. */
  results: ResultsLayout;
  /** Told of each VM whose kernel never reached the agent (a test's or a fixture build's). */
  onBootFailure?: (failure: BootFailure) => void;
}

export const DEFAULT_RESULTS_DIR = "provium-results";

export interface SessionOptions {
  /** How log lines name their source. */
  label: string;
  /** The scope that owns what the running code creates. */
  scope: () => Scope;
  /** Set inside a fixture build: VMs keep RAM in files under this directory, so they can be snapshotted. */
  ramDir?: string;
  /** The fixtures being built around this code (cycle detection). */
  fixtureChain: string[];
}

let ramFiles = 0;

/** A disk image named in a test, found where dofile() finds files. */
function diskImage(suiteRoot: string, image: string): string {
  const file = findUserPath(suiteRoot, image, "disk image");
  checkReadable(file, "disk image");
  return file;
}

/** Where the run keeps what tests pull and what outlives the run (--artifacts, default provium-results/). */
export function resultsDir(run: RunContext): string {
  return run.results.root;
}

/** A `dirs` entry of provium.create checked, its host directory found where dofile() finds files. */
function dirSource(suiteRoot: string, entry: DirSource): DirSource {
  const where = `provium.create: dirs['${entry.target}']`;
  return checkDirSource({ ...entry, dir: path.resolve(findUserPath(suiteRoot, entry.dir, `${where}: the host directory`)) }, where);
}

export function openLuaSession(run: RunContext, session: SessionOptions): LuaFile {
  const lf = createLuaFile({
    suiteRoot: run.suiteRoot,
    signal: run.signal,
    log: (line) => {
      session.scope().logs.push(line);
      run.onLog?.(session.label, line);
    },
  });
  const vmOptions = (options: VmOptions): VmOptions => ({
    ...options,
    disks: options.disks?.map((disk) => (disk.image ? { ...disk, image: diskImage(run.suiteRoot, disk.image) } : disk)),
    dirs: options.dirs?.map((source) => dirSource(run.suiteRoot, source)),
    accel: options.accel ?? run.accel,
    config: run.config,
    runDir: run.runDir,
    budgetOwner: session,
    ramFile: session.ramDir ? path.join(session.ramDir, `ram-${++ramFiles}`) : undefined,
    gdb:
      run.gdb &&
      ((vm, port) => {
        run.debuggerStops.add(vm.debuggerStops);
        run.gdb!(vm.name, port);
      }),
    onConsoleLine: bothListeners(options.onConsoleLine, run.traceGuests ? (vmName, line) => run.onLog?.(session.label, `${vmName}| ${line}`) : undefined),
    onBootFailure: (vm, error) => run.onBootFailure?.({ vm: vm.name, source: session.label, message: error.message.split("\n")[0]!, consoleTail: error.consoleTail }),
  });
  const createVmOfTest = (profile: string | undefined, options: VmOptions) => {
    const vm = createVm(profile ?? run.defaultProfile ?? BUILTIN_PROFILE, vmOptions(options));
    session.scope().vms.push(vm);
    return vm;
  };
  const subtests = new LuaSubtests(session.label, () => session.scope().subtests, lf.bridge);
  subtests.install(lf.L, lf.framework);
  installProvium(lf.L, lf.bridge, {
    subtests,
    trace: run.traceGuests ? (line) => run.onLog?.(session.label, line) : undefined,
    own: (process, internal) => session.scope().processes.push({ process, internal }),
    hostPath: (requested, what) => findUserPath(run.suiteRoot, requested, what),
    resultsPath: (requested) => ({ path: path.resolve(resultsDir(run), requested), beneath: resultsDir(run) }),
    hostExec: { cwd: run.suiteRoot, tmpdir: () => run.runDir.child("host-tmp") },
    createVm: createVmOfTest,
    fixture: async (name) => {
      const snapshot = await run.fixtures.snapshot(name, session.fixtureChain);
      const vm = createVm(snapshot.profile, vmOptions({}));
      const scope = session.scope();
      scope.vms.push(vm);
      scope.resumed.add(vm);
      await vm.resume(snapshot);
      return vm;
    },
  });
  installKunit(lf.L, lf.bridge, {
    subtests,
    createVm: createVmOfTest,
    profile: (name) => resolveProfile(name ?? run.defaultProfile ?? BUILTIN_PROFILE, run.config),
  });
  installJson(lf.L);
  return lf;
}

type ConsoleListener = NonNullable<VmOptions["onConsoleLine"]>;

function bothListeners(a: ConsoleListener | undefined, b: ConsoleListener | undefined): ConsoleListener | undefined {
  return a && b ? (vm, line) => (a(vm, line), b(vm, line)) : (a ?? b);
}
