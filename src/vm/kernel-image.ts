// What a kernel file is, from its header: an x86 bzImage, an arm64 Image
// (plain or gzipped), or an ELF vmlinux of either architecture. A kernel of
// the wrong architecture, or a file that is no kernel, is then one clear
// error before any VM starts. Its release (`uname -r`), for picking its
// modules, comes from the bzImage header or an Image's version banner.
import { readFileSync, statSync } from "node:fs";
import { constants as zlibConstants, gunzipSync } from "node:zlib";
import type { Arch } from "../util/arch.ts";
import { ProviumError } from "../util/errors.ts";
import { fileHead } from "../util/file-head.ts";
import { archOfElfMachine, GUEST_ARCHES } from "./guest-arch.ts";

export type KernelFormat = "bzImage" | "Image" | "Image.gz" | "vmlinux";

export interface KernelImage {
  arch: Arch;
  format: KernelFormat;
}

/** arm64's Image header: "ARM\x64" at 0x38 (Documentation/arch/arm64/booting.rst). */
const ARM64_MAGIC_AT = 0x38;
const ARM64_MAGIC = "ARM\x64";

/** The start of a gzip stream, decompressed as far as the bytes given go. */
function gunzipHead(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/** The kernel in these first bytes of a file, or why it is none. */
export function identifyKernel(head: Buffer): KernelImage | string {
  const text = (from: number, to: number) => head.toString("latin1", from, to);
  if (text(0x202, 0x206) === "HdrS") return { arch: "x86_64", format: "bzImage" };
  if (text(ARM64_MAGIC_AT, ARM64_MAGIC_AT + 4) === ARM64_MAGIC) return { arch: "arm64", format: "Image" };
  if (text(0, 4) === "\x7fELF" && head.length >= 20) {
    const machine = head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
    const arch = archOfElfMachine(machine);
    return arch ? { arch, format: "vmlinux" } : `an ELF file for machine ${machine}, which Provium does not run`;
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const inner = identifyKernel(gunzipHead(head));
    if (typeof inner !== "string" && inner.format === "Image") return { arch: "arm64", format: "Image.gz" };
    return "a gzip file that holds no arm64 Image";
  }
  if (text(0, 2) === "MZ" && text(4, 8) === "zimg") return "an EFI zboot image (vmlinuz.efi), which QEMU 7.2 cannot boot directly: give the build's arch/arm64/boot/Image";
  const kinds = Object.values(GUEST_ARCHES).map((g) => g.kernelImage).join(" or ");
  return `not a kernel image (neither a bzImage, an arm64 Image nor an ELF vmlinux): give your build's ${kinds}`;
}

/** The kernel in file; `what` names the setting in the error. */
export function kernelImage(file: string, what: string): KernelImage {
  const found = identifyKernel(fileHead(file, 1 << 16));
  if (typeof found === "string") throw new ProviumError(`${what} ${file} is ${found}`);
  return found;
}

/** The version string in a bzImage's setup header ("6.1.0-18-cloud-amd64 (debian-kernel@…) #1 SMP …"), or undefined if it has none. */
function bzImageVersion(head: Buffer): string | undefined {
  // boot protocol: "HdrS" at 0x202; kernel_version (0x20e) is an offset from 0x200 to a NUL-terminated string
  if (head.length < 0x210 || head.toString("latin1", 0x202, 0x206) !== "HdrS") return undefined;
  const start = 0x200 + head.readUInt16LE(0x20e);
  if (start >= head.length) return undefined;
  const end = head.indexOf(0, start);
  return head.toString("latin1", start, end < 0 ? head.length : end).trim() || undefined;
}

/** The version string of the kernel's "Linux version <release> (…) #1 SMP …" banner (an Image keeps it uncompressed). */
function bannerVersion(image: Buffer): string | undefined {
  const at = image.indexOf("Linux version ");
  if (at < 0) return undefined;
  return /^Linux version (\S+ \([^\n\0]*)/.exec(image.toString("latin1", at, at + 400))?.[1]?.trim();
}

const versions = new Map<string, string | undefined>();

/**
 * A kernel's whole version string (`cat /proc/version` less "Linux version "),
 * or undefined if its file does not say (a vmlinux is not searched: with
 * debug information it is hundreds of MB). An Image is read whole, once per
 * change of the file.
 */
export function kernelVersionString(file: string): string | undefined {
  const head = fileHead(file, 1 << 16);
  const kind = identifyKernel(head);
  if (typeof kind === "string" || kind.format === "vmlinux") return undefined;
  if (kind.format === "bzImage") return bzImageVersion(head);
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  if (!versions.has(key)) {
    const whole = readFileSync(file);
    versions.set(key, bannerVersion(kind.format === "Image.gz" ? gunzipHead(whole) : whole));
  }
  return versions.get(key);
}

/** A kernel's release (`uname -r`): its version string's first word; undefined if the file does not say. */
export function kernelRelease(file: string): string | undefined {
  return kernelVersionString(file)?.split(" ")[0] || undefined;
}
