// A profile is what a VM boots: kernel, initrds, cmdline, memory and cpus.
// "minimal" is built in (made by `npm run setup`); the suite's provium.toml
// adds its own, typically a kernel the developer just built.
import { accessSync, constants, readFileSync } from "node:fs";
import type { Config } from "../config/config.ts";
import { ProviumError } from "../util/errors.ts";
import { paths } from "../util/home.ts";
import type { DirSource } from "./guest-mounts.ts";
import { kernelRelease, modulesTree, type ModulesTree } from "./kernel-modules.ts";

export interface Profile {
  name: string;
  kernel: string;
  /** Concatenated in order; the agent overlay is appended at boot. */
  initrds: string[];
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** The kernel's modules, shown at /lib/modules/<release>. */
  modules?: ModulesTree;
}

/** The directories a profile brings into every guest of it. */
export function profileDirs(profile: Profile): DirSource[] {
  return profile.modules ? [{ target: profile.modules.target, dir: profile.modules.dir }] : [];
}

export const BUILTIN_PROFILE = "minimal";
const DEFAULT_MEMORY_MIB = 256;
const SETUP_HINT = "run `npm run setup` (or `provium setup`)";

export function checkReadable(file: string, what: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not readable";
    throw new ProviumError(`${what} ${file} ${reason}`);
  }
}

/** A profile's modules tree, checked against its kernel's release (the header's, else the one given). */
function profileModules(root: string | undefined, kernel: string, what: string, release?: string): ModulesTree | undefined {
  return root === undefined ? undefined : modulesTree(root, kernelRelease(kernel) ?? release, kernel, what);
}

function builtinProfile(modulesOverride?: string): Profile {
  const file = `${paths().profileDir(BUILTIN_PROFILE)}/profile.json`;
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    throw new ProviumError(`the built-in profile '${BUILTIN_PROFILE}' is not set up (no ${file}): ${SETUP_HINT}`);
  }
  const profile: Profile = {
    name: BUILTIN_PROFILE,
    kernel: String(stored.kernel),
    initrds: (stored.initrds as string[]) ?? [],
    cmdline: String(stored.cmdline ?? ""),
    memoryMiB: Number(stored.memoryMiB ?? DEFAULT_MEMORY_MIB),
    cpus: Number(stored.cpus ?? 1),
  };
  for (const file of [profile.kernel, ...profile.initrds]) {
    try {
      checkReadable(file, `the built-in profile's file`);
    } catch (error) {
      throw new ProviumError(`${(error as Error).message}: ${SETUP_HINT}`);
    }
  }
  const release = typeof stored.kernelVersion === "string" ? stored.kernelVersion : undefined;
  if (modulesOverride) profile.modules = profileModules(modulesOverride, profile.kernel, "--modules", release);
  else if (typeof stored.modules === "string") {
    try {
      profile.modules = profileModules(stored.modules, profile.kernel, `the built-in profile's modules`, release);
    } catch (error) {
      throw new ProviumError(`${(error as Error).message}: ${SETUP_HINT}`);
    }
  }
  return profile;
}

export function resolveProfile(name: string, config: Config = { profiles: {} }): Profile {
  const user = config.profiles[name];
  const modulesOverride = config.modulesOverride?.profile === name ? config.modulesOverride.dir : undefined;
  if (!user) {
    if (name === BUILTIN_PROFILE) return builtinProfile(modulesOverride);
    const known = [BUILTIN_PROFILE, ...Object.keys(config.profiles)].join(", ");
    const where = config.file ? `add [profiles.${name}] to ${config.file}` : "define it under [profiles.NAME] in the suite's provium.toml";
    throw new ProviumError(`unknown profile '${name}' (known: ${known}): ${where}`);
  }
  const key = (field: string) => `profiles.${name}.${field}${config.file ? ` in ${config.file}` : ""}`;
  if (!user.kernel) throw new ProviumError(`profile '${name}' has no kernel: set ${key("kernel")}`);
  checkReadable(user.kernel, `profile '${name}': kernel (${key("kernel")})`);
  // Without an initrd of its own, a profile gets the built-in busybox rootfs.
  const initrds = user.initrd ? [user.initrd] : [paths().baseRootfs];
  if (user.initrd) checkReadable(user.initrd, `profile '${name}': initrd (${key("initrd")})`);
  else checkReadable(paths().baseRootfs, `profile '${name}' has no initrd, and the built-in busybox rootfs`);
  return {
    name,
    kernel: user.kernel,
    initrds,
    cmdline: user.cmdline ?? "",
    memoryMiB: user.memory ?? DEFAULT_MEMORY_MIB,
    cpus: user.cpus ?? 1,
    modules: profileModules(modulesOverride ?? user.modules, user.kernel, modulesOverride ? "--modules" : key("modules")),
  };
}
