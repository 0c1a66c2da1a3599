// provium.host_exec / host_tmpdir through the real engine (no guest needed).
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import { runTestFile } from "../../src/run/file-runner.ts";
import type { RunContext } from "../../src/engine/session.ts";
import { createRunContext } from "../../src/run/run.ts";

const SUITES = path.resolve("test/lua-suites");
let context: RunContext;
before(() => (context = createRunContext({ suiteRoot: SUITES, config: { profiles: {} }, timeoutMs: 60_000 })));
after(() => context.runDir.remove());

test("every host_exec case passes", async () => {
  const result = await runTestFile(`${SUITES}/engine/host-exec.test.lua`, context, {});
  const failed = result.tests.filter((t) => t.status !== "passed").map((t) => `${t.name}: ${t.failure?.message}`);
  assert.deepEqual(failed, []);
  assert.equal(result.tests.length, 5);
});
