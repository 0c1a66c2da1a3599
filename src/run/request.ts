// One run request, whichever front end asks (the provium CLI, the GitHub
// Action): each reads its options as strings, and this one function checks
// them and types them, with one message per mistake — the same words for
// `--accel fast` and for the input `accel: fast`.
import { existsSync } from "node:fs";
import path from "node:path";
import { loadKnownFailures, type KnownFailure } from "../config/config.ts";
import { parseDirFlag, type DirEntry } from "../config/dirs.ts";
import { DEFAULT_HISTORY_KEEP } from "../history/store.ts";
import { defaultArch, parseArchList, type Arch } from "../util/arch.ts";
import { requestArches } from "./arches.ts";
import { isOneOf, mustBe, oneOf } from "../util/checks.ts";
import { badGlob } from "../ktap/kunit-filter.ts";
import { kernelUnusable, KernelUnusableError, ProviumError } from "../util/errors.ts";
import { accelMode, type AccelMode } from "../vm/accel.ts";
import { guestArch } from "../vm/guest-arch.ts";
import { checkKernelImage, checkReadable } from "../vm/profile.ts";
import type { GeneratedSuite } from "./generated-suite.ts";
import { readKselftestTree } from "./kselftest-tree.ts";
import { parseShard, type Shard } from "./shard.ts";

export const DEFAULT_TEST_TIMEOUT_S = 300;
/** How many times longer a kselftest may run under TCG than its collection's settings say (they are written for real hardware). */
export const DEFAULT_TCG_FACTOR = 3;

/** The test files a run generates instead of discovering them (`provium kunit`, `provium kselftest`), as a front end read them. */
export type RawGeneratedSuite =
  /** kunit.filter_glob patterns (none: every suite); timeout is each suite's. */
  | { kind: "kunit"; globs: string[] }
  /** An installed kselftest tree (or examples/kselftest/build.sh's), the collections and collection:test names to run (none: all); timeout, when given, replaces each collection's settings. */
  | { kind: "kselftest"; dir: string; collections?: string[]; tests?: string[]; tcgFactor?: string };

/** The options as a front end read them. */
export interface RawRunRequest {
  paths: string[];
  filter?: string;
  tags: string[];
  timeout?: string;
  accel?: string;
  /** The guest architectures: one, or several separated by commas (the suite runs on each). */
  arch?: string;
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
  /** A kernel (and initrd, cmdline) to test: becomes that default profile. Relative to the base directory. */
  kernel?: string;
  initrd?: string;
  cmdline?: string;
  /** The default profile's kernel modules (an INSTALL_MOD_PATH) and root filesystem (a directory or an image). */
  modules?: string;
  rootfs?: string;
  /** Host directories for the default profile's guests: GUEST=HOST[,writable] (relative to the base directory). */
  dirs?: string[];
  /** Kernel WARNING/BUG/Oops reports do not fail tests (a kernel known to warn). */
  allowKernelWarnings: boolean;
  /** A file of [[known_failures]] entries, added to provium.toml's. Relative to the base directory. */
  knownFailures?: string;
  /** A failed test runs again up to this many times. */
  retries?: string;
  /** Snapshot the VMs of a failing test into bundles in the results directory. */
  keepFailed?: boolean;
  /** Start QEMU with a gdb stub on a free local port (time limits stand still while the debugger holds the guest). */
  gdb?: boolean;
  /** What to compare with: an earlier run's JSON results or history record, or a history directory. */
  baseline?: string;
  /** A history directory: this run's record is added to it, and its newest earlier run is the baseline. */
  history?: string;
  /** How many runs the history keeps. */
  historyKeep?: string;
  /** What fails the run: any failure, or only new failures (with a baseline). */
  failOn?: string;
  /**
   * Run the test files Provium writes for the kernel's KUnit suites or a
   * kselftest tree instead of the suite's own; paths[0], when given, is only
   * where provium.toml is (profiles, known failures).
   */
  generated?: RawGeneratedSuite;
  /** Exit statuses for `git bisect run`: 0 passed, 1 failed, 125 the kernel is missing or did not boot, above 127 Provium's own errors. */
  gitBisect?: boolean;
}

export const FAIL_ON = ["any", "new"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** A checked request: what a run needs, typed. */
export interface RunRequest extends Omit<RawRunRequest, "filter" | "timeout" | "accel" | "arch" | "jobs" | "shard" | "kernel" | "initrd" | "cmdline" | "modules" | "rootfs" | "dirs" | "knownFailures" | "retries" | "baseline" | "history" | "historyKeep" | "failOn" | "generated"> {
  filter?: RegExp;
  timeoutS: number;
  accel?: AccelMode;
  /** The architectures named (--arch); undefined: the kernel under test's, else the default profile's, else the host's. */
  arches?: Arch[];
  jobs?: number;
  shard?: Shard;
  /** The kernel under test, its files' paths absolute and readable, and its architecture (from its header). */
  kernelUnderTest?: { kernel: string; initrd?: string; cmdline?: string; arch: Arch };
  /** Absolute, and existing. */
  modules?: string;
  rootfs?: string;
  /** Their host directories absolute (checked with the profile). */
  dirs?: DirEntry[];
  /** The known-failures file's entries, read and checked. */
  knownFailures?: KnownFailure[];
  retries?: number;
  /** Absolute; existing. */
  baseline?: string;
  /** Absolute. */
  history?: string;
  historyKeep: number;
  failOn: FailOn;
  /** The kselftest tree read and its selection checked. */
  generated?: GeneratedSuite;
}

/** kernelUnusable: the mistake is the kernel under test's (missing, not a kernel, its initrd or modules missing). */
export type ValidatedRunRequest = { request: RunRequest; error?: undefined } | { error: string; kernelUnusable: boolean; request?: undefined };

function positive(what: string, unit: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new ProviumError(mustBe(what, `a positive number (${unit})`, value));
  return n;
}

function wholeNumber(what: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0) throw new ProviumError(mustBe(what, "a whole number >= 0", value));
  return n;
}

function choice<T extends string>(what: string, allowed: readonly T[], value: string): T {
  if (!isOneOf(allowed, value)) throw new ProviumError(mustBe(what, oneOf(allowed), value));
  return value;
}

function regex(value: string | undefined): RegExp | undefined {
  if (value === undefined) return undefined;
  try {
    return new RegExp(value);
  } catch (error) {
    throw new ProviumError(mustBe("filter", `a regular expression (${(error as Error).message})`, value));
  }
}

/** A file of the kernel under test: absolute (against base) and readable. */
function kernelFile(what: string, value: string, base: string): string {
  const file = path.resolve(base, value);
  try {
    checkReadable(file, what);
  } catch (error) {
    throw new KernelUnusableError(`${(error as Error).message}: build it before the run, or fix the path`);
  }
  return file;
}

/** The kernel under test, whose architecture must be the run's (when the run names one). */
function kernelUnderTest(raw: Pick<RawRunRequest, "kernel" | "initrd" | "cmdline">, arches: Arch[] | undefined, base: string): RunRequest["kernelUnderTest"] {
  if (raw.kernel === undefined) return undefined;
  const kernel = kernelFile("kernel", raw.kernel, base);
  const arch = kernelUnusable(() => checkKernelImage(kernel, "kernel"));
  const others = arches?.filter((a) => a !== arch) ?? [];
  if (others.length > 0)
    throw new ProviumError(
      `kernel ${kernel} is an ${guestArch(arch).title} kernel, but arch names ${others.join(", ")}: give a kernel built for ${others.join(" and ")} (${others.map((a) => guestArch(a).kernelImage).join(", ")}), or leave arch out (the kernel's own is used); a run of several architectures tests the built-in guests or profiles of the suite`,
    );
  return { kernel, initrd: raw.initrd === undefined ? undefined : kernelFile("initrd", raw.initrd, base), cmdline: raw.cmdline, arch };
}

/** A path the run reads (modules, rootfs): absolute (against base), and existing. */
function existingPath(what: string, value: string | undefined, base: string, made: string): string | undefined {
  if (value === undefined) return undefined;
  const file = path.resolve(base, value);
  if (!existsSync(file)) throw new ProviumError(`${what}: ${file} does not exist: ${made}, or fix the path`);
  return file;
}

/** arch: the guest architecture a kselftest tree must be built for. */
function generatedSuite(raw: RawRunRequest, base: string, timeoutS: number, arch: Arch): GeneratedSuite | undefined {
  const suite = raw.generated;
  if (suite?.kind === "kunit") {
    for (const glob of suite.globs) {
      const why = badGlob(glob);
      if (why) throw new ProviumError(`'${glob}' cannot be a KUnit filter glob (suite_glob or suite_glob.case_glob): ${why}`);
    }
    return { kind: "kunit", globs: suite.globs, timeoutS };
  }
  if (suite?.kind !== "kselftest") return undefined;
  return {
    kind: "kselftest",
    tree: readKselftestTree(path.resolve(base, suite.dir), { collections: suite.collections, tests: suite.tests }, arch),
    timeoutS: raw.timeout === undefined ? undefined : timeoutS,
    tcgFactor: positive("tcg-factor", "times the collection's timeout", suite.tcgFactor) ?? DEFAULT_TCG_FACTOR,
    // run_kselftest.sh passes KSELFTEST_<NAME>_ARGS from its environment: so does the guest's.
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => /^KSELFTEST_\w+_ARGS$/.test(e[0]) && e[1] !== undefined)),
  };
}

/**
 * base: what relative paths are relative to (the CLI's cwd, the action's
 * workspace); buildBase: the same for what a build makes (kernel, initrd,
 * modules, dirs), where provium bisect builds.
 */
export function validateRunRequest(raw: RawRunRequest, base = process.cwd(), buildBase = base): ValidatedRunRequest {
  try {
    const { filter, timeout, accel, arch, jobs, shard, kernel, initrd, cmdline, modules, rootfs, dirs, knownFailures, retries, baseline, history, historyKeep, failOn, generated: _generated, ...rest } = raw;
    if (kernel === undefined && (initrd !== undefined || cmdline !== undefined)) throw new ProviumError("initrd and cmdline need kernel (they describe the kernel under test: --kernel, or the action's kernel input)");
    if (kernel !== undefined && raw.profile !== undefined)
      throw new ProviumError("give either kernel (a kernel to test) or profile (a profile of the suite's provium.toml), not both");
    const arches = arch === undefined ? undefined : parseArchList(arch);
    const request: RunRequest = {
      ...rest,
      accel: accel === undefined ? undefined : accelMode(accel),
      arches,
      timeoutS: positive("timeout", "seconds", timeout) ?? DEFAULT_TEST_TIMEOUT_S,
      jobs: positive("jobs", "test files at once", jobs),
      shard: shard === undefined ? undefined : parseShard(shard),
      filter: regex(filter),
      kernelUnderTest: kernelUnderTest({ kernel, initrd, cmdline }, arches, buildBase),
      modules: kernelUnusable(() => existingPath("modules", modules, buildBase, "run `make modules_install INSTALL_MOD_PATH=…` before the run")),
      rootfs: existingPath("rootfs", rootfs, base, "make the root filesystem before the run"),
      dirs: dirs?.map(parseDirFlag).map((d) => ({ ...d, dir: path.resolve(buildBase, d.dir) })),
      retries: wholeNumber("retries", retries),
      baseline: existingPath("baseline", baseline, base, "give the results.json of an earlier run (--json), a history record or a history directory (--history)"),
      history: history === undefined ? undefined : path.resolve(base, history),
      historyKeep: wholeNumber("history-keep", historyKeep) ?? DEFAULT_HISTORY_KEEP,
      failOn: failOn === undefined ? "any" : choice("fail-on", FAIL_ON, failOn),
    };
    // Results are compared within one environment, an architecture among its parts: one run, one architecture.
    if ((arches?.length ?? 0) > 1 && (baseline !== undefined || history !== undefined))
      throw new ProviumError(`baseline and history compare one architecture at a time, and arch names ${arches!.join(", ")}: run each architecture on its own (a matrix job per arch, each with its own history) to compare them`);
    if (historyKeep !== undefined && history === undefined) throw new ProviumError("history-keep needs history (the directory whose runs it keeps)");
    if (request.historyKeep < 1) throw new ProviumError(mustBe("history-keep", "at least 1 (the runs a history keeps)", historyKeep!));
    if (request.failOn === "new" && baseline === undefined && history === undefined)
      throw new ProviumError("fail-on new needs something to compare with: a baseline (--baseline FILE|DIR, or the action's baseline input) or a history (--history DIR, or the action's history input)");
    if (raw.generated?.kind === "kselftest" && (arches?.length ?? 0) > 1)
      throw new ProviumError(`a kselftest tree is built for one architecture, and arch names ${arches!.join(", ")}: run each architecture's tree on its own`);
    // The tree is checked against the guests' architecture: named, the kernel under test's, or the profile's.
    const guestArches = raw.generated?.kind === "kselftest" ? requestArches({ ...request, generated: raw.generated }) : [defaultArch()];
    request.generated = generatedSuite(raw, base, request.timeoutS, guestArches[0]!);
    // Scripts and dynamically linked programs need the distribution's userspace, unless the request says which guest.
    if (request.generated?.kind === "kselftest" && request.generated.tree.needsDistro && raw.profile === undefined && kernel === undefined && rootfs === undefined) request.profile = "distro";
    const knownFailuresFile = existingPath("known-failures", knownFailures, base, "write it before the run");
    if (knownFailuresFile) request.knownFailures = loadKnownFailures(knownFailuresFile);
    return { request };
  } catch (error) {
    if (error instanceof ProviumError) return { error: error.message, kernelUnusable: error instanceof KernelUnusableError }; // the first mistake found
    throw error;
  }
}
