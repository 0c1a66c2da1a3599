// A kept VM as one file (provium run --keep-failed): a tar holding a
// manifest (first, so that anything else is told apart at once), the VM's
// state with guest RAM compressed, its scratch disks (sparse), and, compressed
// alike, the kernel it booted and its read-only images (dirs, modules,
// rootfs). It needs nothing else from the machine that wrote it: a CI
// runner's kernel under test reopens on a laptop that never saw it. (The
// images cannot be named and looked up instead: mke2fs gives each build its
// own UUID and hash seed, and a mounted filesystem needs its very bytes.)
import { createHash } from "node:crypto";
import { createReadStream, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, closeSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { PROTOCOL_VERSION } from "../agent/protocol.ts";
import { ProviumError } from "../util/errors.ts";
import { findExecutable } from "../util/executables.ts";
import { packageVersion } from "../util/package-root.ts";
import { COMPRESSORS, type Compression } from "./migration.ts";
import { checkManifest, checkMembers, listMembers, type CheckedManifest } from "./bundle-check.ts";
import { QEMU_BINARY, qemuBinary, type LaunchSpec } from "./qemu.ts";
import type { Snapshot, Vm } from "./vm.ts";

/** 2: the kernel and the images are carried, and guest RAM is always the backend "guest-ram" (1 named the files by path and hash). */
export const BUNDLE_FORMAT = 2;
export const BUNDLE_SUFFIX = ".bundle";
const MANIFEST = "provium-bundle.json";

export interface Manifest {
  format: number;
  provium: string;
  protocol: number;
  qemu: string;
  created: string;
  test: { file: string; name: string };
  vm: string;
  compression: Compression;
  launch: Snapshot["launch"];
  profile: Snapshot["profile"];
  /** Each member's size: a bundle cut short is named as such. */
  members: Record<string, number>;
  /** Each member's SHA-256 (hex): a bundle damaged on its way from another machine is named as such. Absent in bundles of Provium before 0.2. */
  sha256?: Record<string, string>;
}

export class BundleError extends ProviumError {
  override name = "BundleError";
}

/** Runs a compressor's command over one file; why it failed, if it did. */
async function transcode(command: string, from: string, to: string): Promise<string | undefined> {
  const r = await execa("sh", ["-c", `${command} < "$1" > "$2"`, "sh", from, to], { reject: false });
  return r.exitCode === 0 ? undefined : (r.stderr.trim().split("\n").pop() || `${command} failed`);
}

/** The members that carry the launch's kernel and read-only images, compressed (the same names on both sides). */
function carriedMembers(launch: { mounts?: readonly unknown[] }, compression: Compression): { kernel: string; images: string[] } {
  const suffix = COMPRESSORS[compression].suffix;
  return { kernel: `kernel.${suffix}`, images: (launch.mounts ?? []).map((_, i) => `image-${i}.${suffix}`) };
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve(hash.digest("hex")));
  });
}

/** The tar's members and their sizes, as tar lists them. */
async function tarMembers(file: string): Promise<Map<string, number>> {
  const { stdout } = await execa("tar", ["-tvf", file]);
  const listed = new Map<string, number>();
  for (const line of stdout.split("\n")) {
    const m = /^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.+)$/.exec(line);
    if (m) listed.set(m[2]!, Number(m[1]));
  }
  return listed;
}

/** zstd where installed, else gzip (what the reader needs is in the manifest). */
export function bundleCompression(): Compression {
  return findExecutable("zstd") ? "zstd" : "gzip";
}

/**
 * Saves vm (it keeps running) into file; work: a scratch directory (removed).
 * What can be checked cheaply is checked before the bundle takes its name, so
 * that one that could not reopen fails here and not on another machine later:
 * the state stream is whole (Vm.saveTo), each carried file decompresses, and
 * the tar holds every member at its size. Each member's SHA-256 goes into the
 * manifest for the reader.
 */
export async function writeBundle(vm: Vm, file: string, work: string, about: { file: string; name: string }): Promise<void> {
  mkdirSync(work, { recursive: true });
  const partial = `${file}.partial`;
  try {
    const compression = bundleCompression();
    const saved = await vm.saveTo(work, { ram: "stream", compression, then: "run-on" });
    // The VM runs on meanwhile: what is carried is read-only.
    const carried = carriedMembers(saved.launch, compression);
    const carry = async (file: string, member: string): Promise<void> => {
      const failed =
        (await transcode(COMPRESSORS[compression].pack, file, path.join(work, member))) ??
        (await transcode(COMPRESSORS[compression].unpack, path.join(work, member), "/dev/null"));
      if (failed) throw new ProviumError(`cannot pack ${file}: ${failed}`);
    };
    await carry(saved.launch.kernel, carried.kernel);
    await Promise.all((saved.launch.mounts ?? []).map((m, i) => carry(m.image, carried.images[i]!)));
    const names = [path.basename(saved.stateFile), ...saved.disks.map((d) => path.basename(d)), carried.kernel, ...carried.images];
    const members: Record<string, number> = {};
    const sums: Record<string, string> = {};
    for (const name of names) {
      members[name] = statSync(path.join(work, name)).size;
      sums[name] = await sha256(path.join(work, name));
    }
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      provium: packageVersion(),
      protocol: PROTOCOL_VERSION,
      qemu: saved.qemu,
      created: new Date().toISOString(),
      test: about,
      vm: vm.name,
      compression,
      launch: saved.launch,
      profile: saved.profile,
      members,
      sha256: sums,
    };
    writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2));
    await execa("tar", ["-cSf", partial, "-C", work, MANIFEST, ...names]);
    const listed = await tarMembers(partial);
    const missing = names.filter((name) => listed.get(name) !== members[name]);
    if (missing.length > 0) throw new ProviumError(`the bundle's tar lacks ${missing.join(", ")} or has them at another size`);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** The first member's name, when the file is a tar at all. */
function firstMember(file: string): string | undefined {
  const header = Buffer.alloc(512);
  const fd = openSync(file, "r");
  try {
    if (readSync(fd, header, 0, 512, 0) < 512) return undefined;
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1", 257, 262) !== "ustar") return undefined;
  return header.toString("latin1", 0, 100).replace(/\0.*$/s, "");
}

function compare(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

async function localQemu(): Promise<{ version: string; machines: string }> {
  const binary = qemuBinary();
  const version = /version (\d+\.\d+\.\d+)/.exec((await execa(binary, ["--version"])).stdout)?.[1] ?? "0.0.0";
  const machines = (await execa(binary, ["-machine", "help"])).stdout;
  return { version, machines };
}

/** The most a carried file may unpack to: a kernel, an image (a bundle cannot fill this machine's disk with one small member). */
export const UNPACKED_LIMITS = { kernel: 256 << 20, image: 64 * 2 ** 30 };

/** Unpacks one carried member with the bundle's decompressor, stopping past limit bytes; why it failed, if it did. */
export async function unpackBounded(command: string, from: string, to: string, limit: number): Promise<string | undefined> {
  const r = await execa("bash", ["-o", "pipefail", "-c", `${command} < "$1" | head -c ${limit + 1} > "$2"`, "bash", from, to], { reject: false });
  if (statSync(to).size > limit) return `it unpacks to more than ${limit} bytes`;
  return r.exitCode === 0 ? undefined : r.stderr.trim().split("\n").pop() || `${command} failed`;
}

const shownText = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value).replace(/[^\x20-\x7e]/g, "?").slice(0, 64) : "?");

/**
 * Unpacks a bundle into dir and checks it can be reopened here; returns the
 * snapshot to resume. A bundle is untrusted (see bundle-check.ts): its members
 * are listed and checked before tar writes anything, and its manifest before
 * any field of it is used.
 */
export async function openBundle(file: string, dir: string): Promise<{ snapshot: Snapshot; about: CheckedManifest }> {
  if (!existsSync(file)) throw new BundleError(`${file} was not found`);
  if (statSync(file).isDirectory() || firstMember(file) !== MANIFEST)
    throw new BundleError(`${file} is not a Provium bundle (kept VMs are the *${BUNDLE_SUFFIX} files provium run --keep-failed writes)`);
  const damaged = (why: string) => new BundleError(`${file} is truncated or damaged (${why}): copy it again from where it was written`);
  const refuse = (why: string) => new BundleError(`${file} is refused: ${why}. Provium reopens only bundles as provium run --keep-failed writes them`);
  const members = await listMembers(file, refuse).catch((error: unknown) => {
    if (error instanceof BundleError) throw error;
    throw damaged(String((error as { stderr?: string }).stderr ?? error).trim().split("\n").pop() ?? "tar failed");
  });
  checkMembers(members, MANIFEST, refuse);
  mkdirSync(dir, { recursive: true });
  const names = members.map((m) => m.name);
  const untar = await execa("tar", ["-xSf", file, "-C", dir, "--no-same-owner", "--no-same-permissions", "--", ...names], { reject: false });
  if (untar.exitCode !== 0) throw damaged(untar.stderr.trim().split("\n").pop() ?? "tar failed");
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw damaged(`its manifest: ${(error as Error).message}`);
  }
  if (typeof raw?.format === "number" && raw.format !== BUNDLE_FORMAT)
    throw new BundleError(
      `${file} was written by Provium ${shownText(raw.provium)} (bundle format ${raw.format}); this Provium ${packageVersion()} reads format ${BUNDLE_FORMAT}: ` +
        (raw.format > BUNDLE_FORMAT ? "upgrade Provium to reopen it" : `reopen it with Provium ${shownText(raw.provium)}`),
    );
  if (typeof raw?.protocol === "number" && raw.protocol !== PROTOCOL_VERSION)
    throw new BundleError(`${file}'s guest agent speaks protocol ${raw.protocol}, this Provium ${PROTOCOL_VERSION}: reopen it with Provium ${shownText(raw.provium)}`);
  const about = checkManifest(raw, names.filter((name) => name !== MANIFEST), refuse);
  for (const [name, size] of Object.entries(about.members)) {
    const member = path.join(dir, name);
    const st = lstatSync(member, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size !== size) throw damaged(`${name} is ${st?.size ?? 0} of ${size} bytes`);
    const expected = about.sha256?.[name];
    if (expected !== undefined && (await sha256(member)) !== expected) throw damaged(`${name} does not have the SHA-256 it was written with`);
  }
  if (!findExecutable(about.compression)) throw new BundleError(`${file} is compressed with ${about.compression}, which was not found on PATH: install it`);
  const qemu = await localQemu();
  if (compare(qemu.version, about.qemu) < 0 || !qemu.machines.split("\n").some((line) => line.split(/\s+/)[0] === about.launch.machine))
    throw new BundleError(
      `incompatible QEMU: the bundle was saved by QEMU ${about.qemu} (machine ${about.launch.machine}); this machine's ${QEMU_BINARY} is ${qemu.version}${compare(qemu.version, about.qemu) < 0 ? ", older" : ` without machine ${about.launch.machine}`}: reopen it where QEMU ${about.qemu} or newer with that machine type is installed`,
    );
  const unpack = async (member: string, name: string, limit: number): Promise<string> => {
    const to = path.join(dir, name);
    const failed = await unpackBounded(COMPRESSORS[about.compression].unpack, path.join(dir, member), to, limit);
    if (failed) throw damaged(`${member}: ${failed}`);
    rmSync(path.join(dir, member));
    return to;
  };
  const carried = carriedMembers(about.launch, about.compression);
  const kernel = await unpack(carried.kernel, "kernel", UNPACKED_LIMITS.kernel);
  const images = await Promise.all(carried.images.map((member, i) => unpack(member, `image-${i}.img`, UNPACKED_LIMITS.image)));
  // Every host path is the reader's own: the kernel and images just unpacked, the disks from the tar.
  const launch: LaunchSpec = {
    ...about.launch,
    kernel,
    initrd: undefined, // unpacked in guest RAM already
    mounts: about.launch.mounts.map((m, i) => ({ ...m, image: images[i]! })),
  };
  const disks = about.launch.disks.map((_, i) => path.join(dir, `disk-${i}.raw`));
  return {
    snapshot: { stateFile: path.join(dir, "state"), disks, launch, profile: { ...about.profile, kernel, initrds: [] }, compression: about.compression, qemu: about.qemu },
    about,
  };
}
