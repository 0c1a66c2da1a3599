// `setup --distro`: the built-in profile `distro` — the minimal profile's
// kernel and modules with a root filesystem of the host's own distribution
// and release, made by mmdebstrap (bash, coreutils, util-linux, kmod,
// iproute2, procps, python3, plus the packages the user names). mmdebstrap
// builds the tree as root under a temp name beside the profile; it is made
// into the profile's ext4 image (as root: the tree is not all readable by
// the user) and removed, so the user keeps one image file. The image is
// written under a temp name and renamed, so a failure leaves nothing
// half-written; a stamp of what it was built from makes the step a no-op
// when nothing changed.

import { mkdir, readFile, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { hostArch, type Arch } from "../util/arch.ts";
import type { ProviumPaths } from "../util/home.ts";
import { guestArch } from "../vm/guest-arch.ts";
import { DISTRO_PROFILE } from "../vm/profile.ts";
import type { Apt } from "./apt.ts";
import { SetupError } from "./errors.ts";
import { atomicWrite, exists } from "./files.ts";
import { DEBIAN_ARCH, readOsRelease, type OsRelease } from "./os-release.ts";
import { removeAbandonedTrees, removeRootTree, rootTreeImage } from "./root-tree.ts";
import type { StepOutcome } from "./runner.ts";

export const DISTRO_PACKAGES = ["bash", "coreutils", "util-linux", "kmod", "iproute2", "procps", "python3"];

export interface DistroOptions {
  packages: string[];
  /** The archive to build from (default: the distribution's main mirror). */
  mirror?: string;
}

export interface DistroPlan {
  suite: string;
  mirror: string;
  packages: string[];
  /** Debian's name of the root's architecture, when it is not the host's (mmdebstrap --architectures). */
  foreignArch?: string;
}

/** What to build for this host: its distribution's release, from its main archive (for a foreign architecture: of that one). */
export function distroPlan(os: OsRelease, options: DistroOptions, foreignArch?: string): DistroPlan {
  const ids = [os.ID ?? "", ...(os.ID_LIKE ?? "").split(/\s+/)];
  const ubuntu = ids.includes("ubuntu");
  if (!ubuntu && !ids.includes("debian")) throw new SetupError(`--distro: no root filesystem recipe for ${os.PRETTY_NAME ?? os.ID ?? "this distribution"}`, "--distro supports Debian and Ubuntu hosts; elsewhere give a profile a rootfs of your own (docs/configuration.md)");
  const suite = os.VERSION_CODENAME || os.UBUNTU_CODENAME;
  if (!suite) throw new SetupError("--distro: /etc/os-release names no release (VERSION_CODENAME)", "--distro builds the host's own release by its code name; on a testing or unstable host, make a root with mmdebstrap by hand and give it as a profile's rootfs");
  const ports = ubuntu && foreignArch !== undefined && !["amd64", "i386"].includes(foreignArch); // Ubuntu's other architectures are on ports
  const mirror = options.mirror ?? (ports ? "http://ports.ubuntu.com/ubuntu-ports" : ubuntu ? "http://archive.ubuntu.com/ubuntu" : "http://deb.debian.org/debian");
  const packages = [...new Set([...DISTRO_PACKAGES, ...options.packages])].sort();
  return { suite, mirror, packages, ...(foreignArch && { foreignArch }) };
}

const STAMP = "stamp.json";
/** The profile's root filesystem: an image, not a tree, since only root can read the tree. */
const IMAGE = "root.ext4";
/** A build's staging tree, by the pid of its setup. */
const STAGING = /^\.distro-(\d+)\.tmp$/;

/**
 * mmdebstrap runs the new root's package scripts: for another architecture
 * that takes QEMU's user-mode emulator registered with the host kernel's
 * binfmt_misc (qemu-user-static and binfmt-support on Debian and Ubuntu).
 */
export async function checkForeignRunnable(arch: Arch, binfmtDir = "/proc/sys/fs/binfmt_misc"): Promise<void> {
  const emulator = guestArch(arch).userEmulator; // binfmt-support names the entry after it
  const entry = join(binfmtDir, emulator);
  const text = await readFile(entry, "utf8").catch(() => "");
  if (/^enabled$/m.test(text)) return;
  throw new SetupError(
    `--distro for ${arch} runs ${arch} programs while it builds the root filesystem, and this host cannot (${entry} ${text ? "is disabled" : "does not exist"})`,
    `install qemu-user-static and binfmt-support (apt-get install qemu-user-static binfmt-support; in a container, the host must register them, as binfmt_misc belongs to its kernel), then re-run with --arch ${arch} --distro`,
  );
}

export async function buildDistro(p: ProviumPaths, apt: Apt, options: DistroOptions): Promise<StepOutcome<void>> {
  const foreign = p.arch === hostArch() ? undefined : DEBIAN_ARCH[p.arch];
  const plan = distroPlan(await readOsRelease(), options, foreign);
  const dir = p.profileDir(DISTRO_PROFILE);
  const image = join(dir, IMAGE);
  const stamp = JSON.stringify(plan);
  const current = await readFile(join(dir, STAMP), "utf8").catch(() => "");
  if (current.trim() === stamp && (await exists(image)))
    return { status: "skipped", detail: `${plan.suite} with ${plan.packages.length} packages up to date (${image})`, value: undefined };
  if (foreign) await checkForeignRunnable(p.arch);
  await apt.ensure(["mmdebstrap"]);
  await mkdir(p.profilesDir, { recursive: true });
  await removeAbandonedTrees(p.profilesDir, STAGING, apt); // of a setup stopped by Ctrl-C or a kill
  const staging = join(p.profilesDir, `.distro-${process.pid}.tmp`); // as STAGING matches
  try {
    const args = ["--variant=minbase", ...(foreign ? [`--architectures=${foreign}`] : []), `--include=${plan.packages.join(",")}`, plan.suite, staging, plan.mirror];
    const r = await apt.tryAsRoot("mmdebstrap", args); // root: the tree's files keep their owners
    if (!r.ok)
      throw new SetupError(
        `mmdebstrap could not build ${plan.suite} from ${plan.mirror}: ${r.why}`,
        "check that this machine reaches the mirror (or pass --mirror URL) and that the package names exist, then re-run with --distro",
      );
    // Drop the stamp first: until the new one is written, the profile is incomplete.
    await rm(join(dir, STAMP), { force: true });
    await mkdir(dir, { recursive: true });
    await rootTreeImage(staging, image, apt);
  } catch (error) {
    await removeRootTree(staging, apt).catch(() => undefined); // the build's own error is the one to report
    await rmdir(dir).catch(() => undefined); // only if empty: made above, not an earlier build
    throw error;
  }
  await removeRootTree(staging, apt);
  await removeRootTree(join(dir, "root"), apt); // the tree earlier versions kept here
  await atomicWrite(join(dir, "profile.json"), JSON.stringify({ name: DISTRO_PROFILE, base: "minimal", rootfs: image }, null, 2) + "\n");
  await atomicWrite(join(dir, STAMP), stamp + "\n");
  return { status: "done", detail: `${plan.suite} from ${plan.mirror} with ${plan.packages.join(", ")} into ${image}`, value: undefined };
}
