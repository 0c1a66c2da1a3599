// Every module of the distribution kernel package, as the tree
// `make modules_install` would write (lib/modules/<release>/…): decompressed
// (the guest's busybox modprobe may not read .ko.xz/.ko.zst) and with the
// modules.dep that `depmod -b` writes. The profile shows it in every guest
// at /lib/modules/<release> (a read-only image, see src/host/images.ts), so
// `modprobe overlay` works on the built-in guest.

import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { findSbin } from "../util/executables.ts";
import type { Apt } from "./apt.ts";
import { compressionOf, type Compression } from "./modules.ts";
import { run } from "./proc.ts";
import type { KernelStepValue } from "./kernel-package.ts";
import type { StepOutcome } from "./runner.ts";
import { directoryImage, imagesDir } from "../host/images.ts";
import type { ProviumPaths } from "../util/home.ts";
import { SetupError } from "./errors.ts";
import { modulesRoot } from "./profile.ts";

/** The decompressor of each format (command, its package); each takes many files and replaces them. */
const DECOMPRESS: Record<Exclude<Compression, "none">, { cmd: string[]; pkg: string }> = {
  xz: { cmd: ["xz", "-d", "-q"], pkg: "xz-utils" },
  zst: { cmd: ["zstd", "-d", "-q", "--rm"], pkg: "zstd" },
  gz: { cmd: ["gzip", "-d", "-q"], pkg: "gzip" },
};


/** Makes root/lib/modules/<release> from the unpacked package's modules directory. */
export async function buildModulesTree(modulesDir: string, release: string, root: string, apt: Apt): Promise<number> {
  await rm(root, { recursive: true, force: true });
  const target = join(root, "lib", "modules", release);
  await mkdir(join(root, "lib", "modules"), { recursive: true });
  await run("cp", ["-a", modulesDir, target]);
  const byKind = new Map<Compression, string[]>();
  for (const rel of await readdir(target, { recursive: true })) {
    const kind = compressionOf(rel);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), join(target, rel)]);
  }
  for (const [kind, files] of byKind) {
    if (kind === "none") continue;
    const tool = DECOMPRESS[kind];
    await apt.ensure([tool.pkg]);
    for (let i = 0; i < files.length; i += 500) await run(tool.cmd[0]!, [...tool.cmd.slice(1), "--", ...files.slice(i, i + 500)]);
  }
  await apt.ensure(["kmod"]);
  await run(findSbin("depmod") ?? "depmod", ["-b", root, release], { hint: "install kmod (apt-get install kmod), then re-run npm run setup" });
  return [...byKind.values()].reduce((n, files) => n + files.length, 0);
}

export interface ModulesTreeStepValue {
  /** The new tree (a temp directory beside the profile's), or null when the profile's is current. */
  tree: string | null;
}

export async function allModules(kernel: KernelStepValue, staging: string, apt: Apt): Promise<StepOutcome<ModulesTreeStepValue>> {
  if (!kernel.tree) return { status: "skipped", detail: "already installed", value: { tree: null } };
  const count = await buildModulesTree(kernel.tree.modulesDir, kernel.tree.kernelVersion, staging, apt);
  return { status: "done", detail: `${count} modules for ${kernel.tree.kernelVersion}, modules.dep by depmod`, value: { tree: staging } };
}

/** Makes (or finds) the image of the profile's modules tree now, so that the first boot does not wait for it. */
export async function modulesImage(p: ProviumPaths): Promise<StepOutcome<void>> {
  const base = join(modulesRoot(p), "lib", "modules");
  const [release] = await readdir(base);
  if (!release) throw new SetupError(`${base} is empty`, "re-run npm run setup");
  const existed = new Set(await readdir(imagesDir()).catch(() => [] as string[]));
  const image = await directoryImage(join(base, release));
  const made = !existed.has(image.slice(imagesDir().length + 1));
  return { status: made ? "done" : "skipped", detail: `${made ? "made" : "found"} ${image}`, value: undefined };
}
