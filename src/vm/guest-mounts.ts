// Read-only images at guest paths: what a VM's `dirs`, its profile's kernel
// modules and root filesystem become. Each image is a read-only virtio-blk
// drive (serial provium-dirN) that the agent mounts at boot, as the line for
// it in the initramfs's /etc/provium/mounts says. A snapshot keeps the list
// in its launch spec, so a resume attaches the same images, already mounted.
import path from "node:path";
import { directoryImage, IMAGE_FSTYPE } from "../host/images.ts";
import { ProviumError } from "../util/errors.ts";

export interface GuestMount {
  /** Absolute guest path; "/" is the root filesystem. */
  target: string;
  /** The host image file (read-only, shared by every VM). */
  image: string;
  fstype: string;
}

export const GUEST_MOUNTS_FILE = "etc/provium/mounts";

export const mountSerial = (i: number): string => `provium-dir${i}`;

/** The agent's config: "serial<TAB>target<TAB>fstype" per image (the root, if any, after the others). */
export function mountsConfig(mounts: GuestMount[]): string {
  return mounts.map((m, i) => `${mountSerial(i)}\t${m.target}\t${m.fstype}\n`).join("");
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

/** A host directory to show at a guest path. */
export interface DirSource {
  target: string;
  dir: string;
}

/** The images of these directories (made or found in the cache), in order. */
export async function imageMounts(sources: DirSource[]): Promise<GuestMount[]> {
  return Promise.all(sources.map(async ({ target, dir }) => ({ target, image: await directoryImage(dir), fstype: IMAGE_FSTYPE })));
}
