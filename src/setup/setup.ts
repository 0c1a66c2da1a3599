// `npm run setup`: everything Provium needs on this host, built into
// PROVIUM_HOME, for the guest architectures asked for (default: the host's).
// Idempotent: each step checks what is already there and says whether it did
// work or skipped. The steps themselves live in this folder.

import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultArch, hostArch } from "../util/arch.ts";
import { paths, type ProviumPaths } from "../util/home.ts";
import { packageRoot } from "../util/package-root.ts";
import { buildAgent } from "./agent-build.ts";
import { Apt, type PackageArchive } from "./apt.ts";
import { ForeignArchive, foreignSources } from "./foreign-archive.ts";
import { foreignBusybox } from "./foreign-busybox.ts";
import { kernelPackage } from "./kernel-package.ts";
import { virtioModules } from "./modules.ts";
import { allModules, modulesImage } from "./modules-tree.ts";
import { DEBIAN_ARCH, readOsRelease } from "./os-release.ts";
import { profileStep } from "./profile.ts";
import { buildRootfs, hostBusybox } from "./rootfs.ts";
import { Runner, valueOf, type Result } from "./runner.ts";
import { buildDistro } from "./distro.ts";
import type { SetupOptions } from "./options.ts";
import { systemPackages } from "./system-packages.ts";

/** The steps of one architecture's guests (after the system packages). */
const ARCH_STEPS = 7;

/** Where arch's packages come from: the host's apt for its own architecture, setup's own apt for another. */
async function archiveFor(p: ProviumPaths, apt: Apt): Promise<PackageArchive> {
  if (p.arch === hostArch()) return apt;
  const debianArch = DEBIAN_ARCH[p.arch];
  return new ForeignArchive(join(p.downloads, "apt"), debianArch, foreignSources(await readOsRelease(), debianArch));
}

/** Runs every setup step; returns the process exit code. */
export async function runSetup(options: SetupOptions = {}): Promise<number> {
  const repoRoot = packageRoot();
  const arches = options.arches ?? [defaultArch()];
  const apt = new Apt();
  const runner = new Runner(1 + arches.length * (ARCH_STEPS + (options.distro ? 1 : 0)));

  // Unpacked kernel packages live here for the duration of the run only; the
  // modules tree is staged beside the profile (it is moved into it).
  const scratch = await mkdtemp(join(tmpdir(), "provium-setup-"));
  const stagings = arches.map((arch) => join(paths(undefined, arch).profilesDir, `.modules-${process.pid}.tmp`));
  process.once("SIGINT", () => {
    rmSync(scratch, { recursive: true, force: true });
    for (const staging of stagings) rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  });

  console.log(`Provium setup into ${paths().home} for ${arches.join(", ")}`);
  try {
    const system = await runner.step("system packages", [], () => systemPackages(apt, arches));
    for (const [i, arch] of arches.entries()) await archSteps(runner, paths(undefined, arch), apt, join(scratch, arch), stagings[i]!, repoRoot, options, arches.length > 1 || arch !== hostArch() ? ` (${arch})` : "", system);
  } finally {
    await rm(scratch, { recursive: true, force: true });
    for (const staging of stagings) await rm(staging, { recursive: true, force: true });
  }
  return runner.finish();
}

/** One architecture's guests; label tells its steps apart when there are several. */
async function archSteps(runner: Runner, p: ProviumPaths, apt: Apt, scratch: string, staging: string, repoRoot: string, options: SetupOptions, label: string, system: Result<void>): Promise<void> {
  await mkdir(scratch, { recursive: true });
  const archive = await archiveFor(p, apt);
  const kernel = await runner.step(`kernel package${label}`, [], () => kernelPackage(archive, p, scratch));
  const tree = await runner.step(`all modules${label}`, [kernel], () => allModules(valueOf(kernel), staging, apt));
  const modules = await runner.step(`virtio modules${label}`, [kernel, tree], () => virtioModules(valueOf(kernel), valueOf(tree)));
  const native = p.arch === hostArch();
  // Another architecture's busybox is listed with its user-mode emulator, and its agent built with its cross compiler: system packages.
  const rootfs = await runner.step(`busybox rootfs${label}`, native ? [] : [system], async () =>
    buildRootfs(native ? await hostBusybox() : await foreignBusybox(archive, p, scratch), p.baseRootfs),
  );
  await runner.step(`agent${label}`, native ? [] : [system], () => buildAgent(repoRoot, p.agent, p.arch));
  const profile = await runner.step(`profile${label}`, [kernel, modules, tree, rootfs], () => profileStep(p, valueOf(kernel), valueOf(modules), valueOf(tree)));
  await runner.step(`modules image${label}`, [profile], () => modulesImage(p));
  const distro = options.distro;
  if (distro) await runner.step(`distro root filesystem${label}`, [profile], () => buildDistro(p, apt, distro));
}

