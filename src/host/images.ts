// Read-only filesystem images made from host directories: `dirs`, kernel
// modules trees and root filesystems all reach the guest this way, as a
// virtio-blk drive every VM and fixture resume shares without a copy. An
// image is made once per content (the key hashes every entry's metadata) and
// kept under $PROVIUM_HOME/images, so an unchanged tree is reused across runs;
// the least recently used go once the cache exceeds its cap (cache.ts says
// why that is safe while other runs use them). Setup's distro root, a tree
// only root can read, is sized and written by the same code with its
// commands run as root (src/setup/root-tree.ts).
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { stat, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { tryRun, type RunResult } from "../util/proc.ts";
import { mustBe } from "../util/checks.ts";
import { ProviumError } from "../util/errors.ts";
import { findSbin } from "../util/executables.ts";
import { paths } from "../util/home.ts";
import { warnOnce } from "../util/log.ts";
import { cachedEntry, keepMarked, type CachePolicy } from "./cache.ts";

/** Bump when the image layout changes (mke2fs flags, sizing): old images are then not reused. */
const FORMAT_VERSION = "ext4-1";
const BLOCK = 4096;
export const IMAGE_FSTYPE = "ext4";
/** The setting of the cache's cap, in MiB of disk it may take. */
export const IMAGES_CAP_VARIABLE = "PROVIUM_IMAGES_MIB";
const DEFAULT_IMAGES_CAP_MIB = 4096;

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

/** A new run sees each tree as it is now: provium bisect runs once per step, in one process, after a build changed them. */
export function forgetDirectoryImages(): void {
  images.clear();
}

export function imagesDir(): string {
  return path.join(paths().home, "images");
}

/** The cache's cap: $PROVIUM_IMAGES_MIB, else 4 GiB (a bad value is warned about and the default used). */
export function imagesPolicy(env: NodeJS.ProcessEnv = process.env): CachePolicy {
  const given = env[IMAGES_CAP_VARIABLE];
  let mib = DEFAULT_IMAGES_CAP_MIB;
  if (given !== undefined && /^\d+$/.test(given.trim())) mib = Number(given);
  else if (given !== undefined) warnOnce(`${mustBe(IMAGES_CAP_VARIABLE, "a whole number of MiB", given)}: using ${DEFAULT_IMAGES_CAP_MIB}`);
  return { maxBytes: mib * 2 ** 20 };
}

/**
 * The read-only ext4 image of a host directory as it is the first time this
 * run asks: one pass over the tree's metadata per run, not one per VM. Each
 * call marks the image used; one another run's prune removed meanwhile is
 * made again.
 */
export async function directoryImage(dir: string): Promise<string> {
  // The tree is walked without following links: a directory given through a symlink is walked as its target.
  const resolved = path.resolve(dir);
  const key = existsSync(resolved) ? realpathSync(resolved) : resolved;
  let pending = images.get(key);
  if (pending) {
    const image = await pending;
    if (await keepMarked(image)) return image;
    if (images.get(key) === pending) images.delete(key);
    pending = images.get(key); // another caller may have started it again already
  }
  if (!pending) {
    pending = imageOf(key);
    images.set(key, pending);
    const started = pending;
    started.catch(() => images.get(key) === started && images.delete(key)); // a failed build may be retried
  }
  return pending;
}

/** Marks the images under the cache that a VM is about to open (its other drives are the user's files: left alone). */
export async function markImagesUsed(files: string[]): Promise<void> {
  for (const file of files.filter((f) => path.dirname(f) === imagesDir()))
    if (!(await keepMarked(file))) throw new ProviumError(`the image ${file} was removed from the cache (${IMAGES_CAP_VARIABLE} caps it) while this run needed it`);
}

async function imageOf(dir: string): Promise<string> {
  const s = await stat(dir).catch(() => undefined);
  if (!s?.isDirectory()) throw new ProviumError(`${dir} ${s ? "is not a directory" : "does not exist"}`);
  const tree = summarizeTree(dir);
  return cachedEntry(imagesDir(), `${tree.key}.ext4`, (temp) => writeImage(dir, tree, temp), imagesPolicy());
}

/** Runs a command of the image build: tryRun, or the same through sudo for a tree only root can read. */
export type CommandRunner = (file: string, args: string[]) => Promise<RunResult>;

/**
 * Writes the ext4 image of dir (sized for `size`) into file. The file is
 * created by this process, so it is this user's even when runCommand runs
 * mke2fs as root; the image keeps the tree's owners and modes.
 */
export async function writeImage(dir: string, size: TreeSize, file: string, runCommand: CommandRunner = tryRun): Promise<void> {
  const run = async (command: string, args: string[]): Promise<void> => {
    const r = await runCommand(command, args);
    if (!r.ok) throw new ProviumError(`cannot make a filesystem image of ${dir}: ${path.basename(command)} failed: ${r.why}`);
  };
  await writeFile(file, "");
  await truncate(file, imageSizeBytes(size));
  // No journal (never written), no reserved blocks, one inode per entry plus room for lost+found.
  const args = ["-q", "-F", "-t", "ext4", "-O", "^has_journal", "-m", "0", "-N", String(size.entries + 64), "-b", String(BLOCK), "-L", "provium", "-d", dir, file];
  await run(sbin("mke2fs"), args);
  // mke2fs always makes lost+found; the guest should see the directory as it is on the host.
  if (!existsSync(path.join(dir, "lost+found"))) await run(sbin("debugfs"), ["-w", "-R", "rmdir /lost+found", file]);
}

function sbin(name: string): string {
  const found = findSbin(name);
  if (!found) throw new ProviumError(`${name} was not found: run \`npm run setup\` (it installs e2fsprogs)`);
  return found;
}
