// A tree that only root can read and remove: the root filesystem mmdebstrap
// made as root (so its files keep their owners: /etc/shadow root:shadow 0640,
// /root 0700). Each step runs as root — directly, or through `sudo -n` for a
// user with sudo — so both get the same image; the user gets an image file
// of their own and never needs to read the tree.

import { readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { processAlive } from "../util/proc.ts";
import { treeSize, writeImage, type CommandRunner, type TreeEntry } from "../host/images.ts";
import type { Apt } from "./apt.ts";
import { SetupError } from "./errors.ts";

/** `find -printf '%y %s %P\0'` output → entries (%P is "" for the top directory). */
export function parseFindListing(text: string): TreeEntry[] {
  return text
    .split("\0")
    .filter(Boolean)
    .map((record) => {
      const [type = "", size = "", ...rel] = record.split(" ");
      return { rel: rel.join(" "), type: "dfl".includes(type) ? type : "o", size: Number(size) };
    });
}

/** Writes the ext4 image of a root-owned tree to target (whole or not at all), sized and made as root. */
export async function rootTreeImage(dir: string, target: string, apt: Apt): Promise<void> {
  const asRoot: CommandRunner = (file, args) => apt.tryAsRoot(file, args);
  const listing = await asRoot("find", [dir, "-printf", "%y %s %P\\0"]);
  if (!listing.ok) throw new SetupError(`cannot list ${dir} as root: ${listing.why}`);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await writeImage(dir, treeSize(parseFindListing(listing.stdout)), temp, asRoot);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes a root-owned tree (nothing if it is not there). */
export async function removeRootTree(dir: string, apt: Apt): Promise<void> {
  const r = await apt.tryAsRoot("rm", ["-rf", "--one-file-system", "--", dir]);
  if (!r.ok) throw new SetupError(`cannot remove ${dir}: ${r.why}`, `remove it by hand: sudo rm -rf ${dir}`);
}

/** Removes the trees in parent whose name (matched by pattern, the pid its first group) belongs to a process that is gone. */
export async function removeAbandonedTrees(parent: string, pattern: RegExp, apt: Apt): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent)) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || processAlive(pid)) continue;
    await removeRootTree(join(parent, name), apt);
    removed.push(name);
  }
  return removed;
}
