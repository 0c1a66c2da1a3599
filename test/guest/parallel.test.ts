// The same suite of ≥ 40 tests over several files and a fixture gives the
// same results one file at a time and four at a time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { discoverTestFiles } from "../../src/run/discover.ts";
import { runSuite } from "../../src/run/run.ts";

const SUITE = "test/lua-suites/many";

async function outcomes(jobs: number): Promise<string[]> {
  const run = await runSuite({ files: discoverTestFiles([SUITE], SUITE), suiteRoot: SUITE, config: { profiles: {} }, timeoutMs: 120_000, jobs });
  return run.files.flatMap((f) => f.tests.map((t) => `${f.file} | ${t.name} | ${t.status}${t.failure ? `: ${t.failure.message}` : ""}`));
}

test("-j 1 and -j 4 give identical results", async () => {
  const serial = await outcomes(1);
  const parallel = await outcomes(4);
  assert.ok(serial.length >= 40, `only ${serial.length} tests`);
  assert.deepEqual(parallel, serial);
  assert.equal(serial.filter((line) => line.endsWith("| passed")).length, 42);
});
