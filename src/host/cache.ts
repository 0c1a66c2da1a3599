// A directory of entries keyed by their content (filesystem images, composed
// initrds, the tests' built kernel and selftests): an entry is built under a
// temp name and moved into place, marked each time it is used, and the least
// recently used are removed beyond a size cap once a new one is made.
//
// Why removing is safe with other runs on this machine using the same cache:
// - "Used" is the entry's mtime, set explicitly (utimes) whenever a process
//   hands the entry out or is about to open it, and set again every
//   MARK_EVERY_MS while that process lives (keepMarked): a run holding a
//   fixture snapshot for hours keeps its images fresh although it opens them
//   only at each resume. So an entry untouched for IN_USE_MS belongs to no
//   live process (IN_USE_MS is several MARK_EVERY_MS: a busy host's late
//   timer does not matter).
// - A VM that has the file open keeps it, removed or not (an unlinked inode
//   lives until closed); what must not vanish is a path a run is about to
//   open, and that path was marked just before.
// - A run picking up an entry untouched for an hour just as the pruner looks
//   at it: the pruner sets the entry aside (rename) and looks again, so a
//   mark that landed meanwhile is seen and the entry is put back; a mark
//   after the rename fails, and that run builds the entry anew. Left open:
//   that run's QEMU opening the path in the microseconds it is set aside.
// - An entry in place is never replaced (see moveIntoPlace), so a path a run
//   has used keeps the same bytes while that run lives.
import { link, lstat, mkdir, readdir, rename, rm, utimes } from "node:fs/promises";
import path from "node:path";
import { warnOnce } from "../util/log.ts";

/** Entries used more recently than this are never removed. */
export const IN_USE_MS = 3600_000;
/** How often a process marks again the entries it uses. */
const MARK_EVERY_MS = 10 * 60_000;
/** A temp entry this old belongs to a build that crashed (a live one is younger, or is being written). */
const STALE_TEMP_MS = IN_USE_MS;
const TEMP_SUFFIX = ".tmp";

export interface CachePolicy {
  /** Bytes on disk (allocated: sparse files count what they use) the entries may take; what was used longest ago goes first. */
  maxBytes: number;
}

/** Only the entry just made is kept (and any other some process used within IN_USE_MS). */
export const NEWEST_ONLY: CachePolicy = { maxBytes: 0 };

/**
 * Sets the entry's mtime (and atime) to now; false when it is not there.
 * Another user's entry cannot be marked (EPERM: only its owner may set its
 * times), but is there to use: the prebuilt entries of a container image run
 * with --user. Unmarked, it is as old to its owner's prune as its owner's
 * last use; in the image, nothing of its owner runs to prune it.
 */
async function mark(entry: string): Promise<boolean> {
  const now = new Date();
  return utimes(entry, now, now).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code === "EPERM" && lstat(entry).then(() => true, () => false),
  );
}

const used = new Set<string>();
let marker: NodeJS.Timeout | undefined;

/**
 * Marks the entry used now and again every MARK_EVERY_MS while this process
 * lives; false (and nothing kept) when it is not there — removed by another
 * process's prune, to be built again.
 */
export async function keepMarked(entry: string): Promise<boolean> {
  if (!(await mark(entry))) {
    used.delete(entry);
    return false;
  }
  used.add(entry);
  marker ??= setInterval(() => used.forEach((e) => void mark(e)), MARK_EVERY_MS).unref();
  return true;
}

function tempName(entry: string): string {
  return `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}${TEMP_SUFFIX}`;
}

/**
 * The entry `name` of the cache in `dir`, built by `build(temp)` (a file or a
 * directory at temp) when it is not there, then renamed into place: a crash
 * or a concurrent build never leaves half an entry under the final name.
 * After a build, the cache is pruned to policy (never the new entry).
 */
export async function cachedEntry(dir: string, name: string, build: (temp: string) => Promise<void>, policy: CachePolicy): Promise<string> {
  const entry = path.join(dir, name);
  if (await keepMarked(entry)) return entry;
  await mkdir(dir, { recursive: true });
  const temp = tempName(entry);
  try {
    await build(temp);
    await moveIntoPlace(temp, entry);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  await keepMarked(entry);
  await pruneCache(dir, policy, entry).catch((error: Error) => warnOnce(`could not prune the cache ${dir}: ${error.message}`));
  return entry;
}

/**
 * Gives temp the entry's name unless another process built the entry first:
 * then theirs stays. Rebuilt images are not byte-identical (mke2fs stamps
 * UUIDs and times), and a run that booted or snapshotted a VM on the first
 * must find the same bytes at its next resume. temp is left to the caller.
 */
async function moveIntoPlace(temp: string, entry: string): Promise<void> {
  const linked = await link(temp, entry).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code === "EEXIST",
  );
  if (linked) return;
  // A directory (no hard links; rename() does not replace a non-empty one), or a filesystem without hard links.
  await rename(temp, entry).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
  });
}

/** Bytes allocated on disk to a file, or to a directory and everything in it. */
async function allocatedBytes(file: string): Promise<number> {
  const s = await lstat(file);
  if (!s.isDirectory()) return s.blocks * 512;
  const names = await readdir(file);
  const inside = await Promise.all(names.map((name) => allocatedBytes(path.join(file, name)).catch(() => 0)));
  return inside.reduce((sum, n) => sum + n, s.blocks * 512);
}

const isRecent = (mtimeMs: number, ageMs: number): boolean => Date.now() - mtimeMs < ageMs;

/**
 * Removes the temp entries of crashed builds, then the least recently used
 * entries until the rest fit in policy.maxBytes — except `keep` and any entry
 * used in the last IN_USE_MS (see the top of this file), even when those
 * alone exceed the cap.
 */
export async function pruneCache(dir: string, policy: CachePolicy, keep?: string): Promise<void> {
  const entries: { file: string; mtimeMs: number; bytes: number }[] = [];
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const s = await lstat(file).catch(() => undefined);
    if (!s) continue; // removed meanwhile
    if (!name.endsWith(TEMP_SUFFIX)) entries.push({ file, mtimeMs: s.mtimeMs, bytes: await allocatedBytes(file).catch(() => 0) });
    else if (!isRecent(s.mtimeMs, STALE_TEMP_MS)) await rm(file, { recursive: true, force: true });
  }
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  for (const e of entries.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (total <= policy.maxBytes) break;
    if (e.file === keep || isRecent(e.mtimeMs, IN_USE_MS)) continue;
    if (await removeUnlessMarked(e.file)) total -= e.bytes;
  }
}

/**
 * Removes an entry unless a process marked it since it was looked at: set
 * aside, looked at again, then removed or put back. True when it is gone
 * (also when another process's prune removed it first).
 */
async function removeUnlessMarked(file: string): Promise<boolean> {
  const aside = tempName(file); // a temp name: a crash before the rm leaves a stale temp, removed by the next prune
  if (!(await rename(file, aside).then(() => true, () => false))) return true;
  const s = await lstat(aside);
  const marked = isRecent(s.mtimeMs, IN_USE_MS);
  if (marked) await moveIntoPlace(aside, file); // back, unless it was built again meanwhile
  await rm(aside, { recursive: true, force: true });
  return !marked;
}
