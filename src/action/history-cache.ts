// The action's `history` input: the history directory kept in GitHub's
// Actions cache, with no server of our own. Each run saves it under a key of
// its own (caches are immutable), and the next restores the newest by
// prefix: a pull request its base branch's (it saves nothing: its runs are
// not the base's history), any other run its own branch's. A sharded run's
// shards each save their copy; the next run restores the newest, reads which
// run it holds a part of, and restores that run's other shards by their
// exact keys, so every shard sees the whole run.
import * as core from "@actions/core";
import { loadHistory } from "../history/store.ts";
import { mustBe } from "../util/checks.ts";
import { ProviumError } from "../util/errors.ts";

/** The cache service as the action uses it: @actions/cache, or a stand-in in tests. */
export interface CacheService {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface HistoryCachePlan {
  /** Relative to the workspace: the cache's paths must be the same string at save and restore. */
  dir: string;
  /** The newest cache whose key starts with this is restored. */
  restorePrefix: string;
  /** This run's key; absent: nothing is saved (a pull request). */
  saveKey?: string;
  /** Where the restore comes from, for the log. */
  from: string;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The directory of a history name, relative to the workspace. */
export function historyDir(name: string): string {
  if (!NAME.test(name)) throw new ProviumError(mustBe("history", "a name of letters, digits, '.', '_' and '-' (at most 64)", name));
  return `.provium-history/${name}`;
}

/** Cache keys take no commas, and the run id goes in them as the records name it. */
const keyPart = (text: string) => text.replace(/[^A-Za-z0-9._/-]/g, "-");
const shardSuffix = (index: number, count: number) => `-shard-${index}-of-${count}-`; // ends in '-': 1-of-4- is no prefix of 1-of-40-

/** The keys of a run: env is the workflow's (GITHUB_EVENT_NAME, GITHUB_REF_NAME, GITHUB_BASE_REF, GITHUB_RUN_ID…). */
export function historyCachePlan(name: string, env: NodeJS.ProcessEnv, runId: string, shard?: { index: number; count: number }): HistoryCachePlan {
  const pullRequest = env.GITHUB_EVENT_NAME === "pull_request" || env.GITHUB_EVENT_NAME === "pull_request_target";
  const branch = (pullRequest ? env.GITHUB_BASE_REF : env.GITHUB_REF_NAME) || "local";
  const restorePrefix = `provium-history-${name}-${keyPart(branch)}-`;
  const saveKey = pullRequest ? undefined : `${restorePrefix}${keyPart(runId)}${shard ? shardSuffix(shard.index, shard.count) : ""}`;
  return { dir: historyDir(name), restorePrefix, saveKey, from: pullRequest ? `the base branch ${branch}` : `the branch ${branch}` };
}

/** Restores the newest history, then the other shards' parts of the run it holds a part of. Never throws: a history that cannot be restored is a notice. */
export async function restoreHistory(cache: CacheService, plan: HistoryCachePlan, absoluteDir: string): Promise<string> {
  try {
    const hit = await cache.restoreCache([plan.dir], plan.saveKey ?? `${plan.restorePrefix}none`, [plan.restorePrefix]);
    if (!hit) return `no history from ${plan.from} yet: nothing to compare with (this run starts it)`;
    const restored = [hit];
    const newest = loadHistory(absoluteDir, { limit: 1, warn: () => {} }).at(-1);
    for (const index of newest?.info.missingShards ?? []) {
      const key = `${plan.restorePrefix}${keyPart(newest!.info.id)}${shardSuffix(index, newest!.info.shards!)}`;
      const sibling = await cache.restoreCache([plan.dir], key);
      if (sibling) restored.push(sibling);
    }
    return `restored from ${plan.from}: ${restored.join(", ")}`;
  } catch (error) {
    core.notice(`Provium: the test history could not be restored (${(error as Error).message}); the run is not compared with earlier ones`);
    return "not restored";
  }
}

/** Saves the history directory under this run's key. Never throws: a history that cannot be saved is a warning. */
export async function saveHistory(cache: CacheService, plan: HistoryCachePlan): Promise<string> {
  if (!plan.saveKey) return "a pull request's run is not saved: the base branch's history stays as it was";
  try {
    await cache.saveCache([plan.dir], plan.saveKey);
    return `saved as ${plan.saveKey}`;
  } catch (error) {
    core.warning(`Provium: the test history could not be saved (${(error as Error).message}); this run is missing from the next run's history`);
    return "not saved";
  }
}
