// The action's history in the Actions cache (src/action/history-cache.ts)
// through the real @actions/cache client, against a FAKE of GitHub's cache
// service (test/support/fake-actions-cache.ts: the real one exists only
// inside GitHub). Which keys a run saves and restores: a push or a schedule
// its own branch's newest, a pull request its base branch's (and it saves
// nothing), a sharded run every shard of the run before it.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import * as cache from "@actions/cache";
import { historyCachePlan, historyDir, restoreHistory, saveHistory, type CacheService } from "../../src/action/history-cache.ts";
import { loadHistory } from "../../src/history/store.ts";
import { FakeActionsCache } from "../support/fake-actions-cache.ts";
import { info, recordRun } from "../support/history.ts";
import { tempDir } from "../support/temp.ts";

const fake = new FakeActionsCache();
const workspace = tempDir();
const push = { GITHUB_EVENT_NAME: "push", GITHUB_REF_NAME: "main" };
const schedule = { GITHUB_EVENT_NAME: "schedule", GITHUB_REF_NAME: "main" };
const pullRequest = { GITHUB_EVENT_NAME: "pull_request", GITHUB_REF_NAME: "42/merge", GITHUB_BASE_REF: "main" };

// Made at the top level: a tempDir() of the before() hook is removed when the hook ends, and
// @actions/cache then made it again for its archives, which nothing removed.
const runnerTemp = tempDir();

before(async () => Object.assign(process.env, await fake.start(), { RUNNER_TEMP: runnerTemp }));
after(() => fake.close());

type Statuses = Record<string, "passed" | "failed">;

/** A job of a workflow run in a workspace of its own: the history restored; then finish() records a run and saves the history. */
async function start(env: Record<string, string>, id: string, shard?: { index: number; count: number }) {
  const plan = historyCachePlan("nightly", env, id, shard);
  const own = path.join(workspace, `${id}-${shard?.index ?? 0}`);
  mkdirSync(own, { recursive: true });
  const enter = () => {
    process.chdir(own); // as the action does: @actions/cache resolves the history's path against both
    process.env.GITHUB_WORKSPACE = own;
  };
  enter();
  const dir = path.resolve(plan.dir);
  const restored = await restoreHistory(cache, plan, dir);
  const history = loadHistory(dir, { warn: assert.fail });
  const finish = async (statuses: Statuses) => {
    enter();
    mkdirSync(dir, { recursive: true });
    recordRun(dir, statuses, info({ id, ...(shard ? { shard } : {}) }));
    return saveHistory(cache, plan);
  };
  return { plan, restored, history, finish };
}

async function job(env: Record<string, string>, id: string, statuses: Statuses) {
  const started = await start(env, id);
  return { ...started, saved: await started.finish(statuses) };
}

test("a push saves under its own key; the next run of its branch restores it; a pull request restores its base branch's and saves nothing", async () => {
  const first = await job(push, "101.1", { "a.test.lua › x": "passed" });
  assert.equal(first.restored, "no history from the branch main yet: nothing to compare with (this run starts it)");
  assert.equal(first.saved, "saved as provium-history-nightly-main-101.1");
  assert.equal(first.plan.dir, ".provium-history/nightly");

  const nightly = await job(schedule, "102.1", { "a.test.lua › x": "failed" });
  assert.equal(nightly.restored, "restored from the branch main: provium-history-nightly-main-101.1");
  assert.deepEqual(nightly.history.map((r) => r.info.id), ["101.1"]);

  const pr = await job(pullRequest, "103.1", { "a.test.lua › x": "passed" });
  assert.equal(pr.restored, "restored from the base branch main: provium-history-nightly-main-102.1");
  assert.deepEqual(pr.history.map((r) => r.info.id), ["101.1", "102.1"]);
  assert.equal(pr.saved, "a pull request's run is not saved: the base branch's history stays as it was");
  assert.deepEqual(fake.keys(), ["provium-history-nightly-main-101.1", "provium-history-nightly-main-102.1"]);

  const other = await job({ GITHUB_EVENT_NAME: "push", GITHUB_REF_NAME: "dev" }, "104.1", { "a.test.lua › x": "passed" });
  assert.match(other.restored, /^no history from the branch dev yet/, "another branch's history is not this one's");
});

test("a sharded run: each shard saves its copy; the next run restores the newest and the run's other shards by their exact keys", async () => {
  // The shards run at once: each restores before either saves.
  const shards = [await start(push, "201.1", { index: 1, count: 2 }), await start(push, "201.1", { index: 2, count: 2 })];
  for (const [i, shard] of shards.entries()) await shard.finish({ [`s${i + 1}.test.lua › x`]: "passed" });
  assert.ok(fake.keys().includes("provium-history-nightly-main-201.1-shard-1-of-2-"));
  const next = await start(push, "202.1", { index: 1, count: 2 });
  assert.equal(next.restored, "restored from the branch main: provium-history-nightly-main-201.1-shard-2-of-2-, provium-history-nightly-main-201.1-shard-1-of-2-");
  const whole = next.history.at(-1)!;
  assert.equal(whole.info.id, "201.1");
  assert.equal(whole.info.missingShards, undefined, "both shards' records");
  assert.equal(whole.info.shards, 2);
  assert.ok(fake.calls.includes("GetCacheEntryDownloadURL provium-history-nightly-main-201.1-shard-1-of-2-"));
});

test("a cache that fails is a notice on restore and a warning on save, never a failed step", async () => {
  // A stand-in that throws, as a broken cache service would make @actions/cache do.
  const broken: CacheService = {
    restoreCache: () => Promise.reject(new Error("cache service down")),
    saveCache: () => Promise.reject(new Error("cache service down")),
  };
  const plan = historyCachePlan("nightly", push, "301.1");
  assert.equal(await restoreHistory(broken, plan, path.resolve(plan.dir)), "not restored");
  assert.equal(await saveHistory(broken, plan), "not saved");
  assert.throws(() => historyDir("no spaces"), /history must be a name of letters, digits, '\.', '_' and '-' \(at most 64\), got 'no spaces'/);
});
