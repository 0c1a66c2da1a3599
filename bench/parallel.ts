// The worker pool: the same ≥ 40-test suite one file at a time and with
// the default number of jobs.
import { availableParallelism } from "node:os";
import { discoverTestFiles } from "../src/run/discover.ts";
import { runSuite } from "../src/run/run.ts";
import { ms, row } from "./stats.ts";

const SUITE = "test/lua-suites/many";

async function wallTime(jobs: number): Promise<{ ms: number; tests: number }> {
  const start = performance.now();
  const run = await runSuite({ files: discoverTestFiles([SUITE], SUITE), suiteRoot: SUITE, config: { profiles: {} }, timeoutMs: 120_000, jobs });
  return { ms: performance.now() - start, tests: run.files.reduce((n, f) => n + f.tests.length, 0) };
}

export async function benchParallel(): Promise<void> {
  console.log(`worker pool (${SUITE}: 6 files, one fixture)`);
  const serial = await wallTime(1);
  const parallel = await wallTime(availableParallelism());
  row(`-j 1 (${serial.tests} tests, fixture build included)`, ms(serial.ms));
  row(`-j ${availableParallelism()} (default)`, ms(parallel.ms));
  row("speed-up", `${(serial.ms / parallel.ms).toFixed(2)}×`);
  row("tests per minute at the default", `${((parallel.tests / parallel.ms) * 60_000).toFixed(0)}`);
}
