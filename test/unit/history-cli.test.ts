// `provium run --baseline / --history / --fail-on` and `provium
// merge-history` as a user runs them, on test/lua-suites/history (no guest:
// each test passes or fails as a file of outcomes says). What the console,
// the JSON and the JUnit report say about changes, the exit status both ways
// with --fail-on new, flakes over runs of a test that flips, "failing
// since", shards, and what is wrong with bad input.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { JsonReport } from "../../src/report/json.ts";
import { loadHistory } from "../../src/history/store.ts";
import { cli, xmllint } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

const SUITE = "test/lua-suites/history";
const PLAN = `${SUITE}/plan.test.lua`;

/** provium run on the suite with these tests told to fail, as commit `commit`. */
async function run(dir: string, fail: string[], args: string[], commit: string, env: Record<string, string> = {}) {
  const outcomes = path.join(dir, `outcomes-${commit}.txt`);
  writeFileSync(outcomes, fail.map((name) => `${name}=fail`).join("\n"));
  return cli(["run", ...args], { PROVIUM_TEST_OUTCOMES: outcomes, GITHUB_SHA: commit.padEnd(40, "0"), ...env });
}

const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as JsonReport;
const changeOf = (report: JsonReport, name: string) => report.files.flatMap((f) => f.tests).find((t) => t.name === name)?.change;

test("a history: the change leads the summary, new failures first; JSON, JUnit and --fail-on new say it; failing since", async () => {
  const dir = tempDir();
  const history = path.join(dir, "history");
  const first = await run(dir, ["gamma"], [PLAN, "--history", history], "aaaa111");
  assert.equal(first.exitCode, 1, first.all);
  assert.match(first.all!, /^no baseline to compare with\n {2}note: .*history holds no earlier run: nothing to compare with yet$/m);
  assert.match(first.all!, /^history: this run is recorded in .*history\/\d{8}T\d+Z_.*\.record$/m);

  const out = path.join(dir, "second");
  const second = await run(dir, ["alpha", "gamma", "sub_one"], [PLAN, "--history", history, "--fail-on", "new", "--json", `${out}.json`, "--junit", `${out}.xml`], "bbbb222");
  assert.equal(second.exitCode, 1, "new failures fail the run with --fail-on new");
  const summary = second.all!.slice(second.all!.indexOf("Failures:"));
  const order = [...summary.matchAll(/^✗ \S+ › (.+?)(?: — (.*))?$/gm)].map((m) => `${m[1]}: ${m[2]}`);
  assert.deepEqual(order, [
    "alpha: new failure (was passed)",
    "ktap › group › sub_one: new failure (was passed)",
    `gamma: still failing (failing in every run kept, since ${order[2]?.match(/\d{4}-\d\d-\d\d/)?.[0]}, commit aaaa111)`,
  ]);
  assert.match(summary, /^vs baseline \d{4}-\d\d-\d\d aaaa111: 2 new failures, 1 still failing\n\n2 passed, 5 failed, 0 skipped$/m);

  const report = json(`${out}.json`);
  assert.equal(report.baseline?.commit, "aaaa111".padEnd(40, "0"));
  assert.equal(report.run?.commit, "bbbb222".padEnd(40, "0"));
  assert.deepEqual(changeOf(report, "alpha"), { kind: "new-failure", was: "passed" });
  assert.deepEqual(changeOf(report, "beta"), { kind: "same" });
  assert.equal(changeOf(report, "ktap")?.kind, "same", "a roll-up leaves the change to its sub-results");
  assert.deepEqual(changeOf(report, "ktap › group › sub_one"), { kind: "new-failure", was: "passed" });
  assert.equal(changeOf(report, "gamma")?.kind, "still-failing");
  assert.equal((await xmllint(`${out}.xml`)).exitCode, 0, "JUnit with change properties is valid");
  const junit = readFileSync(`${out}.xml`, "utf8");
  assert.match(junit, /<testcase [^>]*name="alpha"[^>]*>\s*<properties>\s*<property name="provium.change" value="new-failure"\/>\s*<property name="provium.change.detail" value="was passed"\/>/);
  assert.match(junit, /<testcase [^>]*name="gamma"[^>]*>\s*<properties>\s*<property name="provium.change" value="still-failing"\/>\s*<property name="provium.change.detail" value="failing in every run kept, since \d{4}-\d\d-\d\d, commit aaaa111"\/>/);

  // The same failures again: nothing new, so --fail-on new passes; still failing since the first run.
  const third = await run(dir, ["alpha", "gamma", "sub_one"], [PLAN, "--history", history, "--fail-on", "new"], "cccc333");
  assert.equal(third.exitCode, 0, third.all);
  assert.match(third.all!, /^vs baseline \S+ bbbb222: 3 still failing$/m);
  assert.match(third.all!, /› alpha — still failing \(failing since \S+, commit bbbb222\)/);
  assert.match(third.all!, /› gamma — still failing \(failing in every run kept, since \S+, commit aaaa111\)/);
  // Without --fail-on new, the same run fails.
  const fourth = await run(dir, ["gamma"], [PLAN, "--history", history], "dddd444");
  assert.equal(fourth.exitCode, 1);
  assert.match(fourth.all!, /^vs baseline \S+ cccc333: 1 still failing, 2 fixed$/m);
  assert.match(fourth.all!, /^ {2}fixed: test\/lua-suites\/history\/plan.test.lua › alpha, test\/lua-suites\/history\/plan.test.lua › ktap › group › sub_one$/m);
});

test("flaky: a test that flips over 5 runs is flaky, not a new failure, and says how often it failed", async () => {
  const dir = tempDir();
  const history = path.join(dir, "history");
  const outcomes = [[], ["beta"], [], [], ["beta"]];
  let last;
  for (const [i, fail] of outcomes.entries()) last = await run(dir, fail, [PLAN, "--history", history, "--fail-on", "new"], `${i}`.repeat(7));
  assert.equal(last!.exitCode, 0, `a flaky failure does not fail --fail-on new\n${last!.all}`);
  assert.match(last!.all!, /› beta — flaky \(failed 2 of the last 5 runs\)/);
  assert.match(last!.all!, /^vs baseline \S+ 3333333: 1 flaky$/m);
});

test("a damaged history record is a warning and the run goes on with the rest; a history that cannot be written is a warning", async () => {
  const dir = tempDir();
  const history = path.join(dir, "history");
  await run(dir, [], [PLAN, "--history", history], "aaaa111");
  await run(dir, [], [PLAN, "--history", history], "bbbb222");
  const newest = readdirSync(history).sort().at(-1)!;
  writeFileSync(path.join(history, newest), "PVHIST1\ngarbage");
  const r = await run(dir, ["beta"], [PLAN, "--history", history], "cccc333");
  assert.match(r.all!, new RegExp(`provium: warning: history record ${history}/${newest} is damaged \\(its checksum does not match: it was cut short or changed\\): skipped, the other runs are used`));
  assert.match(r.all!, /^vs baseline \S+ aaaa111: 1 new failure$/m);
  const blocked = path.join(dir, "a-file");
  writeFileSync(blocked, "");
  const unwritable = await run(dir, [], [PLAN, "--history", path.join(blocked, "history")], "dddd444");
  assert.equal(unwritable.exitCode, 0, "a run never fails because its history could not be saved");
  assert.match(unwritable.all!, /provium: warning: this run could not be recorded in the history .*a-file\/history: /);
});

test("shards each record their part; merge-history puts them together; the next shard compares with the whole run", async () => {
  const dir = tempDir();
  const [one, two, merged] = ["one", "two", "merged"].map((name) => path.join(dir, name)) as [string, string, string];
  const shard = (i: number, history: string, fail: string[], id: string, extra: string[] = []) =>
    run(dir, fail, [SUITE, "--shard", `${i}/2`, "--durations", path.join(dir, "none.json"), "--history", history, ...extra], `${id}abcdef`, { PROVIUM_RUN_ID: id });
  await shard(1, one, ["delta"], "r1");
  await shard(2, two, ["delta"], "r1");
  const bad = await cli(["merge-history", "-o", path.join(dir, "x.record"), one, two, path.join(dir, "nothing")]);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.all!, /merge-history: .*nothing does not exist/);
  const toFile = await cli(["merge-history", "-o", path.join(dir, "r1.record"), one, two]);
  assert.equal(toFile.exitCode, 0, toFile.all);
  const gathered = await cli(["merge-history", "--history", merged, one, two]);
  assert.equal(gathered.exitCode, 0, gathered.all);
  assert.match(gathered.all!, /1 run\(s\) merged from shard records/);
  const runs = loadHistory(merged, { warn: assert.fail });
  assert.equal(runs.length, 1);
  assert.equal(runs[0]!.info.missingShards, undefined);
  assert.equal(runs[0]!.keys.keys.length, 8, "both shards' results");
  // Shard 1 of the next run against the whole of r1 (the merged record, or the two parts it was made of).
  for (const baseline of [["--baseline", path.join(dir, "r1.record")], []]) {
    const next = await shard(1, merged, [], "r2", baseline);
    const files = [...next.all!.matchAll(/^(?:PASS|FAIL) (\S+)/gm)].map((m) => m[1]);
    const fixed = files.includes(`${SUITE}/other.test.lua`) ? "1 fixed" : "nothing changed";
    assert.match(next.all!, new RegExp(`^vs baseline \\S+ r1abcde: ${fixed}$`, "m"), "no result of the other shard is gone");
  }
});

test("bad input: a clear error naming the file or the flag, exit 2", async () => {
  const dir = tempDir({ "notes.txt": "hello" });
  const notResults = await run(dir, [], [PLAN, "--baseline", path.join(dir, "notes.txt")], "aaaa111");
  assert.equal(notResults.exitCode, 2);
  assert.match(notResults.all!, /^provium: baseline .*notes.txt is not Provium results: not JSON .*; give the results.json of an earlier `provium run --json`, a history record, or a history directory \(--history\)$/m);
  for (const [args, why] of [
    [["--fail-on", "new"], /fail-on new needs something to compare with: a baseline \(--baseline FILE\|DIR, or the action's baseline input\) or a history \(--history DIR, or the action's history input\)/],
    [["--fail-on", "some"], /fail-on must be one of any, new, got 'some'/],
    [["--history", dir, "--history-keep", "0"], /history-keep must be at least 1/],
    [["--history-keep", "5"], /history-keep needs history/],
    [["--baseline", path.join(dir, "none.json")], /baseline: .*none.json does not exist/],
  ] as const) {
    const r = await run(dir, [], [PLAN, ...args], "aaaa111");
    assert.equal(r.exitCode, 2, r.all);
    assert.match(r.all!, why);
  }
});
