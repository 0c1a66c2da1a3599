// A profile is what a VM boots: kernel, initrds, cmdline, memory and cpus.
// "minimal" is built in (made by `npm run setup`); the suite's provium.toml
// adds its own, typically a kernel the developer just built.
import { accessSync, constants, readFileSync } from "node:fs";
import type { Config, ProfileConfig } from "../config/config.ts";
import { defaultArch, type Arch } from "../util/arch.ts";
import { kernelUnusable, ProviumError } from "../util/errors.ts";
import { paths } from "../util/home.ts";
import { checkDirSource, type DirSource } from "./guest-mounts.ts";
import { guestArch, setupCommand } from "./guest-arch.ts";
import { kernelImage, kernelRelease } from "./kernel-image.ts";
import { modulesTree, type ModulesTree } from "./kernel-modules.ts";
import { checkRootfs, type Rootfs } from "./rootfs.ts";

export interface Profile {
  name: string;
  /** The guest architecture: what its kernel is built for. */
  arch: Arch;
  kernel: string;
  /** Concatenated in order; the agent overlay is appended at boot. */
  initrds: string[];
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** The kernel's modules, shown at /lib/modules/<release>. */
  modules?: ModulesTree;
  /** The guest's / (read-only, under a throwaway writable layer); without one, the initramfs is the root. */
  rootfs?: Rootfs;
  /** Host directories shown in every guest of it (provium.toml's dirs, --dir). */
  dirs?: DirSource[];
}

/** The directories a profile brings into every guest of it: its modules and its dirs. */
export function profileDirs(profile: Profile): DirSource[] {
  return [...(profile.modules ? [{ target: profile.modules.target, dir: profile.modules.dir }] : []), ...(profile.dirs ?? [])];
}

export const BUILTIN_PROFILE = "minimal";
/** The built-in guest with a distribution's userspace (`npm run setup -- --distro`). */
export const DISTRO_PROFILE = "distro";
const BUILTIN_PROFILES = [BUILTIN_PROFILE, DISTRO_PROFILE];
const DEFAULT_MEMORY_MIB = 256;

export function checkReadable(file: string, what: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not readable";
    throw new ProviumError(`${what} ${file} ${reason}`);
  }
}

/** The architecture of a kernel QEMU boots (a bzImage, an arm64 Image, an ELF vmlinux); `what` names the setting. */
export function checkKernelImage(file: string, what: string): Arch {
  return kernelImage(file, what).arch;
}

/** A profile's modules tree, checked against its kernel's release (the header's, else the one given). */
function profileModules(root: string | undefined, kernel: string, what: string, release?: string): ModulesTree | undefined {
  return root === undefined ? undefined : modulesTree(root, kernelRelease(kernel) ?? release, kernel, what);
}

/** A built-in profile's profile.json (written by setup). */
function readStored(name: string, arch: Arch, hint: string): Record<string, unknown> {
  const file = `${paths(undefined, arch).profileDir(name)}/profile.json`;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    const which = arch === "x86_64" ? "" : ` for ${arch}`;
    throw new ProviumError(`the built-in profile '${name}'${which} is not set up (no ${file}): run ${hint}`);
  }
}

/** Runs check; a failure of a built-in profile's file is one that setup repairs. */
function setupRepairs<T>(check: () => T, hint: string): T {
  try {
    return check();
  } catch (error) {
    throw new ProviumError(`${(error as Error).message}: ${hint}`);
  }
}

function builtinProfile(name: string, arch: Arch): Profile {
  if (name === DISTRO_PROFILE) {
    const hint = setupCommand(arch, true);
    const stored = readStored(name, arch, hint);
    const rootfs = setupRepairs(() => checkRootfs(String(stored.rootfs), `the built-in profile '${name}''s root filesystem`), `run ${hint}`);
    return { ...builtinProfile(BUILTIN_PROFILE, arch), name, rootfs };
  }
  const hint = setupCommand(arch);
  const stored = readStored(name, arch, hint);
  const profile: Profile = {
    name,
    arch,
    kernel: String(stored.kernel),
    initrds: (stored.initrds as string[]) ?? [],
    cmdline: String(stored.cmdline ?? ""),
    memoryMiB: Number(stored.memoryMiB ?? DEFAULT_MEMORY_MIB),
    cpus: Number(stored.cpus ?? 1),
  };
  for (const file of [profile.kernel, ...profile.initrds]) setupRepairs(() => checkReadable(file, `the built-in profile's file`), `run ${hint}`);
  // The stored release: an arm64 Image would otherwise be read whole to find it.
  const release = typeof stored.kernelVersion === "string" ? stored.kernelVersion : undefined;
  if (typeof stored.modules === "string")
    profile.modules = setupRepairs(() => modulesTree(String(stored.modules), release, profile.kernel, `the built-in profile's modules`), `run ${hint}`);
  return profile;
}

function userProfile(name: string, user: ProfileConfig, config: Config): Profile {
  const key = (field: string) => `profiles.${name}.${field}${config.file ? ` in ${config.file}` : ""}`;
  if (!user.kernel) throw new ProviumError(`profile '${name}' has no kernel: set ${key("kernel")}`);
  const kernel = user.kernel;
  // What a kernel build makes (kernel, initrd, modules) may be missing where it did not build: the kernel's mistake.
  const image = kernelUnusable(() => {
    checkReadable(kernel, `profile '${name}': kernel (${key("kernel")})`);
    if (user.initrd) checkReadable(user.initrd, `profile '${name}': initrd (${key("initrd")})`);
    return kernelImage(kernel, `profile '${name}': kernel (${key("kernel")})`);
  });
  if (user.arch !== undefined && user.arch !== image.arch)
    throw new ProviumError(
      `profile '${name}': ${key("arch")} is ${user.arch}, but its kernel ${kernel} is an ${guestArch(image.arch).title} ${image.format}: give a kernel built for ${user.arch} (${guestArch(user.arch).kernelImage}), or fix the arch`,
    );
  const arch = image.arch;
  // Without an initrd of its own, a profile gets the built-in busybox rootfs of its architecture.
  const base = paths(undefined, arch).baseRootfs;
  const initrds = user.initrd ? [user.initrd] : [base];
  if (!user.initrd) setupRepairs(() => checkReadable(base, `profile '${name}' has no initrd, and the built-in busybox rootfs for ${arch}`), `run ${setupCommand(arch)}`);
  return {
    name,
    arch,
    kernel,
    initrds,
    cmdline: user.cmdline ?? "",
    memoryMiB: user.memory ?? DEFAULT_MEMORY_MIB,
    cpus: user.cpus ?? 1,
    modules: kernelUnusable(() => profileModules(user.modules, kernel, key("modules"))),
    rootfs: user.rootfs === undefined ? undefined : checkRootfs(user.rootfs, `profile '${name}': rootfs (${key("rootfs")})`),
    dirs: user.dirs?.map((d) => checkDirSource(d, `profile '${name}': dirs['${d.target}'] (${key("dirs")})`)),
  };
}

/** The architecture of a profile of the suite (its arch, else its kernel's), or undefined for the built-in ones, which have each. */
export function profileArch(name: string, config: Config): Arch | undefined {
  const user = config.profiles[name];
  if (!user?.kernel) return undefined;
  if (user.arch) return user.arch;
  checkReadable(user.kernel, `profile '${name}': kernel`);
  return kernelImage(user.kernel, `profile '${name}': kernel`).arch;
}

/**
 * The profile name names, for a guest of arch (the run's): the built-in ones
 * are set up per architecture; a profile of the suite is its kernel's, and one
 * of another architecture than the run's is an error (every VM of a run's
 * architecture is of that architecture, so its results say what they ran on).
 */
export function resolveProfile(name: string, config: Config = { profiles: {} }, arch: Arch = defaultArch()): Profile {
  const user = config.profiles[name];
  if (!user && !BUILTIN_PROFILES.includes(name)) {
    const known = [...BUILTIN_PROFILES, ...Object.keys(config.profiles)].join(", ");
    const where = config.file ? `add [profiles.${name}] to ${config.file}` : "define it under [profiles.NAME] in the suite's provium.toml";
    throw new ProviumError(`unknown profile '${name}' (known: ${known}): ${where}`);
  }
  const profile = user ? userProfile(name, user, config) : builtinProfile(name, arch);
  if (profile.arch !== arch)
    throw new ProviumError(
      `profile '${name}' is for ${profile.arch} (its kernel ${profile.kernel}), but this run's guests are ${arch}: run it with --arch ${profile.arch} (a run may name several: --arch ${arch},${profile.arch})`,
    );
  // provium run --modules/--rootfs: over the run's default profile's own
  const o = config.overrides?.profile === name ? config.overrides : undefined;
  if (o?.modules) profile.modules = kernelUnusable(() => profileModules(o.modules, profile.kernel, "--modules", profile.modules?.release));
  if (o?.rootfs) profile.rootfs = checkRootfs(o.rootfs, "--rootfs");
  if (o?.dirs) profile.dirs = [...(profile.dirs ?? []), ...o.dirs.map((d) => checkDirSource(d, `--dir ${d.target}`))];
  return profile;
}
