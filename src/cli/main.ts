// The `provium` command.
import { parseArgs } from "node:util";
import { runSetup } from "../setup/setup.ts";
import { ProviumError } from "../util/errors.ts";
import { packageVersion } from "../util/package-root.ts";
import { runCommand, UsageError } from "./run-command.ts";

const USAGE = `usage: provium <command> [options]

commands:
  run [paths…]        run *.test.lua files (default: tests/)
    --filter <regex>    only tests whose name or file path matches
    --tag <tag>         only tests with this tag (repeatable)
    --timeout <s>       per-test time limit (default 300)
    --accel <mode>      auto (default), kvm or tcg
    -j, --jobs <n>      test files run at once (default: CPU count)
    -v, --verbose       stream test logs as they happen
  setup               install QEMU, fetch a kernel, build the agent and the 'minimal' guest

  --help, --version`;

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
  if (command !== "run") throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        filter: { type: "string" },
        tag: { type: "string", multiple: true },
        timeout: { type: "string" },
        accel: { type: "string" },
        jobs: { type: "string", short: "j" },
        verbose: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  return runCommand({ paths: positionals, ...values, tags: values.tag ?? [], verbose: values.verbose ?? false });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ProviumError)) throw error;
  console.error(`provium: ${error.message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
