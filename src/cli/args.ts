// The provium command's arguments: the usage text, and `provium run`'s
// flags read into a checked run request (src/run/request.ts, the same check
// the action's inputs go through).
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { validateDebugRequest, type DebugRequest } from "../debug/request.ts";
import { validateBisectRequest, type BisectRequest } from "../bisect/request.ts";
import { validateRunRequest, type RawRunRequest, type RunRequest } from "../run/request.ts";
import { KernelUnusableError, UsageError } from "../util/errors.ts";

export const USAGE = `usage: provium <command> [options]

commands:
  run [paths…]          run *.test.lua files (default: tests/)
    --filter <regex>      only tests whose name or file path matches
    --tag <tag>           only tests with this tag (repeatable)
    --timeout <s>         per-test time limit (default 300)
    --accel <mode>        auto (default), kvm or tcg
    --arch <a[,b]>        the guests' architecture: x86_64 or arm64 (default: the kernel's, else this
                          machine's); several run the suite on each, results named by architecture
    -j, --jobs <n>        test files run at once (default: CPU count)
    --shard <i/n>         run the i-th of n parts of the suite (CI matrix jobs)
    --durations <file>    file times of earlier runs (longest first; shards by time)
    --junit <file>        write JUnit XML
    --json <file>         write the results as JSON
    --artifacts <dir>     write JUnit, JSON and failed tests' console logs
    --github              annotations and job summary (default inside GitHub Actions)
    --profile <name>      the profile of provium.create() without a name (default: minimal)
    --kernel <image>      test this kernel (a bzImage, an arm64 Image): the default profile (with --initrd, --cmdline)
    --modules <dir>       the default profile's kernel modules: the INSTALL_MOD_PATH of \`make modules_install\`
    --rootfs <path>       the default profile's root filesystem: a directory or a raw filesystem image
    --dir <guest>=<host>[,writable]   show a host directory in the default profile's guests (repeatable;
                          writable: the guest writes to a layer of its own, the host's tree never changes)
    --allow-kernel-warnings   kernel WARNING/BUG/Oops reports on a console do not fail tests
    --known-failures <file>   [[known_failures]] entries (test, reason): failing as expected does not fail the run
    --retries <n>         run a failed test again up to n times (passing on a retry = flaky)
    -q, --quiet           only failures and totals
    -v, --verbose         every test, and logs as they happen
    --keep-failed         snapshot the VMs of each failing test into a bundle in the results directory
    --gdb                 QEMU with a gdb stub on a free local port (prints how to attach)
    --baseline <file|dir> compare with an earlier run: its results.json (--json), a history record, or a
                          history directory (its newest earlier run); each result gets its change
    --history <dir>       add this run's record to a history directory (its newest earlier run is the
                          baseline; flaky tests and "failing since" come from its runs)
    --history-keep <n>    the runs a history keeps (default 50)
    --fail-on <new|any>   exit 1 on any failure (default), or only on new failures against the baseline
    --git-bisect          exit statuses for \`git bisect run\`: 0 passed, 1 failed, 125 the kernel under test is
                          missing or did not boot (skip), 255 Provium's own errors (stops the bisect)
  bisect [paths…]       find the commit that broke the selected tests: builds and tests commits of
                        a repository in a worktree of its own (your checkout is never touched)
    --good <rev> --bad <rev>   a commit where the tests pass, and a later one where they fail
    --good last-pass --history <dir>   the good commit: the newest run in that history directory
                          (provium run --history) in which the selected tests passed
    --build <command>     makes the kernel, run by sh in the worktree (fails: the commit is skipped)
    --repo <dir>          the repository (default: the current directory's)
    --kernel <path>       what the build makes, relative to the worktree (default: arch/x86/boot/bzImage;
                          --initrd, --modules and --dir paths are relative to the worktree too)
    --tries <n>           run the tests n times at each commit: any failure makes it bad (flaky tests)
    --boot-failure bad    a kernel that never reaches the agent is bad (default: the commit is skipped)
    --json <file>         write the result and the step log as JSON
    --github              the result as the job summary (default inside GitHub Actions)
                          and run's --filter, --tag, --timeout, --accel, -j, --cmdline, --rootfs,
                          --allow-kernel-warnings, --known-failures, --retries, -q, -v
  kunit [glob…]         run the kernel's KUnit suites (kunit.filter_glob patterns: suite or suite.case;
                        none: every suite), each case a result: built-in suites at boot, modular ones
                        from --modules; the flags of run, with --timeout per suite
    --suite <dir>         where provium.toml is (profiles, known failures; default: tests/ or .)
  kselftest <dir>       run a kselftest tree (make -C tools/testing/selftests install's INSTALL_PATH, or
                        examples/kselftest/build.sh's output) as run_kselftest.sh does: each program a result,
                        its KTAP its sub-results, a guest per collection (the distro guest when a test
                        is a script or dynamically linked); the flags of run and --suite, and:
    -c, --collection <c>  only this collection (repeatable)
    -t, --test <c:t>      only this test (repeatable; as run_kselftest.sh --list names it)
    --timeout <s>         each program's time limit instead of its collection's settings (default 45)
    --tcg-factor <n>      under TCG, each time limit this many times longer (default 3)
  shell                 a shell in a guest: a VM of the profile (the profile flags of run),
                        a fixture, or a kept VM; the VM stops when the shell ends
    --fixture <name>      resume this fixture of the suite (--suite <dir>, default: tests/ or .)
    --snapshot <bundle>   reopen a VM kept by --keep-failed, as it was
    -c <command>          run one command instead (exit status: the command's)
    --gdb                 QEMU with a gdb stub (prints how to attach)
  repl                  the Lua API at a prompt, \`vm\` bound (the same flags as shell, no -c)
  merge-junit -o <out> <files…>   combine the JUnit files of shards into one
  merge-history (-o <file> | --history <dir>) <records or dirs…>
                        combine the history records of a sharded run's shards into one run record
  setup                 install QEMU, fetch a kernel, build the agent and the 'minimal' guest
    --arch <a[,b]>        for these architectures (default: this machine's; arm64 on x86-64 is emulated)
    --distro [--packages a,b] [--mirror url]   also the 'distro' guest (a Debian/Ubuntu root filesystem)

  --help, --version`;

type Flags = Record<string, string | boolean | string[] | undefined>;

export function parse(args: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>["options"]): { values: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
    return { values: values as Flags, positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** The flags that choose the guest: `run`'s default profile, the VM of `shell` and `repl`. */
const PROFILE_FLAGS = {
  accel: { type: "string" },
  arch: { type: "string" },
  profile: { type: "string" },
  kernel: { type: "string" },
  initrd: { type: "string" },
  cmdline: { type: "string" },
  modules: { type: "string" },
  rootfs: { type: "string" },
  dir: { type: "string", multiple: true },
  gdb: { type: "boolean" },
} as const;

/** The flags that choose the tests and how they run: `run`'s (and `kunit`'s), and each step's of `bisect`. */
const TEST_FLAGS = {
  filter: { type: "string" },
  tag: { type: "string", multiple: true },
  timeout: { type: "string" },
  jobs: { type: "string", short: "j" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  ...PROFILE_FLAGS,
  "allow-kernel-warnings": { type: "boolean" },
  "known-failures": { type: "string" },
  retries: { type: "string" },
} as const;

/** `provium run`'s flags (`provium kunit` takes them too). */
const RUN_FLAGS = {
  ...TEST_FLAGS,
  shard: { type: "string" },
  durations: { type: "string" },
  junit: { type: "string" },
  json: { type: "string" },
  artifacts: { type: "string" },
  github: { type: "boolean" },
  "keep-failed": { type: "boolean" },
  "git-bisect": { type: "boolean" },
  baseline: { type: "string" },
  history: { type: "string" },
  "history-keep": { type: "string" },
  "fail-on": { type: "string" },
} as const;

/** TEST_FLAGS' values as the run request's raw fields. */
function rawTestFlags(v: Flags, positionals: string[]): RawRunRequest {
  return {
    paths: positionals,
    profile: str(v.profile), kernel: str(v.kernel), initrd: str(v.initrd), cmdline: str(v.cmdline), modules: str(v.modules), rootfs: str(v.rootfs), dirs: v.dir as string[] | undefined,
    filter: str(v.filter), timeout: str(v.timeout), accel: str(v.accel), arch: str(v.arch), jobs: str(v.jobs),
    tags: (v.tag as string[] | undefined) ?? [],
    verbose: v.verbose === true,
    quiet: v.quiet === true,
    allowKernelWarnings: v["allow-kernel-warnings"] === true,
    knownFailures: str(v["known-failures"]),
    retries: str(v.retries),
    gdb: v.gdb === true,
  };
}

/** `provium run`'s arguments (after "run") as a checked request; a mistake is a UsageError (its kernel's own kind when the kernel under test is missing). */
export function runRequest(args: string[]): RunRequest {
  const { values, positionals } = parse(args, RUN_FLAGS);
  return checkedRunRequest(values, { paths: positionals });
}

/** `provium kunit`'s arguments: the globs, and run's flags (--timeout is each suite's; --suite the directory of provium.toml). */
export function kunitRequest(args: string[]): RunRequest {
  const { values, positionals } = parse(args, { ...RUN_FLAGS, suite: { type: "string" } });
  return checkedRunRequest(values, { paths: suiteDir(values), generated: { kind: "kunit", globs: positionals } });
}

/** `provium kselftest DIR`'s arguments: the tree, -c collections, -t collection:test names, --tcg-factor, and run's flags (--timeout replaces each collection's settings). */
export function kselftestRequest(args: string[]): RunRequest {
  const { values, positionals } = parse(args, {
    ...RUN_FLAGS,
    suite: { type: "string" },
    collection: { type: "string", short: "c", multiple: true },
    test: { type: "string", short: "t", multiple: true },
    "tcg-factor": { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError(`kselftest takes one directory, the kselftest tree (${positionals.length ? `got ${positionals.join(" ")}` : "none given"})\n${USAGE}`);
  return checkedRunRequest(values, {
    paths: suiteDir(values),
    generated: { kind: "kselftest", dir: positionals[0]!, collections: values.collection as string[] | undefined, tests: values.test as string[] | undefined, tcgFactor: str(values["tcg-factor"]) },
  });
}

/** --suite: the directory of provium.toml (profiles, known failures), when given. */
function suiteDir(values: Flags): string[] {
  const suite = str(values.suite);
  if (suite !== undefined && !statSync(suite, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--suite: ${path.resolve(suite)} is not a directory (the one that holds provium.toml)`);
  return suite === undefined ? [] : [suite];
}

function checkedRunRequest(v: Flags, what: Pick<RawRunRequest, "paths" | "generated">): RunRequest {
  const checked = validateRunRequest({
    ...rawTestFlags(v, what.paths),
    generated: what.generated,
    shard: str(v.shard), durations: str(v.durations), junit: str(v.junit), json: str(v.json), artifacts: str(v.artifacts),
    github: v.github as boolean | undefined,
    keepFailed: v["keep-failed"] === true,
    gitBisect: v["git-bisect"] === true,
    baseline: str(v.baseline),
    history: str(v.history),
    historyKeep: str(v["history-keep"]),
    failOn: str(v["fail-on"]),
  });
  if (checked.error !== undefined) throw checked.kernelUnusable ? new KernelUnusableError(checked.error) : new UsageError(checked.error);
  return checked.request;
}

/** `provium bisect`'s arguments as a checked request. */
export function bisectRequest(args: string[]): BisectRequest {
  const { values: v, positionals } = parse(args, {
    ...TEST_FLAGS,
    good: { type: "string" },
    bad: { type: "string" },
    build: { type: "string" },
    repo: { type: "string" },
    tries: { type: "string" },
    "boot-failure": { type: "string" },
    history: { type: "string" },
    json: { type: "string" },
    github: { type: "boolean" },
  });
  if (v.profile !== undefined) throw new UsageError("provium bisect tests the kernel each step builds (--kernel): --profile does not apply");
  if (v.gdb !== undefined) throw new UsageError("provium bisect runs unattended: --gdb does not apply (debug the first bad commit with provium run --gdb)");
  return validateBisectRequest({
    good: str(v.good), bad: str(v.bad), build: str(v.build), repo: str(v.repo), tries: str(v.tries), bootFailure: str(v["boot-failure"]), history: str(v.history),
    json: str(v.json), github: v.github as boolean | undefined,
    run: rawTestFlags(v, positionals),
  });
}

const str = (value: unknown) => (value === undefined ? undefined : String(value));

/** `provium shell`'s or `provium repl`'s arguments; command: whether -c is taken (shell). */
export function debugRequest(args: string[], withCommand: boolean): { request: DebugRequest; command?: string } {
  const { values: v, positionals } = parse(args, {
    ...PROFILE_FLAGS,
    fixture: { type: "string" },
    suite: { type: "string" },
    snapshot: { type: "string" },
    ...(withCommand ? { command: { type: "string" as const, short: "c" } } : {}),
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'${withCommand ? ' (a command goes after -c, quoted: -c "ls /")' : ""}\n${USAGE}`);
  const request = validateDebugRequest({
    profile: str(v.profile), kernel: str(v.kernel), initrd: str(v.initrd), cmdline: str(v.cmdline), modules: str(v.modules), rootfs: str(v.rootfs), dirs: v.dir as string[] | undefined,
    accel: str(v.accel), arch: str(v.arch), fixture: str(v.fixture), suite: str(v.suite), snapshot: str(v.snapshot), gdb: v.gdb === true ? true : undefined,
  });
  return { request, command: str(v.command) };
}
