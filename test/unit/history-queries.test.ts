// What `provium bisect` (issue 20) asks of a history (src/history/queries.ts):
// the newest run in which given tests (or a selection) passed, and the commit of each run —
// from records written as provium run writes them, with another environment,
// a damaged record and a sharded run among them.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { TestResult } from "../../src/engine/results.ts";
import { newestPassingRun, newestPassingSelection, runCommits, type Environment } from "../../src/history/queries.ts";
import { recordOf } from "../../src/history/record.ts";
import { appendRecord } from "../../src/history/store.ts";
import { ENV, info, recordRun, result } from "../support/history.ts";
import { tempDir } from "../support/temp.ts";

const OTHER_KERNEL = { ...ENV, kernel: { release: "6.12.0-1-amd64" } };
const retried = (name: string): TestResult => ({ ...result(name, "passed"), attempts: [{ status: "failed", durationMs: 5 }] as TestResult["attempts"] });

/** Six runs, oldest first; returns the directory and each run's info. */
function history() {
  const dir = tempDir();
  const runs = [
    info({ commit: "1".repeat(40) }),
    info({ commit: "2".repeat(40) }),
    info({ commit: "3".repeat(40), ...OTHER_KERNEL }),
    info({ commit: "4".repeat(40) }),
    info({ commit: "5".repeat(40) }),
    info({ commit: "6".repeat(40) }),
  ];
  // 1: everything passes
  recordRun(dir, { "a.test.lua › net": "passed", "a.test.lua › net › udp": "passed", "b.test.lua › mm": "passed" }, runs[0]);
  // 2: mm passes on a retry; net passes, its sub-result udp too
  appendRecord(dir, recordOf([result("a.test.lua › net", "passed"), result("a.test.lua › net › udp", "passed"), retried("b.test.lua › mm")], runs[1]!));
  // 3: another kernel, everything passes: never the answer for ENV
  recordRun(dir, { "a.test.lua › net": "passed", "a.test.lua › net › udp": "passed", "b.test.lua › mm": "passed" }, runs[2]);
  // 4: sharded: net in shard 1 passes, mm in shard 2 passes — one run
  appendRecord(dir, recordOf([result("a.test.lua › net", "passed"), result("a.test.lua › net › udp", "passed")], { ...runs[3]!, shard: { index: 1, count: 2 } }));
  appendRecord(dir, recordOf([result("b.test.lua › mm", "passed")], { ...runs[3]!, shard: { index: 2, count: 2 } }));
  // 5: udp fails (net rolls up), mm is skipped
  recordRun(dir, { "a.test.lua › net": "failed", "a.test.lua › net › udp": "failed", "b.test.lua › mm": "skipped" }, runs[4]);
  // 6: damaged on disk
  const damaged = recordRun(dir, { "a.test.lua › net": "passed", "a.test.lua › net › udp": "passed", "b.test.lua › mm": "passed" }, runs[5]);
  const bytes = readFileSync(damaged);
  writeFileSync(damaged, bytes.subarray(0, bytes.length - 7));
  return { dir, runs, damaged };
}

test("runCommits: the runs of an environment oldest first, with commit and kernel; a sharded run once; a damaged record skipped with a warning", () => {
  const { dir, runs, damaged } = history();
  const warnings: string[] = [];
  const commits = runCommits(dir, ENV, (m) => warnings.push(m));
  assert.deepEqual(
    commits.map((c) => c.commit?.[0]),
    ["1", "2", "4", "5"],
  );
  assert.deepEqual(commits[0], { id: runs[0]!.id, time: runs[0]!.time, commit: "1".repeat(40), kernel: ENV.kernel });
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0]!.includes(path.basename(damaged)), warnings[0]);
  assert.deepEqual(runCommits(dir, undefined).map((c) => c.commit?.[0]), ["1", "2", "3", "4", "5"], "no environment: every run");
  assert.deepEqual(runCommits(path.join(dir, "none"), ENV), [], "no directory: no runs");
});

test("newestPassingRun: the newest run where all the named results passed; a pass on a retry counts, a skip or an absence does not", () => {
  const { dir } = history();
  const quiet = () => {};
  const newest = (names: { file: string; test: string; path?: string[] }[], environment: Environment | undefined = ENV) => newestPassingRun(dir, environment, names, quiet)?.commit?.[0];
  assert.equal(newest([{ file: "a.test.lua", test: "net" }]), "4", "the sharded run 4 had net in its first shard");
  assert.equal(newest([{ file: "a.test.lua", test: "net", path: ["udp"] }]), "4", "a sub-result by its path");
  assert.equal(newest([{ file: "b.test.lua", test: "mm" }]), "4", "skipped in 5: not a pass");
  assert.equal(newest([{ file: "a.test.lua", test: "net" }, { file: "b.test.lua", test: "mm" }]), "4", "both parts of the sharded run together");
  assert.equal(newest([{ file: "a.test.lua", test: "net" }], undefined), "4", "the other kernel's run 3 is older anyway");
  assert.equal(newest([{ file: "a.test.lua", test: "net" }], OTHER_KERNEL), "3", "only the other kernel's runs");
  assert.equal(newest([{ file: "a.test.lua", test: "net" }, { file: "c.test.lua", test: "never run" }]), undefined, "a result no run has");
  assert.equal(newest([{ file: "a.test.lua", test: "net", path: ["tcp"] }]), undefined);

  // without run 4, mm's newest pass is run 2's, on a retry
  const dir2 = tempDir();
  recordRun(dir2, { "b.test.lua › mm": "passed" }, info({ commit: "7".repeat(40) }));
  appendRecord(dir2, recordOf([retried("b.test.lua › mm")], info({ commit: "8".repeat(40) })));
  recordRun(dir2, { "b.test.lua › mm": "error" }, info({ commit: "9".repeat(40) }));
  assert.equal(newestPassingRun(dir2, ENV, [{ file: "b.test.lua", test: "mm" }])?.commit, "8".repeat(40));
});

test("newestPassingSelection: the newest run in which what a selection picks ran and none of it failed; skips and known failures are no failure", () => {
  const { dir } = history();
  const quiet = () => {};
  const newest = (select: Parameters<typeof newestPassingSelection>[2], environment: Environment | undefined = ENV) => newestPassingSelection(dir, environment, select, quiet)?.commit?.[0];
  assert.equal(newest((r) => r.file === "a.test.lua"), "4", "net's udp failed in 5 (and net rolled up)");
  assert.equal(newest((r) => r.file === "b.test.lua"), "4", "mm only skipped in 5: nothing ran");
  assert.equal(newest((r) => r.test === "net" && r.path.length === 0), "4", "the roll-up of 5 is a failure");
  assert.equal(newest(() => true, OTHER_KERNEL), "3");
  assert.equal(newest((r) => r.file === "c.test.lua"), undefined, "nothing picked: no run passed it");

  const dir2 = tempDir();
  recordRun(dir2, { "k.test.lua › kunit › suite_a": "passed", "k.test.lua › kunit › suite_b": "failed" }, info({ commit: "7".repeat(40) }));
  appendRecord(dir2, recordOf([result("k.test.lua › kunit › suite_a", "passed"), result("k.test.lua › kunit › suite_b", "xfail"), result("k.test.lua › kunit › suite_c", "skipped")], info({ commit: "8".repeat(40) })));
  recordRun(dir2, { "k.test.lua › kunit › suite_a": "error", "k.test.lua › kunit › suite_b": "passed" }, info({ commit: "9".repeat(40) }));
  assert.equal(newestPassingSelection(dir2, ENV, (r) => r.file === "k.test.lua")?.commit, "8".repeat(40), "a known failure and a skip beside a pass");
  assert.equal(newestPassingSelection(dir2, ENV, (r) => r.path[0] === "suite_b")?.commit, "9".repeat(40));
});
