// A kernel's modules tree (what `make modules_install INSTALL_MOD_PATH=DIR`
// writes: DIR/lib/modules/<release>/…) checked against the kernel that will
// load it, so that a mismatch is one clear error before any guest boots; and
// how module files are named.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";

export type ModuleCompression = "none" | "xz" | "zst" | "gz";

const KO = /\.ko(?:\.(xz|zst|gz))?$/;

/** Compression of a module file, or null when the name is not a module. */
export function compressionOf(file: string): ModuleCompression | null {
  const m = KO.exec(file);
  if (!m) return null;
  return (m[1] as ModuleCompression | undefined) ?? "none";
}

/** `…/virtio-rng.ko.zst` → `virtio-rng.ko`: the file name once decompressed. */
export function koFileName(file: string): string {
  return path.basename(file).replace(KO, ".ko");
}

/** Module name as the kernel and modprobe see it: no suffix, `-` read as `_`. */
export function moduleName(file: string): string {
  return path.basename(file).replace(KO, "").replace(/-/g, "_");
}

export interface ModulesTree {
  /** The host directory DIR/lib/modules/<release>. */
  dir: string;
  release: string;
  /** Where the guest sees it. */
  target: string;
}

/**
 * DIR/lib/modules/<release> for the kernel of that release. `what` names the
 * setting in errors (e.g. "--modules", "profiles.x.modules in provium.toml").
 */
export function modulesTree(root: string, release: string | undefined, kernel: string, what: string): ModulesTree {
  const base = path.join(root, "lib", "modules");
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
    throw new ProviumError(`${what}: ${root} ${existsSync(root) ? "is not a directory" : "does not exist"} (give the INSTALL_MOD_PATH of \`make modules_install\`)`);
  const releases = existsSync(base) ? readdirSync(base).filter((name) => statSync(path.join(base, name)).isDirectory()) : [];
  if (releases.length === 0)
    throw new ProviumError(`${what}: ${root} has no lib/modules/<release> inside: give the directory \`make modules_install INSTALL_MOD_PATH=DIR\` wrote into`);
  if (!release) throw new ProviumError(`${what}: cannot tell the release of the kernel ${kernel} (no version in its header), so cannot pick its modules`);
  if (!releases.includes(release))
    throw new ProviumError(
      `${what}: ${root} holds modules for ${releases.map((r) => `'${r}'`).join(", ")}, but the guest kernel ${kernel} is '${release}': give the modules of that kernel's build`,
    );
  const dir = path.join(base, release);
  if (!existsSync(path.join(dir, "modules.dep")))
    throw new ProviumError(`${what}: ${dir} has no modules.dep (modprobe needs it): run \`depmod -b ${root} ${release}\``);
  return { dir, release, target: `/lib/modules/${release}` };
}
