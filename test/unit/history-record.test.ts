// History records and directories (src/history/record.ts, store.ts): what a
// record holds comes back exactly; damage of any kind is a RecordError (the
// run goes on without that record); many runs writing one directory at once
// lose nothing and tear nothing; the newest N runs are kept.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { CODE, resultKey } from "../../src/history/keys.ts";
import { decodeRecord, encodeRecord, RecordError, recordOf, type KeySet } from "../../src/history/record.ts";
import { mergeHistory } from "../../src/history/merge.ts";
import { loadHistory, pruneHistory, RECORD_SUFFIX, writeRecord } from "../../src/history/store.ts";
import { info, recordRun, result } from "../support/history.ts";
import { tempDir } from "../support/temp.ts";

test("a record keeps every result's key, status, change and duration, and the run's info", () => {
  const runInfo = info({ shard: { index: 2, count: 3 } });
  const tests = [
    result("a.test.lua › boots", "passed", { durationMs: 1234.6 }),
    result("a.test.lua › boots › sub › deeper", "failed"),
    result("a.test.lua › x", "skipped", { name: "names › with › separators" }),
    result("ü/ß.test.lua › 🐧 penguin › ✓", "error", { change: { kind: "new-failure", was: "passed" } }),
    result("a.test.lua › flaky", "passed", { attempts: [{ status: "failed", failure: { kind: "failure", message: "x", traceback: "", consoles: [] }, durationMs: 1, logs: [] }] }),
    result("a.test.lua › roll", "failed", { failure: { kind: "failure", message: "2 subtests failed", traceback: "", consoles: [], fromSubtests: true } }),
    result("a.test.lua › known", "xfail"),
    result("a.test.lua › later", "todo"),
  ];
  const record = decodeRecord(encodeRecord(recordOf(tests, runInfo)));
  assert.deepEqual(record.info, runInfo);
  const got = new Map(record.keys.keys.map((key, i) => [key, [record.statuses[i], record.changes[i], record.durations[i]]]));
  assert.deepEqual(got.get(resultKey("a.test.lua", "boots")), [CODE.passed, 0, 1235]);
  assert.deepEqual(got.get(resultKey("a.test.lua", "boots", ["sub", "deeper"])), [CODE.failed, 0, 100]);
  assert.deepEqual(got.get(resultKey("ü/ß.test.lua", "🐧 penguin", ["✓"])), [CODE.error, 1, 100]);
  assert.equal(got.get(resultKey("a.test.lua", "flaky"))![0], CODE.passedOnRetry);
  assert.equal(got.get(resultKey("a.test.lua", "roll"))![0], CODE.rollUp);
  assert.equal(got.get(resultKey("a.test.lua", "known"))![0], CODE.xfail);
  assert.equal(got.get(resultKey("a.test.lua", "later"))![0], CODE.todo);
  assert.equal(got.size, tests.length);
  assert.equal(got.get(resultKey("a.test.lua", "names › with › separators"))![0], CODE.skipped, "a name's own ' › ' is not a path");
});

test("records with the same keys share one decoded key set", () => {
  const tests = [result("a.test.lua › one", "passed"), result("a.test.lua › two", "failed")];
  const cache = new Map<string, KeySet>();
  const first = decodeRecord(encodeRecord(recordOf(tests, info())), cache);
  const second = decodeRecord(encodeRecord(recordOf(tests.map((t) => ({ ...t, status: "passed" as const, failure: undefined })), info())), cache);
  assert.equal(first.keys, second.keys);
  assert.deepEqual([...second.statuses], [CODE.passed, CODE.passed]);
});

test("every kind of damage is a RecordError naming what is wrong", () => {
  const tests = Array.from({ length: 300 }, (_, i) => result(`f${i % 7}.test.lua › t${i}`, i % 5 ? "passed" : "failed", { durationMs: i * 37 }));
  const good = encodeRecord(recordOf(tests, info()));
  const damaged = (bytes: Buffer, why: RegExp) => assert.throws(() => decodeRecord(bytes), (e: Error) => e instanceof RecordError && why.test(e.message), why.source);
  damaged(Buffer.from("{}"), /not a Provium history record/);
  damaged(Buffer.concat([Buffer.from("PVHIST2\n"), good.subarray(8)]), /record format 2; this Provium reads 1/);
  for (const cut of [10, 40, Math.floor(good.length / 2), good.length - 1]) damaged(good.subarray(0, cut), /checksum does not match: it was cut short or changed/);
  damaged(Buffer.concat([good, Buffer.from([0])]), /checksum does not match/);
  // One flipped byte anywhere — a header value, the results, the keys, the checksum itself.
  for (let at = 8; at < good.length; at += 97) {
    const bytes = Buffer.from(good);
    bytes[at] = bytes[at]! ^ 0x01;
    damaged(bytes, /checksum does not match/);
  }
});

test("a damaged record is skipped with a warning naming it; the other runs are used", () => {
  const dir = tempDir();
  recordRun(dir, { "a.test.lua › x": "passed" });
  const bad = recordRun(dir, { "a.test.lua › x": "failed" });
  recordRun(dir, { "a.test.lua › x": "passed" });
  const bytes = readFileSync(bad);
  writeFileSync(bad, bytes.subarray(0, bytes.length - 9));
  const warnings: string[] = [];
  const runs = loadHistory(dir, { warn: (m) => warnings.push(m) });
  assert.equal(runs.length, 2);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, new RegExp(`history record ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is damaged \\(.*\\): skipped, the other runs are used`));
});

test("the newest N runs are kept, a run's shard records together; a dead writer's temporary file goes after an hour", () => {
  const dir = tempDir();
  for (let i = 0; i < 6; i++) recordRun(dir, { "a.test.lua › x": "passed" }, info(), 4);
  const runs = loadHistory(dir, { warn: assert.fail });
  assert.equal(runs.length, 4);
  const shardRun = info();
  recordRun(dir, { "a.test.lua › x": "passed" }, { ...shardRun, shard: { index: 1, count: 2 } }, 4);
  recordRun(dir, { "b.test.lua › y": "failed" }, { ...shardRun, shard: { index: 2, count: 2 } }, 4);
  const after = loadHistory(dir, { warn: assert.fail });
  assert.equal(after.length, 4, "two shard records are one run");
  assert.deepEqual(after.at(-1)!.keys.keys, [resultKey("a.test.lua", "x"), resultKey("b.test.lua", "y")]);
  assert.equal(after.at(-1)!.info.shards, 2);
  assert.equal(readdirSync(dir).filter((f) => f.endsWith(RECORD_SUFFIX)).length, 5);
  const stale = path.join(dir, ".x.record.1.tmp");
  writeFileSync(stale, "half");
  pruneHistory(dir, 4);
  assert.ok(readdirSync(dir).includes(".x.record.1.tmp"), "a fresh temporary file may be a writer at work");
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  utimesSync(stale, twoHoursAgo, twoHoursAgo);
  pruneHistory(dir, 4);
  assert.ok(!readdirSync(dir).includes(".x.record.1.tmp"));
});

test("stress: 8 processes adding 25 runs each to one directory at once, read all the while: nothing lost, nothing torn", async () => {
  const dir = tempDir();
  const writers = Array.from({ length: 8 }, (_, w) =>
    execa("node", ["--import", "tsx", "test/support/history-writer.ts", dir, String(w), "25"], { all: true, reject: false }),
  );
  let reads = 0;
  const warnings: string[] = [];
  const done = Promise.all(writers);
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    loadHistory(dir, { warn: (m) => warnings.push(m) });
    reads++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const w of await done) assert.equal(w.exitCode, 0, w.all);
  assert.deepEqual(warnings, [], "no reader saw half a record");
  const runs = loadHistory(dir, { warn: assert.fail });
  assert.equal(runs.length, 200);
  assert.ok(runs.every((run) => run.keys.keys.length === 2000));
  assert.deepEqual(new Set(runs.map((r) => r.info.id)).size, 200);
  assert.ok(reads > 3, `read ${reads} times while they wrote`);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
});

test("a sharded run's records are one run; once merge-history has put them together in the same directory, the merged record alone", () => {
  const dir = tempDir();
  const run = info();
  recordRun(dir, { "a.test.lua › one": "passed", "a.test.lua › two": "failed" }, { ...run, shard: { index: 1, count: 2 } });
  const second = recordRun(dir, { "b.test.lua › three": "passed" }, { ...run, shard: { index: 2, count: 2 } });
  const loaded = () => loadHistory(dir, { warn: assert.fail });
  const shape = () => loaded().map((r) => ({ id: r.info.id, shards: r.info.shards, missing: r.info.missingShards, keys: r.keys.keys.length, sources: r.sources.length }));
  assert.deepEqual(shape(), [{ id: run.id, shards: 2, missing: undefined, keys: 3, sources: 2 }]);
  mergeHistory({ inputs: [dir], output: path.join(dir, "merged.tmp-out"), keep: 50, warn: assert.fail });
  const merged = decodeRecord(readFileSync(path.join(dir, "merged.tmp-out")));
  writeRecord(dir, merged); // as `merge-history --history` leaves it: shard records and the whole one side by side
  assert.deepEqual(shape(), [{ id: run.id, shards: 2, missing: undefined, keys: 3, sources: 1 }], "the run once, from its merged record");
  rmSync(second);
  assert.deepEqual(shape(), [{ id: run.id, shards: 2, missing: undefined, keys: 3, sources: 1 }], "a shard's record gone changes nothing");
});
