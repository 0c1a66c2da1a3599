// The `provium` command.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { mergeJunit } from "../report/junit.ts";
import { runSetup } from "../setup/setup.ts";
import { ProviumError } from "../util/errors.ts";
import { packageVersion } from "../util/package-root.ts";
import { runCommand, UsageError } from "./run-command.ts";

const USAGE = `usage: provium <command> [options]

commands:
  run [paths…]          run *.test.lua files (default: tests/)
    --filter <regex>      only tests whose name or file path matches
    --tag <tag>           only tests with this tag (repeatable)
    --timeout <s>         per-test time limit (default 300)
    --accel <mode>        auto (default), kvm or tcg
    -j, --jobs <n>        test files run at once (default: CPU count)
    --shard <i/n>         run the i-th of n parts of the suite (CI matrix jobs)
    --durations <file>    file times of earlier runs (longest first; shards by time)
    --junit <file>        write JUnit XML
    --json <file>         write the results as JSON
    --artifacts <dir>     write JUnit, JSON and failed tests' console logs
    --github              annotations and job summary (default inside GitHub Actions)
    --profile <name>      the profile of provium.create() without a name (default: minimal)
    --kernel <bzImage>    test this kernel: the default profile (with --initrd, --cmdline)
    --allow-kernel-warnings   kernel WARNING/BUG/Oops reports on a console do not fail tests
    --known-failures <file>   [[known_failures]] entries (test, reason): failing as expected does not fail the run
    --retries <n>         run a failed test again up to n times (passing on a retry = flaky)
    -q, --quiet           only failures and totals
    -v, --verbose         every test, and logs as they happen
  merge-junit -o <out> <files…>   combine the JUnit files of shards into one
  setup                 install QEMU, fetch a kernel, build the agent and the 'minimal' guest

  --help, --version`;

type Flags = Record<string, string | boolean | string[] | undefined>;

function parse(args: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>["options"]): { values: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
    return { values: values as Flags, positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

function mergeCommand(args: string[]): number {
  const { values, positionals } = parse(args, { output: { type: "string", short: "o" } });
  if (!values.output || positionals.length === 0) throw new UsageError(`merge-junit needs -o <out> and at least one input\n${USAGE}`);
  const inputs = positionals.map((file) => {
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
  });
  try {
    writeFileSync(String(values.output), mergeJunit(inputs));
  } catch (error) {
    throw new UsageError(`merge-junit: ${(error as Error).message} (inputs: ${positionals.join(", ")})`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === "--version") {
    console.log(packageVersion());
    return 0;
  }
  if (command === "setup") return runSetup();
  if (command === "merge-junit") return mergeCommand(rest);
  if (command !== "run") throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  const { values: v, positionals } = parse(rest, {
    filter: { type: "string" },
    tag: { type: "string", multiple: true },
    timeout: { type: "string" },
    accel: { type: "string" },
    jobs: { type: "string", short: "j" },
    shard: { type: "string" },
    durations: { type: "string" },
    junit: { type: "string" },
    json: { type: "string" },
    artifacts: { type: "string" },
    github: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    profile: { type: "string" },
    kernel: { type: "string" },
    initrd: { type: "string" },
    cmdline: { type: "string" },
    "allow-kernel-warnings": { type: "boolean" },
    "known-failures": { type: "string" },
    retries: { type: "string" },
  });
  const str = (value: unknown) => (value === undefined ? undefined : String(value));
  const result = await runCommand({
    paths: positionals,
    profile: str(v.profile), kernel: str(v.kernel), initrd: str(v.initrd), cmdline: str(v.cmdline),
    filter: str(v.filter), timeout: str(v.timeout), accel: str(v.accel), jobs: str(v.jobs), shard: str(v.shard),
    durations: str(v.durations), junit: str(v.junit), json: str(v.json), artifacts: str(v.artifacts),
    tags: (v.tag as string[] | undefined) ?? [],
    github: v.github as boolean | undefined,
    verbose: v.verbose === true,
    quiet: v.quiet === true,
    allowKernelWarnings: v["allow-kernel-warnings"] === true,
    knownFailures: str(v["known-failures"]),
    retries: str(v.retries),
  });
  return result.exitCode;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ProviumError)) throw error;
  console.error(`provium: ${error.message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
