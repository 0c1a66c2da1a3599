// Background processes, streams and provium.parallel on real guests: the
// suite test/lua-suites/processes must pass test by test, and a process a
// test left running is killed and named in that test's log.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { discoverTestFiles } from "../../src/run/discover.ts";
import type { TestResult } from "../../src/engine/results.ts";
import { runSuite } from "../../src/run/run.ts";

const SUITE = "test/lua-suites/processes";

describe("processes and streams in a suite", () => {
  let tests: Map<string, TestResult>;
  before(async () => {
    const run = await runSuite({ files: discoverTestFiles([SUITE], SUITE), suiteRoot: SUITE, config: { profiles: {} }, timeoutMs: 120_000, jobs: 1 });
    tests = new Map(run.files.flatMap((f) => f.tests.map((t) => [t.name, t])));
  });

  test("every test of the suite passes", () => {
    const failed = [...tests.values()].filter((t) => t.status !== "passed").map((t) => `${t.name}: ${t.status}: ${t.failure?.message}`);
    assert.deepEqual(failed, []);
    assert.equal(tests.size, 13);
  });

  test("a process left running is killed and logged with its pid and command", () => {
    assert.match(tests.get("a process left running")!.logs.join("\n"), /^process \d+ \(sleep 1000\) was still running at the end and has been killed$/m);
  });
});
