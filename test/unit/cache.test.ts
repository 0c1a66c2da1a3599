// The content-keyed cache under images, the test kernel and the kselftests:
// directory entries, builds racing for one entry, a build that fails.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { test } from "node:test";
import { cachedEntry, NEWEST_ONLY } from "../../src/host/cache.ts";
import { tempDir } from "../support/temp.ts";

/** A build of a directory entry holding one file; slow enough for two builds to overlap. */
const build = (content: string) => async (out: string) => {
  mkdirSync(out);
  await sleep(50);
  writeFileSync(path.join(out, "file"), content);
};

test("directory entries: a new build keeps only itself and what was used in the last hour", async () => {
  const dir = tempDir();
  for (const [name, minutes] of [["old", 120], ["recent", 5]] as const) {
    await cachedEntry(dir, name, build(name), NEWEST_ONLY);
    const when = new Date(Date.now() - minutes * 60_000);
    utimesSync(path.join(dir, name), when, when);
  }
  const entry = await cachedEntry(dir, "new", build("new"), NEWEST_ONLY);
  assert.equal(readFileSync(path.join(entry, "file"), "utf8"), "new");
  assert.deepEqual(readdirSync(dir).sort(), ["new", "recent"]);
});

test("two builds of one directory entry at once: both get the whole entry, no temp is left", async () => {
  const dir = tempDir();
  const [a, b] = await Promise.all([cachedEntry(dir, "e", build("one"), NEWEST_ONLY), cachedEntry(dir, "e", build("two"), NEWEST_ONLY)]);
  assert.equal(a, b);
  assert.match(readFileSync(path.join(a, "file"), "utf8"), /^(one|two)$/);
  assert.deepEqual(readdirSync(dir), ["e"]);
});

test("two builds of one file entry: the first one in place stays (a run may have booted on it)", async () => {
  const dir = tempDir();
  const file = (content: string, ms: number) => async (out: string) => {
    await sleep(ms);
    writeFileSync(out, content);
  };
  const [a, b] = await Promise.all([cachedEntry(dir, "e.ext4", file("first", 10), NEWEST_ONLY), cachedEntry(dir, "e.ext4", file("second", 200), NEWEST_ONLY)]);
  assert.equal(a, b);
  assert.equal(readFileSync(a, "utf8"), "first");
  assert.deepEqual(readdirSync(dir), ["e.ext4"]);
});

test("a failed build leaves nothing, and the next one is tried afresh", async () => {
  const dir = tempDir();
  const failing = async (out: string) => {
    mkdirSync(out);
    throw new Error("make failed");
  };
  await assert.rejects(cachedEntry(dir, "e", failing, NEWEST_ONLY), /make failed/);
  assert.deepEqual(readdirSync(dir), []);
  await cachedEntry(dir, "e", build("ok"), NEWEST_ONLY);
  assert.deepEqual(readdirSync(dir), ["e"]);
});
