// The bundled action (dist/action.js) run as the runner runs it: inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a temporary
// workspace. GitHub's cache and artifact services do not exist here: the
// action must skip them with a notice.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { paths } from "../../src/util/home.ts";
import { lines, runAction, workspace } from "../support/action.ts";
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
