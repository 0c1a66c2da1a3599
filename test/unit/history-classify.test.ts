// Each result's change against the baseline and the history
// (src/history/classify.ts, baseline.ts), from hand-built runs: every
// classification, sub-results and roll-ups, flakes over a window of runs,
// "failing since", gone results in shards and selections, environments, and
// baseline files that cannot be used.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import type { RunInfo, RunResult, TestResult, TestStatus } from "../../src/engine/results.ts";
import { prepareBaseline } from "../../src/history/baseline.ts";
import { compareRun, type CompareScope } from "../../src/history/classify.ts";
import { comparableRelease } from "../../src/history/environment.ts";
import { jsonResults } from "../../src/report/json.ts";
import { ENV, info, recordRun, result, runOf } from "../support/history.ts";
import { tempDir } from "../support/temp.ts";

const FILES = ["a.test.lua", "b.test.lua"];
const everything: CompareScope = { files: new Set(FILES), suiteFiles: new Set(FILES), ownsMissingFiles: true, selected: false };

/** Records the runs (oldest first) in a history, then compares `now` with it. */
function compareWith(history: Record<string, TestStatus>[], now: TestResult[], scope = everything, runInfo = info()) {
  const dir = tempDir();
  for (const statuses of history) recordRun(dir, statuses);
  const run = runOf(now, runInfo);
  const prepared = prepareBaseline({ history: dir, keep: 50, info: runInfo, warn: assert.fail });
  run.comparison = compareRun(run, prepared, scope);
  return { run, change: (name: string) => find(run, name).change, dir };
}

function find(run: RunResult, name: string): TestResult {
  const [file, ...rest] = name.split(" › ");
  const found = run.files.flatMap((f) => f.tests).find((t) => t.file === file && t.name === rest.join(" › "));
  assert.ok(found, name);
  return found;
}

describe("each result's change", () => {
  test("new-failure, fixed, still-failing, new (a failing new one is a new failure), and none", () => {
    const { change } = compareWith(
      [{ "a.test.lua › breaks": "passed", "a.test.lua › was skipped": "skipped", "a.test.lua › mends": "failed", "a.test.lua › stays broken": "error", "a.test.lua › fine": "passed", "a.test.lua › known": "xfail" }],
      [
        result("a.test.lua › breaks", "failed"),
        result("a.test.lua › was skipped", "error"),
        result("a.test.lua › mends", "passed"),
        result("a.test.lua › stays broken", "failed"),
        result("a.test.lua › fine", "passed"),
        result("a.test.lua › known", "passed"),
        result("a.test.lua › added", "passed"),
        result("a.test.lua › added broken", "failed"),
        result("a.test.lua › added skipped", "skipped"),
      ],
    );
    assert.deepEqual(change("a.test.lua › breaks"), { kind: "new-failure", was: "passed" });
    assert.deepEqual(change("a.test.lua › was skipped"), { kind: "new-failure", was: "skipped" });
    assert.deepEqual(change("a.test.lua › mends"), { kind: "fixed", was: "failed" });
    assert.equal(change("a.test.lua › stays broken")?.kind, "still-failing");
    assert.equal(change("a.test.lua › fine"), undefined);
    assert.deepEqual(change("a.test.lua › known"), { kind: "fixed", was: "xfail" });
    assert.deepEqual(change("a.test.lua › added"), { kind: "new" });
    assert.deepEqual(change("a.test.lua › added broken"), { kind: "new-failure" });
    assert.deepEqual(change("a.test.lua › added skipped"), { kind: "new" });
  });

  test("sub-results are keyed by their full path; a roll-up leaves the change to them", () => {
    const rollUp = { failure: { kind: "failure" as const, message: "1 subtest failed", traceback: "", consoles: [], fromSubtests: true } };
    const { change, run } = compareWith(
      [{ "a.test.lua › ktap": "passed", "a.test.lua › ktap › net › tcp": "passed", "a.test.lua › ktap › net › udp": "failed", "a.test.lua › ktap › mm › tcp": "passed" }],
      [
        result("a.test.lua › ktap", "failed", rollUp),
        result("a.test.lua › ktap › net › tcp", "failed"),
        result("a.test.lua › ktap › net › udp", "passed"),
        result("a.test.lua › ktap › mm › tcp", "passed"),
      ],
    );
    assert.equal(change("a.test.lua › ktap"), undefined, "the roll-up is not a new failure of its own");
    assert.deepEqual(change("a.test.lua › ktap › net › tcp"), { kind: "new-failure", was: "passed" });
    assert.deepEqual(change("a.test.lua › ktap › net › udp"), { kind: "fixed", was: "failed" });
    assert.equal(change("a.test.lua › ktap › mm › tcp"), undefined, "same last name, another path");
    assert.equal(JSON.parse(jsonResults(run)).changes["new-failure"], 1);
  });

  test("flaky: flipped twice or more over the history's runs (≥ 4 here), counted in its message; a break, or a break and its fix, is not", () => {
    const flips: TestStatus[] = ["passed", "failed", "passed", "passed", "failed", "passed"];
    const { change } = compareWith(
      flips.map((status, i) => ({
        "a.test.lua › flips": status,
        "a.test.lua › broke once": "passed",
        "a.test.lua › broke, mended, broke": i < 3 ? "failed" : "passed",
        "a.test.lua › broke, mended": i < 3 ? "passed" : "failed",
      })),
      [result("a.test.lua › flips", "failed"), result("a.test.lua › broke once", "failed"), result("a.test.lua › broke, mended, broke", "failed"), result("a.test.lua › broke, mended", "passed")],
    );
    assert.deepEqual(change("a.test.lua › flips"), { kind: "flaky", was: "passed", failedRuns: 3, runs: 7 });
    assert.deepEqual(change("a.test.lua › broke once"), { kind: "new-failure", was: "passed" });
    assert.deepEqual(change("a.test.lua › broke, mended, broke"), { kind: "new-failure", was: "passed" }, "one flip before this run");
    assert.deepEqual(change("a.test.lua › broke, mended"), { kind: "fixed", was: "failed" });
  });

  test("a flaky test that passes now is flaky, not fixed; one that passed on a retry is flaky", () => {
    const retried = { attempts: [{ status: "failed" as const, failure: { kind: "failure" as const, message: "timing", traceback: "", consoles: [] }, durationMs: 5, logs: [] }] };
    const { change } = compareWith(
      [{ "a.test.lua › x": "passed" }, { "a.test.lua › x": "failed" }, { "a.test.lua › x": "passed" }, { "a.test.lua › x": "failed" }],
      [result("a.test.lua › x", "passed"), result("a.test.lua › retried", "passed", retried)],
    );
    assert.equal(change("a.test.lua › x")?.kind, "flaky");
    assert.equal(change("a.test.lua › retried")?.kind, "flaky");
  });

  test("failing since: the first run of the failing streak, through runs where it did not run; 'or earlier' when the window starts failing", () => {
    const runs: Record<string, TestStatus>[] = [
      { "a.test.lua › s": "passed", "a.test.lua › old": "failed" },
      { "a.test.lua › s": "failed", "a.test.lua › old": "failed" },
      { "a.test.lua › old": "failed" },
      { "a.test.lua › s": "skipped", "a.test.lua › old": "failed" },
      { "a.test.lua › s": "failed", "a.test.lua › old": "failed" },
    ];
    const { change, dir } = compareWith(runs, [result("a.test.lua › s", "failed"), result("a.test.lua › old", "failed")]);
    const history = prepareBaseline({ history: dir, keep: 50, info: info(), warn: assert.fail }).window;
    const since = change("a.test.lua › s")!.since!;
    assert.equal(since.time, history[1]!.info.time);
    assert.equal(since.commit, history[1]!.info.commit);
    assert.equal(since.beforeWindow, undefined);
    assert.deepEqual(change("a.test.lua › old")!.since, { time: history[0]!.info.time, commit: history[0]!.info.commit, beforeWindow: true });
  });
});

describe("gone results", () => {
  const baseline = { "a.test.lua › stays": "passed" as const, "a.test.lua › removed": "failed" as const, "b.test.lua › other shard": "passed" as const, "deleted.test.lua › x": "passed" as const };

  test("the whole suite: a result the baseline had and this run lacks, with its status there", () => {
    const { run } = compareWith([baseline], [result("a.test.lua › stays", "passed"), result("b.test.lua › other shard", "passed")]);
    assert.deepEqual(run.comparison!.gone, [
      { file: "a.test.lua", name: "removed", status: "failed" },
      { file: "deleted.test.lua", name: "x", status: "passed" },
    ]);
  });

  test("a shard lists only its files' results; a deleted file's in shard 1 alone; a selection lists none", () => {
    const now = [result("a.test.lua › stays", "passed")];
    const shard = (ownsMissingFiles: boolean): CompareScope => ({ files: new Set(["a.test.lua"]), suiteFiles: new Set(FILES), ownsMissingFiles, selected: false });
    assert.deepEqual(compareWith([baseline], now, shard(true)).run.comparison!.gone.map((g) => g.file), ["a.test.lua", "deleted.test.lua"]);
    assert.deepEqual(compareWith([baseline], now, shard(false)).run.comparison!.gone.map((g) => g.file), ["a.test.lua"]);
    const selected = compareWith([baseline], now, { ...everything, selected: true }).run.comparison!;
    assert.deepEqual(selected.gone, []);
    assert.match(selected.notes.join("\n"), /tests were selected \(--filter, --tag\): results not run are not listed as gone/);
  });
});

describe("baselines", () => {
  test("only runs of this environment count: another kernel's history is said so and nothing is compared", () => {
    const dir = tempDir();
    recordRun(dir, { "a.test.lua › x": "passed" }, info({ kernel: { release: "6.8.0-1-amd64" } }));
    const prepared = prepareBaseline({ history: dir, keep: 50, info: info(), warn: assert.fail });
    assert.equal(prepared.baseline, undefined);
    assert.match(prepared.notes[0]!, /holds 1 earlier run\(s\), none of this environment \(profile minimal, kernel 6\.1\.0-18-cloud-amd64, x86_64; its newest: profile minimal, kernel 6\.8\.0-1-amd64, x86_64\): nothing compared/);
    const run = runOf([result("a.test.lua › x", "failed")], info());
    run.comparison = compareRun(run, prepared, everything);
    assert.equal(find(run, "a.test.lua › x").change, undefined);
  });

  test("a kernel tree's commit in its release (CONFIG_LOCALVERSION_AUTO) does not make another environment", () => {
    assert.equal(comparableRelease("6.9.0-rc3-00123-gabcdef123456"), "6.9.0-rc3");
    assert.equal(comparableRelease("6.9.0-rc3-00123-gabcdef123456-dirty"), "6.9.0-rc3");
    assert.equal(comparableRelease("6.9.0+"), "6.9.0");
    assert.equal(comparableRelease("6.1.0-18-cloud-amd64"), "6.1.0-18-cloud-amd64");
  });

  test("the newest complete run is the baseline: an incomplete sharded run, or a selection, is passed over and said so", () => {
    const dir = tempDir();
    recordRun(dir, { "a.test.lua › x": "failed" });
    const partial = info();
    recordRun(dir, { "a.test.lua › x": "passed" }, { ...partial, shard: { index: 1, count: 2 } });
    const prepared = prepareBaseline({ history: dir, keep: 50, info: info(), warn: assert.fail });
    assert.equal(prepared.baseline!.statuses[0], "f".charCodeAt(0));
    assert.match(prepared.notes[0]!, /the newest earlier run \(2026-\d\d-\d\d \w{7}\) lacks shard\(s\) 2: compared with 2026-/);
    assert.equal(prepared.window.length, 2, "its results still count for flakes");
  });

  test("the other shards of this very run are not earlier runs", () => {
    const dir = tempDir();
    recordRun(dir, { "a.test.lua › x": "failed" });
    const now = info({ shard: { index: 2, count: 2 } });
    recordRun(dir, { "a.test.lua › x": "passed" }, { ...now, shard: { index: 1, count: 2 } });
    const prepared = prepareBaseline({ history: dir, keep: 50, info: now, warn: assert.fail });
    assert.equal(prepared.window.length, 1);
  });

  test("--baseline FILE: JSON results of an earlier run; old ones without an environment are compared, and said so", () => {
    const dir = tempDir();
    const earlier = runOf([result("a.test.lua › x", "passed"), result("a.test.lua › y", "failed")], info());
    writeFileSync(path.join(dir, "now.json"), jsonResults(earlier));
    const prepared = prepareBaseline({ baseline: path.join(dir, "now.json"), keep: 50, info: info(), warn: assert.fail });
    assert.equal(prepared.baseline!.keys.keys.length, 2);
    assert.deepEqual(prepared.notes, []);
    const old = JSON.parse(jsonResults(earlier)) as { run?: RunInfo };
    delete old.run;
    writeFileSync(path.join(dir, "old.json"), JSON.stringify(old));
    const fromOld = prepareBaseline({ baseline: path.join(dir, "old.json"), keep: 50, info: info(), warn: assert.fail });
    assert.ok(fromOld.baseline);
    assert.match(fromOld.notes[0]!, /does not say its environment \(written by an older Provium\): compared as if it were this run's/);
    const other = runOf([result("a.test.lua › x", "passed")], info({ arch: "arm64" }));
    writeFileSync(path.join(dir, "arm.json"), jsonResults(other));
    const fromArm = prepareBaseline({ baseline: path.join(dir, "arm.json"), keep: 50, info: info(), warn: assert.fail });
    assert.equal(fromArm.baseline, undefined);
    assert.match(fromArm.notes[0]!, /is of another environment \(profile minimal, kernel 6\.1\.0-18-cloud-amd64, arm64; this run: .*x86_64\): nothing compared/);
  });

  test("a baseline file that is not Provium results, or of a format this Provium does not read, is a clear error naming it", () => {
    const dir = tempDir({ "notes.txt": "hello", "other.json": '{"tests": []}', "v9.json": '{"version": 9, "files": []}', "bad-test.json": '{"version": 1, "files": [{"tests": [{"name": "x"}]}]}', "record.record": "PVHIST1\nxx" });
    const fails = (name: string, why: RegExp) => assert.throws(() => prepareBaseline({ baseline: path.join(dir, name), keep: 50, info: info(), warn: assert.fail }), why);
    fails("notes.txt", new RegExp(`baseline ${dir}/notes.txt is not Provium results: not JSON .*; give the results.json of an earlier \`provium run --json\``));
    fails("other.json", /other.json is not Provium results \(no "version" and "files"\)/);
    fails("v9.json", /v9.json is Provium results of format version 9; this Provium reads version 1/);
    fails("bad-test.json", /bad-test.json is not Provium results: test 1 lacks a file, a name or a known status/);
    fails("record.record", /record.record is a history record that cannot be read: its checksum does not match/);
    fails("missing.json", /missing.json does not exist/);
  });

  test("the JSON results say the run, the baseline, the counts, the gone results and every result's change", () => {
    const { run } = compareWith([{ "a.test.lua › x": "passed", "a.test.lua › gone": "passed" }], [result("a.test.lua › x", "failed"), result("a.test.lua › y", "passed")]);
    const json = JSON.parse(jsonResults(run));
    assert.equal(json.version, 1);
    assert.deepEqual(Object.keys(json.run).sort(), ["arch", "commit", "id", "kernel", "profile", "time"]);
    assert.equal(json.baseline.kernel.release, ENV.kernel.release);
    assert.match(json.baseline.source, /provium-test-/);
    assert.deepEqual(json.changes, { "new-failure": 1, fixed: 0, "still-failing": 0, new: 1, flaky: 0, gone: 1, notes: [] });
    assert.deepEqual(json.gone, [{ file: "a.test.lua", name: "gone", status: "passed" }]);
    assert.deepEqual(json.files[0].tests.map((t: { change: { kind: string } }) => t.change.kind), ["new-failure", "new"]);
  });
});
