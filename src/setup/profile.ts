// Step 6: the "minimal" profile — kernel image, modules overlay and
// profile.json — plus the stamp (see stamp.ts), written last.

import { readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Arch } from "../util/arch.ts";
import type { ProviumPaths } from "../util/home.ts";
import { atomicWrite, writeIfChanged } from "./files.ts";
import { PROFILE, STAMP, type Stamp } from "./stamp.ts";
import { packagesKey, type KernelStepValue } from "./kernel-package.ts";
import { TARGET_MODULES, type ModulesStepValue } from "./modules.ts";
import type { StepOutcome } from "./runner.ts";
import type { ModulesTreeStepValue } from "./modules-tree.ts";

export interface ProfileJson {
  name: string;
  arch: Arch;
  kernel: string;
  initrds: string[];
  kernelVersion: string;
  package: string;
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** INSTALL_MOD_PATH-style tree of all the kernel's modules (lib/modules/<release>). */
  modules: string;
}

/** Where the profile keeps every module of its kernel. */
export const modulesRoot = (p: ProviumPaths) => join(p.profileDir(PROFILE), "modules");

export function profileJson(p: ProviumPaths, stamp: Stamp): ProfileJson {
  const dir = p.profileDir(PROFILE);
  return {
    name: PROFILE,
    arch: p.arch,
    kernel: join(dir, "vmlinuz"),
    initrds: [p.baseRootfs, join(dir, "modules.cpio")],
    kernelVersion: stamp.kernelVersion,
    package: stamp.package,
    cmdline: "",
    memoryMiB: 256,
    cpus: 1,
    modules: modulesRoot(p),
  };
}

/** Fresh kernel files to install, or null when the assembled ones are current. */
export interface FreshKernel {
  vmlinuz: string;
  modulesCpio: Buffer;
  /** The new modules tree, staged beside the profile (moved into it). */
  modulesTree: string;
}

export async function writeProfile(p: ProviumPaths, stamp: Stamp, fresh: FreshKernel | null): Promise<StepOutcome<void>> {
  const dir = p.profileDir(PROFILE);
  const json = JSON.stringify(profileJson(p, stamp), null, 2) + "\n";
  if (!fresh) {
    const wrote = await writeIfChanged(join(dir, "profile.json"), json);
    return { status: wrote ? "done" : "skipped", detail: wrote ? `rewrote ${join(dir, "profile.json")}` : `${dir} up to date`, value: undefined };
  }
  // Drop the stamp first: until the new one is written, the profile is incomplete.
  await rm(join(dir, STAMP), { force: true });
  // Debian ships vmlinuz 0600; QEMU runs as the user, so it must be readable.
  await atomicWrite(join(dir, "vmlinuz"), await readFile(fresh.vmlinuz), 0o644);
  await atomicWrite(join(dir, "modules.cpio"), fresh.modulesCpio);
  await rm(modulesRoot(p), { recursive: true, force: true });
  await rename(fresh.modulesTree, modulesRoot(p));
  await atomicWrite(join(dir, "profile.json"), json);
  await atomicWrite(join(dir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
  return { status: "done", detail: `wrote ${dir} (kernel ${stamp.kernelVersion})`, value: undefined };
}

/** Glue for main: the stamp from what steps 2 and 3 produced, then write. */
export async function profileStep(p: ProviumPaths, kernel: KernelStepValue, modules: ModulesStepValue, tree: ModulesTreeStepValue): Promise<StepOutcome<void>> {
  if (!kernel.tree || !modules.cpio || !tree.tree) {
    if (!kernel.current) throw new Error("internal: kernel skipped without a stamp");
    return writeProfile(p, kernel.current, null);
  }
  const stamp: Stamp = {
    packages: packagesKey(kernel.resolved),
    package: kernel.resolved.image.name,
    kernelVersion: kernel.tree.kernelVersion,
    modules: modules.files,
    targets: TARGET_MODULES.join(" "),
  };
  return writeProfile(p, stamp, { vmlinuz: kernel.tree.vmlinuz, modulesCpio: modules.cpio, modulesTree: tree.tree });
}
