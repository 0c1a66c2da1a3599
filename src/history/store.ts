// A history directory (--history DIR): one record file per run, or per
// shard of a run, added and never rewritten. Each record is written to a
// temporary name and renamed into place, and every name is unique, so runs
// writing one directory at once lose nothing and no reader sees half a
// record. The newest N runs are kept (--history-keep); a damaged record is
// skipped with a warning, the rest used.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RunInfo } from "../engine/results.ts";
import { decodeRecord, encodeRecord, RecordError, type KeySet, type RunRecord } from "./record.ts";
import { groupRuns, type HistoryRun } from "./runs.ts";

export const RECORD_SUFFIX = ".record";
export const DEFAULT_HISTORY_KEEP = 50;
/** A temporary file older than this was left by a writer that died: removed when pruning. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

// <time>_<run id>_<part>_<random>.record: the time sorts them, the rest groups them without reading them.
const NAME = /^(\d{8}T\d{6,9}Z)_([A-Za-z0-9.-]+)_(all|s\d+of\d+)_[a-z0-9]+\.record$/;

const compactTime = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.(\d+)Z$/, "$1Z");
const safeId = (id: string) => id.replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 80) || "run";

/** The file name of a run's record: unique, and sorted by the run's time. */
export function recordFileName(info: RunInfo): string {
  const part = info.shard ? `s${info.shard.index}of${info.shard.count}` : "all";
  return `${compactTime(info.time)}_${safeId(info.id)}_${part}_${randomBytes(5).toString("hex")}${RECORD_SUFFIX}`;
}

interface Listed {
  file: string;
  time: string;
  /** Records of one run (its shards) share it. */
  run: string;
}

function listRecords(dir: string): Listed[] {
  const listed: Listed[] = [];
  for (const name of readdirSync(dir)) {
    const match = NAME.exec(name);
    if (match) listed.push({ file: path.join(dir, name), time: match[1]!, run: match[2]! });
  }
  return listed.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** The runs of the listed records, oldest first (a run's time: its first record's). */
function runsOf(listed: Listed[]): Listed[][] {
  const byRun = new Map<string, Listed[]>();
  for (const entry of listed) byRun.set(entry.run, [...(byRun.get(entry.run) ?? []), entry]);
  return [...byRun.values()];
}

/** Whether a directory is there; a path through a file (ENOTDIR) or one we may not see is no directory. */
export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Writes bytes under a temporary name, then renames them into place: a reader never sees half of them. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(3).toString("hex")}.tmp`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** Adds a record to the directory (made if missing) under a name of its own. Returns its path. */
export function writeRecord(dir: string, record: RunRecord): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, recordFileName(record.info));
  writeWhole(file, encodeRecord(record));
  return file;
}

/** Adds a record, then keeps the newest `keep` runs. Returns its path. */
export function appendRecord(dir: string, record: RunRecord, keep = DEFAULT_HISTORY_KEEP): string {
  const file = writeRecord(dir, record);
  pruneHistory(dir, keep);
  return file;
}

/** The record files in a directory, oldest first. */
export const recordFiles = (dir: string) => listRecords(dir).map((entry) => entry.file);

/**
 * Keeps the newest `keep` runs' records. Another run may prune at the same
 * time: a record already gone is fine.
 */
export function pruneHistory(dir: string, keep: number): void {
  const runs = runsOf(listRecords(dir));
  for (const run of runs.slice(0, Math.max(0, runs.length - keep))) for (const entry of run) rmSync(entry.file, { force: true });
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".tmp"))) {
    const file = path.join(dir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_TEMPORARY_MS) rmSync(file, { force: true });
  }
}

export interface LoadOptions {
  /** At most this many runs, the newest. */
  limit?: number;
  /** Told about each damaged record, which is skipped. */
  warn: (message: string) => void;
  /** Shared between loads: records with equal keys decode them once. */
  keyCache?: Map<string, KeySet>;
}

/** Reads one record file; a damaged one is reported and skipped (undefined). */
export function readRecordFile(file: string, options: Pick<LoadOptions, "warn" | "keyCache">): RunRecord | undefined {
  try {
    return decodeRecord(readFileSync(file), options.keyCache);
  } catch (error) {
    if (!(error instanceof RecordError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
    options.warn(`history record ${file} is damaged (${(error as Error).message}): skipped, the other runs are used`);
    return undefined;
  }
}

/** The directory's runs, oldest first, shards of a run merged; a directory that does not exist has none. */
export function loadHistory(dir: string, options: LoadOptions): HistoryRun[] {
  if (!isDirectory(dir)) return [];
  const runs = runsOf(listRecords(dir));
  const chosen = options.limit === undefined ? runs : runs.slice(-options.limit);
  const keyCache = options.keyCache ?? new Map<string, KeySet>();
  const records = chosen.flat().flatMap((entry) => {
    const record = readRecordFile(entry.file, { ...options, keyCache });
    return record ? [{ record, source: entry.file }] : [];
  });
  return groupRuns(records, keyCache);
}
