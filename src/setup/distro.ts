// `setup --distro`: the built-in profile `distro` — the minimal profile's
// kernel and modules with a root filesystem of the host's own distribution
// and release, made by mmdebstrap (bash, coreutils, util-linux, kmod,
// iproute2, procps, python3, plus the packages the user names). The root is
// built under a temp name beside the profile and renamed into place, so a
// failure leaves nothing half-written; a stamp of what it was built from
// makes the step a no-op when nothing changed.

import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { directoryImage } from "../host/images.ts";
import type { ProviumPaths } from "../util/home.ts";
import { DISTRO_PROFILE } from "../vm/profile.ts";
import type { Apt } from "./apt.ts";
import { SetupError } from "./errors.ts";
import { atomicWrite, exists } from "./files.ts";
import { readOsRelease, type OsRelease } from "./os-release.ts";
import { tryRun } from "./proc.ts";
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
}

/** What to build for this host: its distribution's release, from its main archive. */
export function distroPlan(os: OsRelease, options: DistroOptions): DistroPlan {
  const ids = [os.ID ?? "", ...(os.ID_LIKE ?? "").split(/\s+/)];
  const ubuntu = ids.includes("ubuntu");
  if (!ubuntu && !ids.includes("debian")) throw new SetupError(`--distro: no root filesystem recipe for ${os.PRETTY_NAME ?? os.ID ?? "this distribution"}`, "--distro supports Debian and Ubuntu hosts; elsewhere give a profile a rootfs of your own (docs/configuration.md)");
  const suite = os.VERSION_CODENAME || os.UBUNTU_CODENAME;
  if (!suite) throw new SetupError("--distro: /etc/os-release names no release (VERSION_CODENAME)", "a testing or unstable host: give the mirror and suite by hand is not supported yet; use a stable release");
  const mirror = options.mirror ?? (ubuntu ? "http://archive.ubuntu.com/ubuntu" : "http://deb.debian.org/debian");
  const packages = [...new Set([...DISTRO_PACKAGES, ...options.packages])].sort();
  return { suite, mirror, packages };
}

const STAMP = "stamp.json";

export async function buildDistro(p: ProviumPaths, apt: Apt, options: DistroOptions): Promise<StepOutcome<void>> {
  const plan = distroPlan(await readOsRelease(), options);
  const dir = p.profileDir(DISTRO_PROFILE);
  const root = join(dir, "root");
  const stamp = JSON.stringify(plan);
  const current = await readFile(join(dir, STAMP), "utf8").catch(() => "");
  if (current.trim() === stamp && (await exists(root))) {
    const image = await directoryImage(root);
    return { status: "skipped", detail: `${plan.suite} with ${plan.packages.length} packages up to date (image ${image})`, value: undefined };
  }
  await apt.ensure(["mmdebstrap"]);
  await mkdir(p.profilesDir, { recursive: true });
  const staging = join(p.profilesDir, `.distro-${process.pid}.tmp`);
  try {
    const args = ["--variant=minbase", `--include=${plan.packages.join(",")}`, plan.suite, staging, plan.mirror];
    const [cmd, argv] = await apt.asRoot("mmdebstrap", args, `mmdebstrap ${args.join(" ")}`); // root: the tree's files keep their owners
    const r = await tryRun(cmd, argv);
    if (!r.ok)
      throw new SetupError(
        `mmdebstrap could not build ${plan.suite} from ${plan.mirror}: ${r.why}`,
        "check that this machine reaches the mirror (or pass --mirror URL) and that the package names exist, then re-run with --distro",
      );
    // Drop the stamp first: until the new one is written, the profile is incomplete.
    await rm(join(dir, STAMP), { force: true });
    await rm(root, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await rename(staging, root);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await atomicWrite(join(dir, "profile.json"), JSON.stringify({ name: DISTRO_PROFILE, base: "minimal", rootfs: root }, null, 2) + "\n");
  const image = await directoryImage(root); // made now, so that the first boot does not wait for it
  await atomicWrite(join(dir, STAMP), stamp + "\n");
  return { status: "done", detail: `${plan.suite} from ${plan.mirror} with ${plan.packages.join(", ")} into ${root} (image ${image})`, value: undefined };
}
