// vm:ktap on a real guest: a command's KTAP output becomes sub-results,
// and its exit status counts (kselftest's 4 = skip, a signal is an error).
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import { runTestFile } from "../../src/run/file-runner.ts";
import type { RunContext } from "../../src/engine/session.ts";
import type { TestResult } from "../../src/engine/results.ts";
import { createRunContext } from "../../src/run/run.ts";

const SUITES = path.resolve("test/lua-suites");
let context: RunContext;
let results: Map<string, TestResult>;
before(async () => {
  context = createRunContext({ suiteRoot: SUITES, config: { profiles: {} }, timeoutMs: 120_000 });
  const file = await runTestFile(`${SUITES}/ktap-guest/vm-ktap.test.lua`, context);
  results = new Map(file.tests.map((t) => [t.name, t]));
});
after(() => context.runDir.remove());

const status = (name: string) => {
  const result = results.get(name);
  assert.ok(result, `no result '${name}' among: ${[...results.keys()].join(", ")}`);
  return result.status;
};

test("a script's results are sub-results under a group named after it; the totals agree", () => {
  assert.equal(status("a passing kselftest-like script"), "passed", results.get("a passing kselftest-like script")?.failure?.message);
  assert.equal(status("a passing kselftest-like script › good.sh › clock_gettime"), "passed");
  assert.equal(status("a passing kselftest-like script › good.sh › CLOCK_TAI not supported"), "skipped", "kselftest.h names a skipped result after the # SKIP");
  assert.equal(results.get("a passing kselftest-like script › good.sh › CLOCK_TAI not supported")!.reason, "CLOCK_TAI not supported");
  assert.equal(status("a passing kselftest-like script › good.sh › nested › inner_b"), "passed");
  assert.equal(status("a passing kselftest-like script › good.sh"), "passed");
  assert.deepEqual(results.get("a passing kselftest-like script › good.sh › clock_gettime")!.logs, ["checking the clock"]);
  assert.equal(results.get("a passing kselftest-like script › good.sh › clock_gettime")!.line, 47, "the vm:ktap call's line");
  assert.ok(!results.has("a passing kselftest-like script › good.sh › KTAP output"), "no problems with the output");
});

test("a crash mid-run: the missing results name the last one seen, the signal is an error", () => {
  assert.equal(status("a crash mid-run"), "failed");
  const missing = results.get("a crash mid-run › crashy › #3")!;
  assert.equal(missing.status, "error");
  assert.match(missing.failure!.message, /missing: the plan 1\.\.4 promised it, but the output ended after 'ok 2 second'/);
  assert.equal(missing.failure!.line, 53);
  assert.equal(status("a crash mid-run › crashy › #4"), "error");
  assert.match(results.get("a crash mid-run › crashy")!.failure!.message, /killed by signal 11/);
});

test("exit status 4 skips the group; a non-zero exit no result explains fails it", () => {
  assert.equal(status("skipped as a whole, and an exit status no result explains › skipall.sh"), "skipped");
  assert.equal(results.get("skipped as a whole, and an exit status no result explains › skipall.sh")!.reason, "needs CAP_SYS_ADMIN");
  const liar = results.get("skipped as a whole, and an exit status no result explains › liar.sh")!;
  assert.equal(liar.status, "failed");
  assert.equal(liar.failure!.message, "the command exited with status 1, but no result failed (stderr ends: 'liar: said ok, meant not ok')");
  assert.deepEqual(liar.logs, ["liar: said ok, meant not ok"], "the command's stderr is the group's log");
  assert.equal(status("skipped as a whole, and an exit status no result explains"), "failed");
});

test("a command that prints no KTAP: the error says what its stderr said", () => {
  const error = results.get("a command that prints no KTAP: its stderr says why › nothing.sh › KTAP output")!;
  assert.equal(error.status, "error");
  assert.match(error.failure!.message, /no KTAP or TAP output: no version line, plan or result \(stderr ends: 'needs \/dev\/foo, which is missing'\)$/);
  assert.deepEqual(results.get("a command that prints no KTAP: its stderr says why › nothing.sh")!.logs, ["needs /dev/foo, which is missing"]);
});

test("vm:ktap checks its options", () => {
  assert.equal(status("vm:ktap checks its options"), "passed");
});
