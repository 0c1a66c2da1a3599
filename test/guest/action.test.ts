// The bundled action (dist/action.js) run as the runner runs it: inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a temporary
// workspace. GitHub's cache and artifact services do not exist here: the
// action must skip them with a notice.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { paths } from "../../src/util/home.ts";
import { lines, runAction, workspace } from "../support/action.ts";
import { FakeActionsCache } from "../support/fake-actions-cache.ts";
import { tempDir } from "../support/temp.ts";
import { buildKselftests } from "../support/kselftests.ts";
import { ownKernel } from "../support/own-kernel.ts";

test("a failing suite: annotations on the Lua lines, summary, outputs, results, exit 1", async () => {
  const ws = workspace();
  const r = await runAction(ws, { suite: "examples/failing", "upload-artifacts": "on-failure", "keep-failed": "true" });
  assert.equal(r.code, 1, r.log);
  const errors = lines(r.log, "::error");
  assert.match(errors[0]!, /^::error file=examples\/failing\/failing.test.lua,line=7,title=an assertion in the test/);
  assert.match(errors[1]!, /^::error file=examples\/failing\/helpers.lua,line=5,/);
  assert.match(errors.at(-1)!, /^::error::2 test\(s\) failed/);
  assert.deepEqual([r.outputs.passed, r.outputs.failed, r.outputs.skipped], ["1", "2", "0"]);
  assert.equal(r.outputs.junit, path.join(ws, "provium-results/junit.xml"));
  assert.match(r.summary, /1 passed, 2 failed, 0 skipped/);
  assert.ok(existsSync(path.join(ws, "provium-results/junit.xml")) && existsSync(path.join(ws, "provium-results/results.json")));
  assert.ok(readdirSync(path.join(ws, "provium-results/logs"), { recursive: true }).some((f) => String(f).endsWith(".console.log")));
  // keep-failed: the file's VM, kept at each failure, in the results directory the action uploads; the summary says how to reopen
  const bundles = readdirSync(path.join(ws, "provium-results/kept"), { recursive: true }).filter((f) => String(f).endsWith(".bundle"));
  assert.equal(bundles.length, 2, r.log);
  assert.match(r.summary, /npx provium shell --snapshot <bundle>/);
  assert.ok(lines(r.log, "::group::").length >= 4, "each step in a log group");
  assert.match(r.log, /^::notice::Provium: the cache service is not reachable here/m);
  assert.match(r.log, /^::notice::Provium: the artifact service is not reachable here; the results stay in /m);
  assert.ok(lines(r.log, "::warning::").filter((l) => /KVM/.test(l)).length <= 1, "at most one KVM warning");
});

test("the kernel input is the kernel under test; a passing run exits 0 and uploads nothing on-failure", async () => {
  const ws = workspace();
  const minimal = paths().profileDir("minimal");
  const profile = JSON.parse(readFileSync(path.join(minimal, "profile.json"), "utf8")) as { initrds: string[] };
  writeFileSync(path.join(ws, "initrd.cpio"), Buffer.concat(profile.initrds.map((f) => readFileSync(f))));
  cpSync(path.join(minimal, "vmlinuz"), path.join(ws, "bzImage"));
  writeFileSync(path.join(ws, "examples/kut.test.lua"), 'local vm = provium.create()\nvm:boot()\nassert(vm:exec("true").ok)\nassert(vm:console():find("console=ttyS0 panic=-1 cryptomgr.notests no_timer_check rdinit=/provium/agent quiet-marker", 1, true))\n');
  const r = await runAction(ws, { suite: "examples/kut.test.lua", kernel: "bzImage", initrd: "initrd.cpio", "kernel-cmdline": "quiet-marker", cache: "false" });
  assert.equal(r.code, 0, r.log);
  assert.deepEqual([r.outputs.passed, r.outputs.failed], ["1", "0"]);
  assert.doesNotMatch(r.log, /Upload the results|cache service/);
});

test("history: kept in the Actions cache (a fake of the service), compared with the branch's newest run; fail-on new; a pull request saves nothing", async () => {
  const fake = new FakeActionsCache();
  const service = await fake.start();
  after(() => fake.close());
  const outcomes = path.join(tempDir(), "outcomes.txt");
  const job = async (event: Record<string, string>, runId: string, fail: string[]) => {
    const ws = workspace();
    cpSync("test/lua-suites/history", path.join(ws, "suite"), { recursive: true });
    writeFileSync(outcomes, fail.map((name) => `${name}=fail`).join(" "));
    const env = { ...service, ...event, GITHUB_RUN_ID: runId, RUNNER_TEMP: tempDir(), PROVIUM_TEST_OUTCOMES: outcomes };
    return runAction(ws, { suite: "suite/plan.test.lua", history: "nightly", "fail-on": "new", cache: "false", "upload-artifacts": "never" }, env);
  };
  const nightly = { GITHUB_EVENT_NAME: "schedule", GITHUB_REF_NAME: "main", GITHUB_SHA: "a".repeat(40) };
  const first = await job(nightly, "11", ["gamma"]);
  assert.equal(first.code, 1, `no baseline yet: every failure counts\n${first.log}`);
  assert.match(first.log, /^no history from the branch main yet: nothing to compare with \(this run starts it\)$/m);
  assert.match(first.log, /^saved as provium-history-nightly-main-11\.1$/m);

  const second = await job({ ...nightly, GITHUB_SHA: "b".repeat(40) }, "12", ["gamma", "alpha"]);
  assert.equal(second.code, 1, second.log);
  assert.match(second.log, /^restored from the branch main: provium-history-nightly-main-11\.1$/m);
  assert.match(second.log, /^::error file=suite\/plan.test.lua,line=12,title=new failure \(was passed\)%3A alpha \(suite\/plan.test.lua\)::/m);
  assert.match(second.log, /^::notice file=suite\/plan.test.lua,line=12,title=still failing \(failing in every run kept%2C since \S+%2C commit aaaaaaa\)%3A gamma /m);
  assert.match(second.log, /^::error::1 new failure\(s\) since the baseline/m);
  assert.deepEqual([second.outputs["new-failures"], second.outputs["still-failing"], second.outputs.fixed], ["1", "1", "0"]);
  assert.match(second.summary, /### Changes since the baseline\n\n\*\*vs baseline \S+ aaaaaaa: 1 new failure, 1 still failing\*\*/);
  assert.match(second.summary, /```mermaid\n[^`]*xychart-beta/);

  const pr = await job({ GITHUB_EVENT_NAME: "pull_request", GITHUB_REF_NAME: "7/merge", GITHUB_BASE_REF: "main", GITHUB_SHA: "c".repeat(40) }, "13", ["gamma", "alpha"]);
  assert.equal(pr.code, 0, `the base branch fails them too: nothing new\n${pr.log}`);
  assert.match(pr.log, /^restored from the base branch main: provium-history-nightly-main-12\.1$/m);
  assert.match(pr.log, /^a pull request's run is not saved: the base branch's history stays as it was$/m);
  assert.deepEqual(fake.keys(), ["provium-history-nightly-main-11.1", "provium-history-nightly-main-12.1"]);
});

test("the kunit input runs the kernel's KUnit suites, built in and modular, each case a result", async () => {
  const ws = workspace();
  const kernel = await ownKernel();
  const r = await runAction(ws, { kunit: "provium_pass, provium_module_pass", kernel: kernel.bzImage, modules: kernel.modules, cache: "false" });
  assert.equal(r.code, 0, r.log);
  // the test "kunit", provium_pass and its 2 cases, provium_module_pass and its passing case; its other case skips
  assert.deepEqual([r.outputs.passed, r.outputs.failed, r.outputs.skipped], ["6", "0", "1"]);
  const junit = readFileSync(path.join(ws, "provium-results/junit.xml"), "utf8");
  assert.match(junit, /<testcase classname="provium kunit" name="kunit › provium_module_pass › provium_module_pass_adds"/);
});

test("the kselftest input runs a kselftest tree, each program a result and its KTAP its sub-results", async () => {
  const ws = workspace();
  const tree = await buildKselftests();
  const r = await runAction(ws, { kselftest: tree, "kselftest-tests": "size:get_size, sigaltstack", cache: "false" });
  assert.equal(r.code, 0, r.log);
  const junit = readFileSync(path.join(ws, "provium-results/junit.xml"), "utf8");
  assert.match(junit, /<testcase classname="provium kselftest size" name="size › get_size › get runtime memory use"/);
  assert.match(junit, /<testcase classname="provium kselftest sigaltstack" name="sigaltstack › sas"/);
  assert.doesNotMatch(junit, /timers/, "only what kselftest-tests names");
});
