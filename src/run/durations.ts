// How long each test file took last time: the scheduler starts the longest
// first, and --shard splits by time. Kept per suite in PROVIUM_HOME, or in
// a file of the user's choosing (commit it, or cache it, to share it between
// CI shards).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ARCHES, type Arch } from "../util/arch.ts";
import { proviumHome } from "../util/home.ts";
import type { FileResult } from "../engine/results.ts";

/** File → milliseconds; x86_64's keyed by the file's display path, another architecture's by "<arch>:<path>" (durationKey). */
export type Durations = Map<string, number>;

/** The key of a file's time on arch: x86_64's are the file's display path, as before there were other architectures. */
export const durationKey = (display: string, arch: Arch): string => (arch === "x86_64" ? display : `${arch}:${display}`);

/** Each file's time on all of arches together, for the files timed on every one of them (what a shard of a run of several spends on it). */
export function fileTimes(durations: Durations, arches: Arch[]): Durations {
  const times: Durations = new Map();
  const prefix = new RegExp(`^(?:${ARCHES.join("|")}):`);
  const files = new Set([...durations.keys()].map((key) => key.replace(prefix, "")));
  for (const file of files) {
    const each = arches.map((arch) => durations.get(durationKey(file, arch)));
    if (each.every((ms) => ms !== undefined)) times.set(file, each.reduce((sum: number, ms) => sum + ms!, 0));
  }
  return times;
}

export function defaultDurationsFile(suiteRoot: string): string {
  const key = createHash("sha256").update(path.resolve(suiteRoot)).digest("hex").slice(0, 16);
  return path.join(proviumHome(), "durations", `${key}.json`);
}

export function loadDurations(file: string): Durations {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, number>));
  } catch {
    return new Map(); // none yet, or unreadable: discovery order
  }
}

/** Records this run's file times on top of what was known. */
export function saveDurations(file: string, known: Durations, results: FileResult[]): void {
  const merged = new Map(known);
  for (const result of results) if (result.tests.length) merged.set(durationKey(result.file, result.arch), result.durationMs);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(Object.fromEntries([...merged].sort()), null, 1));
  renameSync(temporary, file);
}

/** Longest first where times are known; files never timed keep discovery order, ahead of them. */
export function longestFirst<T>(items: T[], key: (item: T) => string, durations: Durations): T[] {
  const unknown = items.filter((item) => !durations.has(key(item)));
  const known = items.filter((item) => durations.has(key(item))).sort((a, b) => durations.get(key(b))! - durations.get(key(a))!);
  return [...unknown, ...known];
}
