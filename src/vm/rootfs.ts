// A profile's root filesystem: a directory (made into an image once per
// content, like `dirs`) or a raw filesystem image, attached read-only. The
// agent makes it the guest's / under a throwaway tmpfs layer (overlayfs), so
// no run modifies it and parallel VMs share it. Checked here as far as the
// host can tell; the agent checks the rest (a runnable /bin/sh).
import { existsSync, lstatSync, readlinkSync, statSync } from "node:fs";
import path from "node:path";
import { directoryImage, IMAGE_FSTYPE } from "../host/images.ts";
import { ProviumError } from "../util/errors.ts";
import { fileHead } from "../util/file-head.ts";
import type { GuestMount } from "./guest-mounts.ts";

export interface Rootfs {
  path: string;
  kind: "directory" | "image";
  /** The filesystem type to mount it as. */
  fstype: string;
}

/** Filesystems recognised by their superblock magic: [type, offset, magic]. */
const MAGICS: [string, number, Buffer][] = [
  ["ext4", 1080, Buffer.from([0x53, 0xef])], // ext2/3/4: the ext4 driver mounts all three
  ["squashfs", 0, Buffer.from("hsqs")],
  ["erofs", 1024, Buffer.from([0xe2, 0xe1, 0xf5, 0xe0])],
  ["xfs", 0, Buffer.from("XFSB")],
  ["btrfs", 0x10040, Buffer.from("_BHRfS_M")],
];

/** What a file that is not a filesystem image is, when it is something common. */
const NOT_IMAGES: [number, Buffer, string][] = [
  [0, Buffer.from("QFI\xfb", "latin1"), "a qcow2 disk image: convert it (qemu-img convert -O raw) and give the root partition's filesystem"],
  [510, Buffer.from([0x55, 0xaa]), "a partitioned disk image: give the root partition's filesystem (e.g. extracted with `dd` at its offset, or `guestfish`)"],
];

/** The filesystem type of a raw image, from its superblock. */
export function imageFstype(file: string, what: string): string {
  const start = fileHead(file, 0x10048);
  const at = (offset: number, magic: Buffer) => start.subarray(offset, offset + magic.length).equals(magic);
  const known = MAGICS.find(([, offset, magic]) => at(offset, magic));
  if (known) return known[0];
  const other = NOT_IMAGES.find(([offset, magic]) => at(offset, magic));
  const kinds = MAGICS.map(([type]) => (type === "ext4" ? "ext2/3/4" : type)).join(", ");
  throw new ProviumError(`${what}: ${file} is ${other ? other[2] : `neither a directory nor a filesystem image (${kinds})`}`);
}

/** Whether path exists inside root, following symlinks as the guest would (absolute ones from root). */
function existsInTree(root: string, rel: string, hops = 0): boolean {
  let at = root;
  const parts = rel.split("/").filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const next = path.join(at, parts[i]!);
    const s = lstatSync(next, { throwIfNoEntry: false });
    if (!s) return false;
    if (s.isSymbolicLink()) {
      if (hops > 40) return false;
      const target = readlinkSync(next);
      const base = target.startsWith("/") ? target : path.posix.join(path.relative(root, at), target);
      return existsInTree(root, path.posix.join(base, ...parts.slice(i + 1)), hops + 1);
    }
    at = next;
  }
  return true;
}

/** Checks a rootfs setting (`what` names it in errors) and says what it is. */
export function checkRootfs(file: string, what: string): Rootfs {
  if (!existsSync(file)) throw new ProviumError(`${what}: ${file} does not exist`);
  if (statSync(file).isDirectory()) {
    if (!existsInTree(file, "bin/sh"))
      throw new ProviumError(`${what}: ${file} is not a root filesystem: it has no /bin/sh (give the directory that holds bin/, etc/, usr/ …)`);
    return { path: file, kind: "directory", fstype: IMAGE_FSTYPE };
  }
  return { path: file, kind: "image", fstype: imageFstype(file, what) };
}

/** The guest's / as a read-only image (a directory's is made, or found, once per content). */
export async function rootfsMount(rootfs: Rootfs): Promise<GuestMount> {
  const image = rootfs.kind === "directory" ? await directoryImage(rootfs.path) : rootfs.path;
  return { target: "/", image, fstype: rootfs.fstype };
}
