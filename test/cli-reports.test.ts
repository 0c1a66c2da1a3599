// provium run's reports as CI tools read them: JUnit, JSON, artifacts,
// GitHub annotations and summary; shards and their merge; Ctrl-C.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { processesMentioning } from "./support/processes.ts";
import { tempDir } from "./support/temp.ts";

const cli = (args: string[], env: Record<string, string> = {}) =>
  execa("node", ["--import", "tsx", "src/cli/main.ts", ...args], { reject: false, env, all: true });
const xmllint = (file: string) => execa("xmllint", ["--noout", "--schema", "test/schema/junit.xsd", file], { reject: false });

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
  assert.match(readFileSync(path.join(out, "artifacts", logs[0]!), "utf8"), /Linux version/);
  assert.ok(existsSync(`${out}/artifacts/junit.xml`) && existsSync(`${out}/artifacts/results.json`));

  const markdown = readFileSync(summary, "utf8");
  assert.match(markdown, /1 passed, 2 failed, 0 skipped/);
  assert.match(markdown, /\| examples\/failing\/failing.test.lua \| 1 \| 2 \| 0 \|/);
});

test("shards run each file once and their JUnit files merge into one valid report", async () => {
  const out = tempDir();
  const shards = await Promise.all(
    [1, 2].map((i) => cli(["run", "test/lua-suites/syntax", "--shard", `${i}/2`, "--junit", `${out}/shard-${i}.xml`, "--durations", `${out}/none.json`])),
  );
  const ran = shards.map((s) => [...s.all!.matchAll(/^(?:PASS|FAIL) (\S+)/gm)].map((m) => m[1]));
  assert.deepEqual(ran.flat().sort(), ["test/lua-suites/syntax/broken.test.lua", "test/lua-suites/syntax/fine.test.lua"]);
  assert.ok(ran.every((files) => files.length === 1), "one file per shard");
  const merged = await cli(["merge-junit", "-o", `${out}/merged.xml`, `${out}/shard-1.xml`, `${out}/shard-2.xml`]);
  assert.equal(merged.exitCode, 0, merged.all);
  assert.equal((await xmllint(`${out}/merged.xml`)).exitCode, 0);
  assert.match(readFileSync(`${out}/merged.xml`, "utf8"), /<testsuites [^>]*tests="2"[^>]*errors="1"/);
  const broken = await cli(["merge-junit", "-o", `${out}/x.xml`, `${out}/shard-1.xml`, "package.json"]);
  assert.equal(broken.exitCode, 2);
  assert.match(broken.all!, /merge-junit: JUnit input 2 is broken/);
  assert.equal((await cli(["run", "test/lua-suites/syntax", "--shard", "3/2"])).exitCode, 2);
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

test("on a terminal a live progress line is drawn and cleared; piped output has none", async () => {
  const command = "node --import tsx src/cli/main.ts run test/lua-suites/engine/no-vm.test.lua";
  // script(1) runs the CLI on a pseudo-terminal, as a developer's shell would.
  const tty = await execa("script", ["-qec", command, "/dev/null"], { reject: false, env: { CI: "" } });
  assert.equal(tty.exitCode, 1, tty.stdout);
  assert.match(tty.stdout, /^ {2}0\/1 files · 1 running · [\d.]+ m?s\r\x1b\[K/, "the line while the file runs, cleared before the next");
  assert.match(tty.stdout, / {2}1\/1 files · 0 running · \x1b\[31m3 failed\x1b\[0m · [\d.]+ m?s\r\x1b\[K/, "failures so far");
  const report = tty.stdout.slice(tty.stdout.indexOf("Failures:"));
  assert.match(report, /4 passed, 3 failed, 0 skipped/);
  assert.doesNotMatch(report, /files · /, "the final report is not interleaved with the line");
  const piped = await cli(["run", "test/lua-suites/engine/no-vm.test.lua"], { CI: "" });
  assert.doesNotMatch(piped.all!, /\x1b\[K|files · /);
});
