// Step 2: the guest kernel, from the distribution's package archive. The
// metapackage's Depends names the current concrete kernel package; that
// package (plus, on Ubuntu, its separate modules package) is fetched with
// `apt-get download` (no root needed) and unpacked with `dpkg-deb -x`.

import { mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { PackageArchive, PackageInfo } from "./apt.ts";
import { SetupError } from "./errors.ts";
import { exists } from "./files.ts";
import { run } from "./proc.ts";
import { kernelMetapackage, readOsRelease } from "./os-release.ts";
import { readStamp, type Stamp } from "./stamp.ts";
import { TARGET_MODULES } from "./modules.ts";
import type { StepOutcome } from "./runner.ts";
import type { ProviumPaths } from "../util/home.ts";

export interface DebRef {
  name: string;
  version: string;
}

export interface ResolvedKernel {
  metapackage: string;
  image: DebRef;
  /** Other packages the kernel's files are split into (Ubuntu: linux-modules-<ver>). */
  extra: DebRef[];
}

export interface KernelTree {
  kernelVersion: string;
  vmlinuz: string;
  modulesDir: string;
}

/** From a package's Depends: the concrete kernel image, or a further metapackage to follow. */
export function pickImageDep(deps: string[]): { concrete?: string; meta?: string } {
  const concrete = deps.find((d) => /^linux-image-(unsigned-)?\d/.test(d));
  if (concrete) return { concrete };
  const meta = deps.find((d) => /^linux-image-/.test(d));
  return meta ? { meta } : {};
}

/** From a concrete image's Depends: the package holding its modules, if split out (Ubuntu). */
export function pickModulesDep(deps: string[]): string | undefined {
  return deps.find((d) => /^linux-modules-\d/.test(d));
}

/**
 * Follow the metapackage to the concrete kernel package(s) and their versions.
 * `guess` (the packages the current profile came from) is queried in the same
 * apt-cache call, so an unchanged kernel costs one call.
 */
export async function resolveKernel(apt: PackageArchive, metapackage: string, guess: string[] = []): Promise<ResolvedKernel> {
  const known = await apt.showAfterUpdate([metapackage, ...guess]);
  const info = async (name: string): Promise<PackageInfo> => {
    const found = known.get(name) ?? (await apt.show([name])).get(name);
    if (!found) throw new SetupError(`apt has no installable version of ${name}`, "check that the distribution's main archive is in the apt sources (and run `apt-get update` as root), then re-run npm run setup");
    return found;
  };
  let pkg = metapackage;
  for (let depth = 0; depth < 4; depth++) {
    const next = pickImageDep((await info(pkg)).depends);
    if (next.concrete) {
      const concrete = await info(next.concrete);
      const image = { name: next.concrete, version: concrete.version };
      const modules = pickModulesDep(concrete.depends);
      const extra = modules ? [{ name: modules, version: (await info(modules)).version }] : [];
      return { metapackage, image, extra };
    }
    if (!next.meta) break;
    pkg = next.meta;
  }
  throw new SetupError(`cannot find the concrete kernel package behind ${metapackage}`, `report this with the output of \`apt-cache show ${pkg}\``);
}

/** Prefix of the file `apt-get download` writes (":" in an epoch is escaped). */
const debPrefix = (d: DebRef) => `${d.name}_${d.version.replace(/:/g, "%3a")}_`;

/** Fetch the .debs (from archive) into `dir` unless already there; the dir's other .debs are pruned. Returns paths. */
export async function downloadDebs(debs: DebRef[], dir: string, archive: PackageArchive): Promise<{ files: string[]; fetched: number }> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let fetched = 0;
  for (const deb of debs) {
    let name = (await readdir(dir)).find((f) => f.startsWith(debPrefix(deb)) && f.endsWith(".deb"));
    if (!name) {
      // Download into a private dir and rename: an interrupted download never
      // looks like a complete .deb.
      const partial = await mkdtemp(join(dir, ".partial-"));
      try {
        // As root, apt would try to drop to _apt, which cannot write here.
        const sandbox = process.getuid?.() === 0 ? ["-o", "APT::Sandbox::User=root"] : [];
        await run("apt-get", [...sandbox, ...archive.aptOptions, "download", `${deb.name}=${deb.version}`], {
          cwd: partial,
          hint: "check the network (and `apt-get update`), then re-run npm run setup",
        });
        name = (await readdir(partial)).find((f) => f.endsWith(".deb"));
        if (!name) throw new SetupError(`apt-get download ${deb.name} produced no .deb`);
        await rename(join(partial, name), join(dir, name));
        fetched++;
      } finally {
        await rm(partial, { recursive: true, force: true });
      }
    }
    files.push(join(dir, name));
  }
  const keep = new Set(files.map((f) => f.slice(dir.length + 1)));
  for (const f of await readdir(dir)) {
    if (f.endsWith(".deb") && !keep.has(f)) await rm(join(dir, f), { force: true });
  }
  return { files, fetched };
}

/** Unpack the .debs into `into` and locate the kernel image and its modules directory. */
export async function extractKernel(debFiles: string[], into: string): Promise<KernelTree> {
  for (const f of debFiles) await run("dpkg-deb", ["-x", f, into]);
  const boot = (await readdir(join(into, "boot")).catch(() => [] as string[])).filter((f) => f.startsWith("vmlinuz-"));
  const first = boot[0];
  if (boot.length !== 1 || !first) throw new SetupError(`expected one boot/vmlinuz-* in the kernel package, found ${boot.length}`);
  const kernelVersion = first.slice("vmlinuz-".length);
  for (const base of ["lib/modules", "usr/lib/modules"]) {
    const modulesDir = join(into, base, kernelVersion);
    // Not modules.dep: Debian's package has none (depmod makes it on install).
    if (await exists(modulesDir)) return { kernelVersion, vmlinuz: join(into, "boot", first), modulesDir };
  }
  throw new SetupError(`no lib/modules/${kernelVersion}/ in the kernel package(s)`);
}

/** "name=version …" of every package the kernel comes from: the stamp's key. */
export const packagesKey = (k: ResolvedKernel) => [k.image, ...k.extra].map((d) => `${d.name}=${d.version}`).join(" ");

export interface KernelStepValue {
  resolved: ResolvedKernel;
  /** Unpacked kernel, or null when the profile already holds this version. */
  tree: KernelTree | null;
  /** The current profile's stamp when it matches (tree is then null). */
  current: Stamp | null;
}

export async function kernelPackage(apt: PackageArchive, p: ProviumPaths, scratch: string): Promise<StepOutcome<KernelStepValue>> {
  const choice = kernelMetapackage(await readOsRelease(), p.arch);
  const current = await readStamp(p);
  const guess = current ? current.packages.split(" ").map((nv) => nv.split("=")[0] ?? "") : [];
  const resolved = await resolveKernel(apt, choice.metapackage, guess);
  const key = packagesKey(resolved);
  if (current?.packages === key && current.targets === TARGET_MODULES.join(" ")) {
    return { status: "skipped", detail: `${key} already assembled (via ${choice.metapackage})`, value: { resolved, tree: null, current } };
  }
  const { files, fetched } = await downloadDebs([resolved.image, ...resolved.extra], p.downloads, apt);
  const tree = await extractKernel(files, join(scratch, "kernel"));
  const how = fetched > 0 ? "downloaded and unpacked" : "unpacked (cached .deb)";
  return { status: "done", detail: `${key} ${how}, kernel ${tree.kernelVersion}`, value: { resolved, tree, current: null } };
}
