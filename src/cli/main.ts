// The `provium` command.
import { readFileSync, writeFileSync } from "node:fs";
import { replCommand, shellCommand } from "../debug/commands.ts";
import { mergeJunit } from "../report/junit.ts";
import { runCommand } from "../run/command.ts";
import { parseSetupArgs, SETUP_USAGE, SetupUsageError } from "../setup/options.ts";
import { runSetup } from "../setup/setup.ts";
import { ProviumError, UsageError } from "../util/errors.ts";
import { packageVersion } from "../util/package-root.ts";
import { debugRequest, kselftestRequest, kunitRequest, parse, runRequest, USAGE } from "./args.ts";

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
  if (command === "setup") {
    const options = parseSetupArgs(rest);
    if (!options.help) return runSetup(options);
    console.log(SETUP_USAGE);
    return 0;
  }
  if (command === "merge-junit") return mergeCommand(rest);
  if (command === "shell") {
    const { request, command: shellCommandLine } = debugRequest(rest, true);
    return shellCommand(request, shellCommandLine);
  }
  if (command === "repl") return replCommand(debugRequest(rest, false).request);
  if (command === "kunit") return (await runCommand(kunitRequest(rest))).exitCode;
  if (command === "kselftest") return (await runCommand(kselftestRequest(rest))).exitCode;
  if (command !== "run") throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  return (await runCommand(runRequest(rest))).exitCode;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ProviumError)) throw error;
  console.error(`provium: ${error.message}`);
  process.exitCode = error instanceof UsageError || error instanceof SetupUsageError ? 2 : 1;
}
