// provium.parallel on the Lua engine alone (no guests): overlap, results,
// errors, nesting, preemption and outcomes raised inside branches.
import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { runTestFile } from "../../src/run/file-runner.ts";
import { createRunContext } from "../../src/run/run.ts";

const SUITE = path.resolve("test/lua-suites/parallel");
const context = createRunContext({ suiteRoot: SUITE, config: { profiles: {} }, timeoutMs: 30_000 });
after(() => context.runDir.remove());

test("provium.parallel", async () => {
  const result = await runTestFile(`${SUITE}/parallel.test.lua`, context);
  const statuses = Object.fromEntries(result.tests.map((t) => [t.name, t.failure ? `${t.status}: ${t.failure.message}` : t.status]));
  assert.deepEqual(statuses, {
    "waits overlap and each result comes back": "passed",
    "a branch's error fails the call, naming the branch": "passed",
    "nested calls, user coroutines and long Lua loops inside branches": "passed",
    "arguments must be functions": "passed",
    "a skip inside a branch skips the test": "skipped",
  });
});
