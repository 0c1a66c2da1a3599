// A kept VM as one file (provium run --keep-failed): a tar holding a
// manifest (first, so that anything else is told apart at once), the VM's
// state with guest RAM compressed, and its scratch disks (sparse). What it
// does not hold, it names by identity: the kernel and the read-only images
// (dirs, modules, rootfs) of the launch — they are on any machine set up
// alike, and a mismatch is an error saying which file differs.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { PROTOCOL_VERSION } from "../agent/protocol.ts";
import { ProviumError } from "../util/errors.ts";
import { findExecutable } from "../util/executables.ts";
import { proviumHome } from "../util/home.ts";
import { packageVersion } from "../util/package-root.ts";
import { COMPRESSORS, type Compression } from "./migration.ts";
import { QEMU_BINARY, qemuBinary } from "./qemu.ts";
import type { Snapshot, Vm } from "./vm.ts";

export const BUNDLE_FORMAT = 1;
export const BUNDLE_SUFFIX = ".bundle";
const MANIFEST = "provium-bundle.json";

interface FileIdentity {
  path: string;
  size: number;
  sha256: string;
}

interface Manifest {
  format: number;
  provium: string;
  protocol: number;
  qemu: string;
  created: string;
  test: { file: string; name: string };
  vm: string;
  compression: Compression;
  ramBackend: boolean;
  launch: Snapshot["launch"];
  profile: Snapshot["profile"];
  kernel: FileIdentity;
  mounts: FileIdentity[];
  /** Each member's size: a bundle cut short is named as such. */
  members: Record<string, number>;
}

export class BundleError extends ProviumError {
  override name = "BundleError";
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function identity(file: string): Promise<FileIdentity> {
  return { path: file, size: statSync(file).size, sha256: await sha256(file) };
}

/** zstd where installed, else gzip (what the reader needs is in the manifest). */
export function bundleCompression(): Compression {
  return findExecutable("zstd") ? "zstd" : "gzip";
}

/** Saves vm (it keeps running) into file; work: a scratch directory (removed). */
export async function writeBundle(vm: Vm, file: string, work: string, about: { file: string; name: string }): Promise<void> {
  mkdirSync(work, { recursive: true });
  try {
    const compression = bundleCompression();
    const live = await vm.saveLive(work, compression);
    const members: Record<string, number> = {};
    const names = [path.basename(live.stateFile), ...live.disks.map((d) => path.basename(d))];
    for (const name of names) members[name] = statSync(path.join(work, name)).size;
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      provium: packageVersion(),
      protocol: PROTOCOL_VERSION,
      qemu: live.qemu,
      created: new Date().toISOString(),
      test: about,
      vm: vm.name,
      compression,
      ramBackend: live.ramBackend,
      launch: live.launch,
      profile: live.profile,
      kernel: await identity(live.launch.kernel),
      mounts: await Promise.all((live.launch.mounts ?? []).map((m) => identity(m.image))),
      members,
    };
    writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2));
    const partial = `${file}.partial`;
    await execa("tar", ["-cSf", partial, "-C", work, MANIFEST, ...names]);
    renameSync(partial, file);
  } finally {
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

/** The file a bundle names, here: its recorded path, else the same name in this machine's Provium home; same content. */
async function findIdentical(what: string, id: FileIdentity, override?: string): Promise<string> {
  // Set up by `npm run setup` elsewhere: the same file under this machine's Provium home.
  const underHome = /\/((?:profiles|images)\/.+)$/.exec(id.path)?.[1];
  const candidates = override ? [override] : [id.path, ...(underHome ? [path.join(proviumHome(), underHome)] : [])];
  for (const candidate of candidates) {
    if (!existsSync(candidate) || statSync(candidate).size !== id.size) continue;
    if ((await sha256(candidate)) === id.sha256) return candidate;
  }
  const given = override ? `${override} is not that file` : "it is not on this machine";
  throw new BundleError(`missing ${what}: the bundle's VM runs ${id.path} (${id.size} bytes, sha256 ${id.sha256.slice(0, 16)}…) and ${given}${what === "kernel" ? ": give it with --kernel FILE" : ""}`);
}

/** Unpacks a bundle into dir and checks it can be reopened here; returns the snapshot to resume. */
export async function openBundle(file: string, dir: string, options: { kernel?: string } = {}): Promise<{ snapshot: Snapshot; about: Manifest }> {
  if (!existsSync(file)) throw new BundleError(`${file} was not found`);
  if (statSync(file).isDirectory() || firstMember(file) !== MANIFEST)
    throw new BundleError(`${file} is not a Provium bundle (kept VMs are the *${BUNDLE_SUFFIX} files provium run --keep-failed writes)`);
  mkdirSync(dir, { recursive: true });
  const untar = await execa("tar", ["-xSf", file, "-C", dir], { reject: false });
  const damaged = (why: string) => new BundleError(`${file} is truncated or damaged (${why}): copy it again from where it was written`);
  if (untar.exitCode !== 0) throw damaged(untar.stderr.trim().split("\n").pop() ?? "tar failed");
  let about: Manifest;
  try {
    about = JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8")) as Manifest;
  } catch (error) {
    throw damaged(`its manifest: ${(error as Error).message}`);
  }
  if (!(about.format <= BUNDLE_FORMAT))
    throw new BundleError(`${file} was written by Provium ${about.provium} (bundle format ${about.format}); this Provium ${packageVersion()} reads format ${BUNDLE_FORMAT}: upgrade Provium to reopen it`);
  if (about.protocol !== PROTOCOL_VERSION)
    throw new BundleError(`${file}'s guest agent speaks protocol ${about.protocol}, this Provium ${PROTOCOL_VERSION}: reopen it with Provium ${about.provium}`);
  for (const [name, size] of Object.entries(about.members)) {
    const member = path.join(dir, name);
    if (!existsSync(member) || statSync(member).size !== size) throw damaged(`${name} is ${existsSync(member) ? statSync(member).size : 0} of ${size} bytes`);
  }
  if (!findExecutable(about.compression)) throw new BundleError(`${file} is compressed with ${about.compression}, which was not found on PATH: install it`);
  const qemu = await localQemu();
  if (compare(qemu.version, about.qemu) < 0 || !qemu.machines.split("\n").some((line) => line.split(/\s+/)[0] === about.launch.machine))
    throw new BundleError(
      `incompatible QEMU: the bundle was saved by QEMU ${about.qemu} (machine ${about.launch.machine}); this machine's ${QEMU_BINARY} is ${qemu.version}${compare(qemu.version, about.qemu) < 0 ? ", older" : ` without machine ${about.launch.machine}`}: reopen it where QEMU ${about.qemu} or newer with that machine type is installed`,
    );
  const kernel = await findIdentical("kernel", about.kernel, options.kernel);
  const mounts = await Promise.all(about.mounts.map((m) => findIdentical("image", m)));
  const launch = {
    ...about.launch,
    kernel,
    initrd: about.launch.initrd && existsSync(about.launch.initrd) ? about.launch.initrd : undefined, // unpacked in guest RAM already
    mounts: (about.launch.mounts ?? []).map((m, i) => ({ ...m, image: mounts[i]! })),
  };
  const disks = Object.keys(about.members).filter((name) => name.startsWith("disk-")).sort().map((name) => path.join(dir, name));
  return {
    snapshot: { stateFile: path.join(dir, "state"), disks, launch, profile: { ...about.profile, kernel }, compression: about.compression, ramBackend: about.ramBackend },
    about,
  };
}
