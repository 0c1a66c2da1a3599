// provium run's reports as CI tools read them, from runs on real guests:
// JUnit, JSON, artifacts, GitHub annotations and summary; Ctrl-C. (Shards,
// merging and the progress line: test/unit/cli-output.test.ts.)
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { cli, xmllint } from "../support/cli.ts";
import { processesMentioning } from "../support/processes.ts";
import { tempDir } from "../support/temp.ts";


test("a failing run writes JUnit, JSON, artifacts, annotations and the job summary", async () => {
  const out = tempDir();
  const summary = path.join(out, "summary.md");
  const r = await cli(
    ["run", "examples/failing", "--junit", `${out}/junit.xml`, "--json", `${out}/results.json`, "--artifacts", `${out}/artifacts`, "--github"],
    { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: process.cwd() },
  );
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /^::error file=examples\/failing\/failing.test.lua,line=7,title=an assertion in the test \(examples\/failing\/failing.test.lua\)::/m);
  assert.match(r.all!, /^::error file=examples\/failing\/helpers.lua,line=5,title=an assertion in a helper/m);

  assert.equal((await xmllint(`${out}/junit.xml`)).exitCode, 0);
  const junit = readFileSync(`${out}/junit.xml`, "utf8");
  assert.match(junit, /<testcase [^>]*name="an assertion in the test"[^>]*line="7"/);
  const json = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as { summary: { passed: number; failed: number } };
  assert.deepEqual([json.summary.passed, json.summary.failed], [1, 2]);

  const logs = readdirSync(`${out}/artifacts`, { recursive: true }).map(String).filter((f) => f.endsWith(".console.log"));
  assert.equal(logs.length, 2, "one console log per failed test");
  const pointedAt = [...r.all!.matchAll(/full log: (\S+console\.log)\)/g)].map((m) => m[1]!);
  assert.ok(pointedAt.length > 0, r.all);
  for (const log of pointedAt) {
    assert.ok(log.startsWith(path.resolve(out, "artifacts")), `${log} is in the results directory`);
    assert.ok(existsSync(log), `${log} exists after the run`);
  }
  assert.match(readFileSync(path.join(out, "artifacts", logs[0]!), "utf8"), /Linux version/);
  assert.ok(existsSync(`${out}/artifacts/junit.xml`) && existsSync(`${out}/artifacts/results.json`));

  const markdown = readFileSync(summary, "utf8");
  assert.match(markdown, /1 passed, 2 failed, 0 skipped/);
  assert.match(markdown, /\| examples\/failing\/failing.test.lua \| 1 \| 2 \| 0 \|/);
});

test("Ctrl-C once: running tests are reported as interrupted, reports written, nothing left, exit 130", async () => {
  const runsDir = tempDir();
  const out = tempDir();
  const run = execa("node", ["--import", "tsx", "src/cli/main.ts", "run", "test/lua-suites/many", "-j", "2", "--junit", `${out}/junit.xml`], {
    env: { PROVIUM_RUNS_DIR: runsDir },
    reject: false,
    all: true,
  });
  for (let i = 0; i < 400 && processesMentioning(runsDir).filter((pid) => pid !== run.pid).length === 0; i++) await sleep(50);
  await sleep(300);
  run.kill("SIGINT");
  const result = await run;
  assert.equal(result.exitCode, 130, result.all);
  assert.match(result.all!, /interrupting: stopping the running tests/);
  assert.match(result.all!, /interrupted: the run was stopped \(Ctrl-C\)/);
  assert.equal((await xmllint(`${out}/junit.xml`)).exitCode, 0, "the report is still written and valid");
  for (let i = 0; i < 40 && processesMentioning(runsDir).length; i++) await sleep(50);
  assert.deepEqual(processesMentioning(runsDir), []);
  assert.deepEqual(readdirSync(runsDir), []);
});

test("Ctrl-C during a file's first test: the tests after it are not started, each reported as not run", async () => {
  const runsDir = tempDir();
  const out = tempDir();
  const suite = tempDir({
    "three.test.lua": `
      test("sleeps", function() local vm = provium.create(); vm:boot(); vm:exec("sleep 120") end)
      test("boots after it", function() provium.create():boot() end)
      test("pure Lua after it", function(t) t:assert(true) end)
    `,
  });
  const run = execa("node", ["--import", "tsx", "src/cli/main.ts", "run", suite, "--json", `${out}/results.json`], { env: { PROVIUM_RUNS_DIR: runsDir }, reject: false, all: true });
  for (let i = 0; i < 400 && processesMentioning(runsDir).filter((pid) => pid !== run.pid).length === 0; i++) await sleep(50);
  run.kill("SIGINT");
  const result = await run;
  assert.equal(result.exitCode, 130, result.all);
  const json = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as { files: { tests: { name: string; status: string; reason?: string; failure?: { message: string } }[] }[] };
  const tests = json.files[0]!.tests;
  assert.deepEqual(tests.map((t) => [t.name, t.status]), [["sleeps", "error"], ["boots after it", "skipped"], ["pure Lua after it", "skipped"]], result.all);
  assert.match(tests[0]!.failure!.message, /interrupted: the run was stopped \(Ctrl-C\)/);
  for (const t of tests.slice(1)) assert.equal(t.reason, "not run: the run was interrupted (Ctrl-C)");
  for (let i = 0; i < 40 && processesMentioning(runsDir).length; i++) await sleep(50);
  assert.deepEqual(processesMentioning(runsDir), []);
});

test("SIGHUP (the terminal hung up) during a run: everything stops at once, exit 129, nothing left", async () => {
  const runsDir = tempDir();
  const suite = tempDir({ "sleeps.test.lua": 'test("sleeps", function() local vm = provium.create(); vm:boot(); vm:exec("sleep 120") end)' });
  const run = execa("node", ["--import", "tsx", "src/cli/main.ts", "run", suite], { env: { PROVIUM_RUNS_DIR: runsDir }, reject: false, all: true });
  for (let i = 0; i < 400 && processesMentioning(runsDir).filter((pid) => pid !== run.pid).length === 0; i++) await sleep(50);
  run.kill("SIGHUP");
  const result = await run;
  assert.equal(result.exitCode, 129, result.all);
  assert.deepEqual(processesMentioning(runsDir), []);
  assert.deepEqual(readdirSync(runsDir), []);
});
