// Read-only filesystem images made from host directories: `dirs`, kernel
// modules trees and root filesystems all reach the guest this way, as a
// virtio-blk drive every VM and fixture resume shares without a copy. An
// image is made once per content (the key hashes every entry's metadata) and
// kept under $PROVIUM_HOME/images, so an unchanged tree is reused across runs.
// Setup's distro root, a tree only root can read, is sized and written by the
// same code with its commands run as root (src/setup/root-tree.ts).
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, truncate, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { tryRun, type RunResult } from "../util/proc.ts";
import { ProviumError } from "../util/errors.ts";
import { findSbin } from "../util/executables.ts";
import { paths } from "../util/home.ts";

/** Bump when the image layout changes (mke2fs flags, sizing): old images are then not reused. */
const FORMAT_VERSION = "ext4-1";
const BLOCK = 4096;
export const IMAGE_FSTYPE = "ext4";
/** Temp images older than this belong to a crashed build. */
const STALE_TEMP_MS = 3600_000;
/** Images unused this long are removed (each use marks the image). */
const UNUSED_IMAGE_MS = 14 * 86400_000;

/** What an image must hold: blocks for the contents and an inode per entry. */
export interface TreeSize {
  /** Blocks the contents need (files, directories, long symlinks). */
  blocks: number;
  entries: number;
}

export interface TreeSummary extends TreeSize {
  /** Hash of every entry's relative path, type, mode, size, mtime and link target. */
  key: string;
}

/** One entry as lstat sees it; type is d, f, l or o (other). A symlink's size is its target's length. */
export interface TreeEntry {
  rel: string;
  type: string;
  size: number;
}

function typeOf(s: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): string {
  return s.isDirectory() ? "d" : s.isFile() ? "f" : s.isSymbolicLink() ? "l" : "o";
}

/**
 * The blocks and inodes a tree's image needs, from its entries in any order
 * (the walk here, or `find` run as root over a tree the user cannot read).
 */
export function treeSize(entries: TreeEntry[]): TreeSize {
  let blocks = 0;
  const dirBytes = new Map<string, number>(); // per directory: the bytes of its entries' names
  for (const { rel, type, size } of entries) {
    if (type === "f") blocks += Math.ceil(size / BLOCK) + Math.ceil(size / (BLOCK * 1024)); // data + extent/index blocks
    else if (type === "l") blocks += size >= 60 ? 1 : 0; // short targets live in the inode
    else if (type === "d") dirBytes.set(rel, dirBytes.get(rel) ?? 0);
    if (rel === "") continue;
    const parent = path.posix.dirname(rel);
    const key = parent === "." ? "" : parent;
    dirBytes.set(key, (dirBytes.get(key) ?? 0) + Buffer.byteLength(path.posix.basename(rel)) + 12);
  }
  for (const bytes of dirBytes.values()) blocks += 1 + Math.ceil(bytes / BLOCK);
  return { blocks, entries: entries.length };
}

/**
 * One pass over the tree's metadata (no file contents are read). Synchronous
 * on purpose: ~10,000 lstat calls take tens of milliseconds this way, but
 * seconds through the promise API's thread pool on a busy host.
 */
export function summarizeTree(dir: string): TreeSummary {
  const entries: TreeEntry[] = [];
  const hash = createHash("sha256").update(FORMAT_VERSION);
  const walk = (rel: string): void => {
    const full = path.join(dir, rel);
    const s = lstatSync(full);
    const type = typeOf(s);
    const target = type === "l" ? readlinkSync(full) : "";
    hash.update(`${rel}\0${type}\0${s.mode}\0${s.size}\0${s.mtimeMs}\0${target}\n`);
    entries.push({ rel, type, size: s.size });
    if (type === "d") for (const name of readdirSync(full).sort()) walk(rel ? `${rel}/${name}` : name);
  };
  walk("");
  return { key: hash.digest("hex").slice(0, 24), ...treeSize(entries) };
}

/** The image size for a tree: its blocks, inode tables and ~10% slack (sparse: unused space costs nothing). */
export function imageSizeBytes(t: TreeSize): number {
  const inodeBytes = (t.entries + 64) * 256;
  const bytes = t.blocks * BLOCK + inodeBytes;
  return Math.ceil((bytes * 1.1 + 4 * 1024 * 1024) / BLOCK) * BLOCK;
}

/** Per directory: its image, made (or found) once per run however many VMs ask at the same time. */
const images = new Map<string, Promise<string>>();

export function imagesDir(): string {
  return path.join(paths().home, "images");
}

/**
 * The read-only ext4 image of a host directory as it is the first time this
 * run asks: one pass over the tree's metadata per run, not one per VM. Built
 * under a temp name and renamed, so a crash or a concurrent build (another
 * run) never leaves a half-written image under the final name.
 */
export function directoryImage(dir: string): Promise<string> {
  // The tree is walked without following links: a directory given through a symlink is walked as its target.
  const resolved = path.resolve(dir);
  const key = existsSync(resolved) ? realpathSync(resolved) : resolved;
  let pending = images.get(key);
  if (!pending) {
    pending = imageOf(key);
    images.set(key, pending);
    pending.catch(() => images.delete(key)); // a failed build may be retried
  }
  return pending;
}

async function imageOf(dir: string): Promise<string> {
  const s = await stat(dir).catch(() => undefined);
  if (!s?.isDirectory()) throw new ProviumError(`${dir} ${s ? "is not a directory" : "does not exist"}`);
  const tree = summarizeTree(dir);
  return buildImage(dir, tree, path.join(imagesDir(), `${tree.key}.ext4`));
}

async function buildImage(dir: string, tree: TreeSummary, target: string): Promise<string> {
  const now = new Date();
  if (await utimes(target, now, now).then(() => true, () => false)) return target; // marks it used
  await mkdir(path.dirname(target), { recursive: true });
  await removeStale(path.dirname(target));
  await writeImage(dir, tree, target);
  return target;
}

/** Runs a command of the image build: tryRun, or the same through sudo for a tree only root can read. */
export type CommandRunner = (file: string, args: string[]) => Promise<RunResult>;

/**
 * Writes the ext4 image of dir (sized for `size`) to target: under a temp
 * name, then renamed (atomic: other processes see no image or a whole one).
 * The file is created by this process, so it is this user's even when
 * runCommand runs mke2fs as root; the image keeps the tree's owners and modes.
 */
export async function writeImage(dir: string, size: TreeSize, target: string, runCommand: CommandRunner = tryRun): Promise<void> {
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const run = async (file: string, args: string[]): Promise<void> => {
    const r = await runCommand(file, args);
    if (!r.ok) throw new ProviumError(`cannot make a filesystem image of ${dir}: ${path.basename(file)} failed: ${r.why}`);
  };
  try {
    await writeFile(temp, "");
    await truncate(temp, imageSizeBytes(size));
    // No journal (never written), no reserved blocks, one inode per entry plus room for lost+found.
    const args = ["-q", "-F", "-t", "ext4", "-O", "^has_journal", "-m", "0", "-N", String(size.entries + 64), "-b", String(BLOCK), "-L", "provium", "-d", dir, temp];
    await run(sbin("mke2fs"), args);
    // mke2fs always makes lost+found; the guest should see the directory as it is on the host.
    if (!existsSync(path.join(dir, "lost+found"))) await run(sbin("debugfs"), ["-w", "-R", "rmdir /lost+found", temp]);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

function sbin(name: string): string {
  const found = findSbin(name);
  if (!found) throw new ProviumError(`${name} was not found: run \`npm run setup\` (it installs e2fsprogs)`);
  return found;
}

/** Removes the temp files of crashed builds and images no run used for weeks (the cache would only grow). */
async function removeStale(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const limit = name.endsWith(".tmp") ? STALE_TEMP_MS : name.endsWith(".ext4") ? UNUSED_IMAGE_MS : Infinity;
    const file = path.join(dir, name);
    const s = await stat(file).catch(() => undefined);
    if (s && Date.now() - s.mtimeMs > limit) await rm(file, { force: true });
  }
}
