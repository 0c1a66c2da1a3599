// The bundled action (dist/action.js) run as the runner runs it: inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a temporary
// workspace. GitHub's cache and artifact services do not exist here: the
// action must skip them with a notice.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { paths } from "../src/util/home.ts";
import { tempDir } from "./support/temp.ts";

const ACTION = path.resolve("dist/action.js");

function workspace(): string {
  const dir = tempDir();
  cpSync("examples", path.join(dir, "examples"), { recursive: true });
  writeFileSync(path.join(dir, "out.txt"), "");
  writeFileSync(path.join(dir, "summary.md"), "");
  return dir;
}

async function runAction(ws: string, inputs: Record<string, string>) {
  const env: Record<string, string> = {
    PATH: process.env.PATH!, HOME: process.env.HOME!, GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: path.join(ws, "out.txt"), GITHUB_STEP_SUMMARY: path.join(ws, "summary.md"),
  };
  if (process.env.PROVIUM_HOME) env.PROVIUM_HOME = process.env.PROVIUM_HOME;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await execa("node", [ACTION], { env, extendEnv: false, cwd: ws, reject: false, all: true });
  const outputs = Object.fromEntries(
    [...readFileSync(path.join(ws, "out.txt"), "utf8").matchAll(/^(\w+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { code: result.exitCode, log: result.all!, outputs, summary: readFileSync(path.join(ws, "summary.md"), "utf8") };
}

const lines = (log: string, prefix: string) => log.split("\n").filter((line) => line.startsWith(prefix));

test("a failing suite: annotations on the Lua lines, summary, outputs, results, exit 1", async () => {
  const ws = workspace();
  const r = await runAction(ws, { suite: "examples/failing", "upload-artifacts": "on-failure" });
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
  writeFileSync(path.join(ws, "examples/kut.test.lua"), 'local vm = provium.create()\nvm:boot()\nassert(vm:exec("true").ok)\nassert(vm:console():find("console=ttyS0 panic=-1 cryptomgr.notests rdinit=/provium/agent quiet-marker", 1, true))\n');
  const r = await runAction(ws, { suite: "examples/kut.test.lua", kernel: "bzImage", initrd: "initrd.cpio", "kernel-cmdline": "quiet-marker", cache: "false" });
  assert.equal(r.code, 0, r.log);
  assert.deepEqual([r.outputs.passed, r.outputs.failed], ["1", "0"]);
  assert.doesNotMatch(r.log, /Upload the results|cache service/);
});

test("bad inputs fail the step with one annotation naming the input and the fix", async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ accel: "fast" }, /^::error::input 'accel': 'fast' is not one of auto, kvm, tcg$/],
    [{ shard: "3/2" }, /^::error::input 'shard': '3\/2' is not i\/n with 1 ≤ i ≤ n/],
    [{ kernel: "build/bzImage" }, /^::error::input 'kernel': .*build\/bzImage does not exist: build the kernel in an earlier step/],
    [{ "upload-artifacts": "sometimes" }, /^::error::input 'upload-artifacts': 'sometimes' is not one of always, on-failure, never$/],
    [{ jobs: "-2" }, /^::error::input 'jobs': '-2' is not a positive number$/],
    [{ annotate: "maybe" }, /^::error::input 'annotate': 'maybe' is not true or false$/],
    [{ retries: "2.5" }, /^::error::input 'retries': '2.5' is not a whole number >= 0$/],
    [{ "known-failures": "known.toml" }, /^::error::input 'known-failures': .*known.toml does not exist: fix the path \(relative to the workspace\)$/],
  ];
  for (const [inputs, expected] of cases) {
    const r = await runAction(workspace(), { suite: "examples/tests", ...inputs });
    assert.equal(r.code, 1, JSON.stringify(inputs));
    const errors = lines(r.log, "::error");
    assert.equal(errors.length, 1, `${JSON.stringify(inputs)}: ${errors.join("\n")}`);
    assert.match(errors[0]!, expected);
  }
});
