// The `provium` command.
import { readFileSync, writeFileSync } from "node:fs";
import { replCommand, shellCommand } from "../debug/commands.ts";
import { mergeHistory } from "../history/merge.ts";
import { DEFAULT_HISTORY_KEEP } from "../history/store.ts";
import { mergeJunit } from "../report/junit.ts";
import { runCommand } from "../run/command.ts";
import { parseSetupArgs, SETUP_USAGE, SetupUsageError } from "../setup/options.ts";
import { runSetup } from "../setup/setup.ts";
import { bisectCommand } from "../bisect/command.ts";
import { GIT_BISECT } from "../run/verdict.ts";
import { mustBe } from "../util/checks.ts";
import { KernelUnusableError, ProviumError, UsageError } from "../util/errors.ts";
import { warnOnce } from "../util/log.ts";
import { packageVersion } from "../util/package-root.ts";
import { bisectRequest, debugRequest, kselftestRequest, kunitRequest, parse, runRequest, USAGE } from "./args.ts";

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

function mergeHistoryCommand(args: string[]): number {
  const { values, positionals } = parse(args, { output: { type: "string", short: "o" }, history: { type: "string" }, "history-keep": { type: "string" } });
  const output = values.output === undefined ? undefined : String(values.output);
  const history = values.history === undefined ? undefined : String(values.history);
  if ((output === undefined) === (history === undefined) || positionals.length === 0)
    throw new UsageError(`merge-history needs either -o <file> or --history <dir>, and at least one input (record files or history directories)\n${USAGE}`);
  const keep = values["history-keep"] === undefined ? DEFAULT_HISTORY_KEEP : Number(values["history-keep"]);
  if (!Number.isInteger(keep) || keep < 1) throw new UsageError(mustBe("history-keep", "a whole number >= 1", String(values["history-keep"])));
  try {
    const { written, merged } = mergeHistory({ inputs: positionals, output, history, keep, warn: warnOnce });
    console.log(`merge-history: ${merged} run(s) merged from shard records; wrote ${written.length} record(s)${history ? ` into ${history}` : `: ${output}`}`);
  } catch (error) {
    if (error instanceof ProviumError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}

const COMMANDS = ["run", "bisect", "kunit", "kselftest", "shell", "repl", "merge-junit", "merge-history", "setup"];

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
  // `provium run --help` and the like: the usage, not "Unknown option" (arguments after "--" are the command's own).
  const flags = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (COMMANDS.includes(command) && command !== "setup" && (flags.includes("--help") || flags.includes("-h"))) {
    console.log(USAGE);
    return 0;
  }
  if (command === "setup") {
    const options = parseSetupArgs(rest);
    if (!options.help) return runSetup(options);
    console.log(SETUP_USAGE);
    return 0;
  }
  if (command === "merge-junit") return mergeCommand(rest);
  if (command === "merge-history") return mergeHistoryCommand(rest);
  if (command === "shell") {
    const { request, command: shellCommandLine } = debugRequest(rest, true);
    return shellCommand(request, shellCommandLine);
  }
  if (command === "repl") return replCommand(debugRequest(rest, false).request);
  if (command === "kunit") return (await runCommand(kunitRequest(rest))).exitCode;
  if (command === "kselftest") return (await runCommand(kselftestRequest(rest))).exitCode;
  if (command === "bisect") return bisectCommand(bisectRequest(rest));
  if (command !== "run") throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  return (await runCommand(runRequest(rest))).exitCode;
}

/** The exit status of an error that ended the command. */
function errorStatus(error: unknown, gitBisect: boolean): number {
  // For git bisect run: a kernel the build did not make is "skip"; anything else of ours must stop the bisect, never read as "bad".
  if (gitBisect) return error instanceof KernelUnusableError ? GIT_BISECT.skip : GIT_BISECT.abort;
  return error instanceof UsageError || error instanceof SetupUsageError ? 2 : 1;
}

const argv = process.argv.slice(2);
// Read before the arguments are parsed: a mistake in them must give git bisect's status too.
const gitBisect = argv[0] === "run" && argv.includes("--git-bisect");
if (gitBisect)
  for (const event of ["uncaughtException", "unhandledRejection"] as const)
    process.on(event, (error) => {
      console.error(error);
      process.exit(GIT_BISECT.abort); // Node's own status for these is 1: "bad" to git bisect
    });
try {
  process.exitCode = await main(argv);
} catch (error) {
  if (!(error instanceof ProviumError)) {
    if (!gitBisect) throw error;
    console.error(error);
  } else console.error(`provium: ${error.message}`);
  process.exitCode = errorStatus(error, gitBisect);
}
