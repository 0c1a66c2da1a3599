// Images at guest paths: what a VM's `dirs`, its profile's kernel modules and
// root filesystem become. Each image is a read-only virtio-blk drive (serial
// provium-dirN) that the agent mounts at boot, as the line for it in the
// initramfs's /etc/provium/mounts says; a writable directory is an overlay of
// its image under a tmpfs of its own in the guest, so its writes stay in
// guest RAM (each VM its own, kept by snapshots and bundles) and the host tree
// never changes. A snapshot keeps the list in its launch spec, so a resume
// attaches the same images, already mounted.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { DirEntry } from "../config/dirs.ts";
import { directoryImage, IMAGE_FSTYPE } from "../host/images.ts";
import { ProviumError } from "../util/errors.ts";

export interface GuestMount {
  /** Absolute guest path; "/" is the root filesystem. */
  target: string;
  /** The host image file (read-only, shared by every VM). */
  image: string;
  fstype: string;
  /** Writes go to a layer in guest RAM (an overlay). */
  writable?: boolean;
}

export const GUEST_MOUNTS_FILE = "etc/provium/mounts";

export const mountSerial = (i: number): string => `provium-dir${i}`;

/** The agent's config: "serial<TAB>target<TAB>fstype[<TAB>rw]" per image (the root, if any, after the others). */
export function mountsConfig(mounts: GuestMount[]): string {
  return mounts.map((m, i) => `${mountSerial(i)}\t${m.target}\t${m.fstype}${m.writable ? "\trw" : ""}\n`).join("");
}

/** Checks a `dirs` key: an absolute, normal guest path other than "/" (the root is the profile's rootfs). */
export function checkGuestPath(target: string, where: string): string {
  if (!path.posix.isAbsolute(target)) throw new ProviumError(`${where}: the guest path '${target}' is not absolute (write it as /${target.replace(/^\.?\/*/, "")})`);
  if (/[\t\n\r\0]/.test(target)) throw new ProviumError(`${where}: the guest path ${JSON.stringify(target)} has a tab, newline or NUL in it`);
  const normal = path.posix.normalize(target).replace(/\/+$/, "");
  if (normal === "") throw new ProviumError(`${where}: cannot mount a directory over the guest's / (give a profile a rootfs for that)`);
  if (normal.length > 200) throw new ProviumError(`${where}: the guest path '${target}' is longer than 200 characters`);
  return normal;
}

/** A host directory to show at a guest path (absolute, found). */
export type DirSource = DirEntry;

/** A `dirs` entry checked: a normal guest path, and a host directory (absolute) that is one. */
export function checkDirSource({ target, dir, writable }: DirEntry, where: string): DirSource {
  const guestPath = checkGuestPath(target, where);
  if (!existsSync(dir)) throw new ProviumError(`${where}: the host directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new ProviumError(`${where}: ${dir} is a file, not a directory (to bring one file in, give its directory)`);
  return { target: guestPath, dir, ...(writable && { writable }) };
}

/** Whether inner is below outer (both normal absolute paths). */
const isInside = (inner: string, outer: string): boolean => inner.startsWith(outer.endsWith("/") ? outer : `${outer}/`);

/**
 * The images of these directories (made or found in the cache), parents
 * before what is mounted inside them. The agent lays writable directories
 * over everything else, so a read-only one inside a writable one would be
 * hidden: that is refused.
 */
export async function imageMounts(sources: DirSource[]): Promise<GuestMount[]> {
  const ordered = [...sources].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  for (const inner of ordered) {
    const outer = ordered.find((o) => o.writable && !inner.writable && isInside(inner.target, o.target));
    if (outer)
      throw new ProviumError(`dirs: the read-only ${inner.target} is inside the writable ${outer.target}: make ${inner.target} writable too, or mount it elsewhere`);
  }
  return Promise.all(
    ordered.map(async ({ target, dir, writable }) => ({ target, image: await directoryImage(dir), fstype: IMAGE_FSTYPE, ...(writable && { writable }) })),
  );
}
