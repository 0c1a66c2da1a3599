// A profile is what a VM boots: kernel, initrds, cmdline, memory and cpus.
// "minimal" is built in (made by `npm run setup`); the suite's provium.toml
// adds its own, typically a kernel the developer just built.
import { accessSync, closeSync, constants, openSync, readFileSync, readSync } from "node:fs";
import type { Config, ProfileConfig } from "../config/config.ts";
import { kernelUnusable, ProviumError } from "../util/errors.ts";
import { paths } from "../util/home.ts";
import { checkDirSource, type DirSource } from "./guest-mounts.ts";
import { kernelRelease, modulesTree, type ModulesTree } from "./kernel-modules.ts";
import { checkRootfs, type Rootfs } from "./rootfs.ts";

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
const SETUP_HINT = "run `npm run setup` (or `provium setup`)";

export function checkReadable(file: string, what: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not readable";
    throw new ProviumError(`${what} ${file} ${reason}`);
  }
}

/** A kernel QEMU boots: a bzImage (its boot-protocol header), or an ELF vmlinux (through its PVH note). */
export function checkKernelImage(file: string, what: string): void {
  const head = Buffer.alloc(0x206);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const bzImage = head.toString("latin1", 0x202, 0x206) === "HdrS";
  const elf = head.toString("latin1", 0, 4) === "\x7fELF";
  if (!bzImage && !elf) throw new ProviumError(`${what} ${file} is not a kernel image (neither a bzImage nor an ELF vmlinux): give your build's arch/x86/boot/bzImage`);
}

/** A profile's modules tree, checked against its kernel's release (the header's, else the one given). */
function profileModules(root: string | undefined, kernel: string, what: string, release?: string): ModulesTree | undefined {
  return root === undefined ? undefined : modulesTree(root, kernelRelease(kernel) ?? release, kernel, what);
}

/** A built-in profile's profile.json (written by setup). */
function readStored(name: string, hint: string): Record<string, unknown> {
  const file = `${paths().profileDir(name)}/profile.json`;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    throw new ProviumError(`the built-in profile '${name}' is not set up (no ${file}): ${hint}`);
  }
}

/** Runs check; a failure of a built-in profile's file is one that setup repairs. */
function setupRepairs<T>(check: () => T, hint = SETUP_HINT): T {
  try {
    return check();
  } catch (error) {
    throw new ProviumError(`${(error as Error).message}: ${hint}`);
  }
}

function builtinProfile(name: string): Profile {
  if (name === DISTRO_PROFILE) {
    const hint = "run `npm run setup -- --distro` (or `provium setup --distro`)";
    const stored = readStored(name, hint);
    const rootfs = setupRepairs(() => checkRootfs(String(stored.rootfs), `the built-in profile '${name}''s root filesystem`), hint);
    return { ...builtinProfile(BUILTIN_PROFILE), name, rootfs };
  }
  const stored = readStored(name, SETUP_HINT);
  const profile: Profile = {
    name,
    kernel: String(stored.kernel),
    initrds: (stored.initrds as string[]) ?? [],
    cmdline: String(stored.cmdline ?? ""),
    memoryMiB: Number(stored.memoryMiB ?? DEFAULT_MEMORY_MIB),
    cpus: Number(stored.cpus ?? 1),
  };
  for (const file of [profile.kernel, ...profile.initrds]) setupRepairs(() => checkReadable(file, `the built-in profile's file`));
  const release = typeof stored.kernelVersion === "string" ? stored.kernelVersion : undefined;
  if (typeof stored.modules === "string")
    profile.modules = setupRepairs(() => profileModules(String(stored.modules), profile.kernel, `the built-in profile's modules`, release));
  return profile;
}

function userProfile(name: string, user: ProfileConfig, config: Config): Profile {
  const key = (field: string) => `profiles.${name}.${field}${config.file ? ` in ${config.file}` : ""}`;
  if (!user.kernel) throw new ProviumError(`profile '${name}' has no kernel: set ${key("kernel")}`);
  const kernel = user.kernel;
  // What a kernel build makes (kernel, initrd, modules) may be missing where it did not build: the kernel's mistake.
  kernelUnusable(() => {
    checkReadable(kernel, `profile '${name}': kernel (${key("kernel")})`);
    checkKernelImage(kernel, `profile '${name}': kernel (${key("kernel")})`);
    if (user.initrd) checkReadable(user.initrd, `profile '${name}': initrd (${key("initrd")})`);
  });
  // Without an initrd of its own, a profile gets the built-in busybox rootfs.
  const initrds = user.initrd ? [user.initrd] : [paths().baseRootfs];
  if (!user.initrd) checkReadable(paths().baseRootfs, `profile '${name}' has no initrd, and the built-in busybox rootfs`);
  return {
    name,
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

export function resolveProfile(name: string, config: Config = { profiles: {} }): Profile {
  const user = config.profiles[name];
  if (!user && !BUILTIN_PROFILES.includes(name)) {
    const known = [...BUILTIN_PROFILES, ...Object.keys(config.profiles)].join(", ");
    const where = config.file ? `add [profiles.${name}] to ${config.file}` : "define it under [profiles.NAME] in the suite's provium.toml";
    throw new ProviumError(`unknown profile '${name}' (known: ${known}): ${where}`);
  }
  const profile = user ? userProfile(name, user, config) : builtinProfile(name);
  // provium run --modules/--rootfs: over the run's default profile's own
  const o = config.overrides?.profile === name ? config.overrides : undefined;
  if (o?.modules) profile.modules = kernelUnusable(() => profileModules(o.modules, profile.kernel, "--modules", profile.modules?.release));
  if (o?.rootfs) profile.rootfs = checkRootfs(o.rootfs, "--rootfs");
  if (o?.dirs) profile.dirs = [...(profile.dirs ?? []), ...o.dirs.map((d) => checkDirSource(d, `--dir ${d.target}`))];
  return profile;
}
