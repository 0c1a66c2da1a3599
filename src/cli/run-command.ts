// `provium run [paths…]`: discover, run, report. Exit 0 when everything
// passed, 1 when a test failed, 2 for usage and configuration errors.
import { loadConfig } from "../config/config.ts";
import { ConsoleReporter } from "../report/console.ts";
import { discoverTestFiles, findSuiteRoot, DEFAULT_SUITE } from "../run/discover.ts";
import { count } from "../run/results.ts";
import { runSuite } from "../run/run.ts";
import { ProviumError } from "../util/errors.ts";
import { ACCEL_MODES, type AccelMode } from "../vm/accel.ts";

export const DEFAULT_TEST_TIMEOUT_S = 300;

export interface RunCommandOptions {
  paths: string[];
  filter?: string;
  tags: string[];
  timeout?: string;
  accel?: string;
  jobs?: string;
  verbose: boolean;
}

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

export async function runCommand(options: RunCommandOptions): Promise<number> {
  const paths = options.paths.length ? options.paths : [DEFAULT_SUITE];
  const accel = options.accel as AccelMode | undefined;
  if (accel !== undefined && !ACCEL_MODES.includes(accel)) throw new UsageError(`--accel must be one of ${ACCEL_MODES.join(", ")}, got '${accel}'`);
  let filter: RegExp | undefined;
  try {
    filter = options.filter === undefined ? undefined : new RegExp(options.filter);
  } catch (error) {
    throw new UsageError(`--filter: ${(error as Error).message}`);
  }
  const timeoutS = positiveNumber(options.timeout, "--timeout") ?? DEFAULT_TEST_TIMEOUT_S;
  const jobs = positiveNumber(options.jobs, "--jobs");

  let suiteRoot: string, files: string[], config;
  try {
    suiteRoot = findSuiteRoot(paths);
    files = discoverTestFiles(paths, suiteRoot);
    config = loadConfig(suiteRoot);
  } catch (error) {
    if (error instanceof ProviumError) throw new UsageError(error.message);
    throw error;
  }
  if (files.length === 0) throw new UsageError(`no *.test.lua files in ${paths.join(", ")}`);

  const reporter = new ConsoleReporter(undefined, options.verbose);
  const run = await runSuite({
    files, suiteRoot, config, accel, filter, jobs,
    tags: options.tags,
    timeoutMs: timeoutS * 1000,
    onFileDone: (result) => reporter.fileDone(result),
    onLog: (file, line) => reporter.log(file, line),
  });
  reporter.summary(run);
  return count(run.files.flatMap((f) => f.tests)).failed > 0 ? 1 : 0;
}
