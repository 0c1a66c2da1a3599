// Records into runs: a sharded run's shards each write a record of their
// own; read together, the parts of one run (same run id, environment and
// shard count) are one run. A run whose merged record exists is read from
// that record alone.
import type { RunInfo } from "../engine/results.ts";
import { environmentKey } from "./environment.ts";
import type { KeySet, RunRecord } from "./record.ts";

export interface HistoryRun extends RunRecord {
  /** The record files (or results file) it was read from. */
  sources: string[];
}

/** Runs are told apart by id and environment: one workflow run may test several kernels. */
const runKey = (info: RunInfo) => `${info.id}|${environmentKey(info)}`;

/**
 * The parts of one run as one: keys, statuses, changes and durations one
 * after the other (shards split by file, so no key is in two). The run's
 * time is its first shard's.
 */
export function mergeParts(parts: { record: RunRecord; source: string }[], keyCache = new Map<string, KeySet>()): HistoryRun {
  const byShard = new Map<number, { record: RunRecord; source: string }>();
  for (const part of parts) if (!byShard.has(part.record.info.shard?.index ?? 0)) byShard.set(part.record.info.shard?.index ?? 0, part);
  const chosen = [...byShard.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
  const records = chosen.map((p) => p.record);
  const first = records[0]!;
  const count = first.info.shard?.count ?? 1;
  const digest = records.map((r) => r.keys.digest).join("+");
  let keys = keyCache.get(digest);
  if (!keys) {
    keys = { keys: records.flatMap((r) => r.keys.keys), digest };
    keyCache.set(digest, keys);
  }
  const concat = <T extends Uint8Array | Uint32Array>(make: new (n: number) => T, pick: (r: RunRecord) => T): T => {
    const out = new make(keys.keys.length);
    let at = 0;
    for (const r of records) {
      out.set(pick(r) as never, at);
      at += pick(r).length;
    }
    return out;
  };
  const time = records.map((r) => r.info.time).sort()[0]!;
  const present = new Set(records.map((r) => r.info.shard?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  const { shard: _shard, ...info } = first.info;
  const missingShards = first.info.shard && missing.length ? missing : undefined;
  return {
    info: { ...info, time, ...(first.info.shard ? { shards: count } : {}), ...(missingShards ? { missingShards } : {}) },
    keys,
    statuses: concat(Uint8Array, (r) => r.statuses),
    changes: concat(Uint8Array, (r) => r.changes),
    durations: concat(Uint32Array, (r) => r.durations),
    sources: chosen.map((p) => p.source),
  };
}

/** Records (any order) as runs, oldest first. */
export function groupRuns(records: { record: RunRecord; source: string }[], keyCache?: Map<string, KeySet>): HistoryRun[] {
  const whole = new Set(records.filter((r) => !r.record.info.shard).map((r) => runKey(r.record.info)));
  const parts = new Map<string, { record: RunRecord; source: string }[]>();
  const runs: HistoryRun[] = [];
  for (const entry of records) {
    const info = entry.record.info;
    if (!info.shard) {
      runs.push({ ...entry.record, sources: [entry.source] });
      continue;
    }
    if (whole.has(runKey(info))) continue; // its merged record has it
    const key = `${runKey(info)}|${info.shard.count}`;
    parts.set(key, [...(parts.get(key) ?? []), entry]);
  }
  for (const group of parts.values()) runs.push(mergeParts(group, keyCache));
  return runs.sort((a, b) => (a.info.time < b.info.time ? -1 : a.info.time > b.info.time ? 1 : 0));
}
