// The kernel modules the guest needs to talk to the host (virtio PCI
// transport + virtio console + virtio blk), in load order, packed as
// modules.cpio. Guest init loads the files listed in /etc/provium/modules, in
// order. They are taken from the tree the "all modules" step made
// (modules-tree.ts): decompressed already, with depmod's modules.dep.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { koFileName, moduleName } from "../vm/kernel-modules.ts";
import { writeCpio, type CpioEntry } from "../vm/cpio.ts";
import { SetupError } from "./errors.ts";
import { exists } from "./files.ts";
import type { KernelStepValue } from "./kernel-package.ts";
import type { ModulesTreeStepValue } from "./modules-tree.ts";
import type { StepOutcome } from "./runner.ts";

/** The agent's port (virtio_console) and scratch disks (virtio_blk), with what they need. */
export const TARGET_MODULES = ["virtio_pci", "virtio_console", "virtio_blk"];

export { compressionOf, koFileName, moduleName, type ModuleCompression as Compression } from "../vm/kernel-modules.ts";

/** modules.dep → module name → the names it depends on (deps as listed). */
export function parseModulesDep(text: string): { paths: Map<string, string>; deps: Map<string, string[]> } {
  const paths = new Map<string, string>();
  const deps = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const path = line.slice(0, colon).trim();
    const name = moduleName(path);
    paths.set(name, path);
    deps.set(name, line.slice(colon + 1).trim().split(/\s+/).filter(Boolean).map(moduleName));
  }
  return { paths, deps };
}

/** modules.builtin (one path per line) → names of modules compiled into the kernel. */
export function parseBuiltin(text: string): Set<string> {
  return new Set(text.split("\n").map((l) => l.trim()).filter(Boolean).map(moduleName));
}

/**
 * Targets plus everything they need, dependencies before dependents; built-in
 * modules are left out (there is nothing to load). Throws if a module is
 * neither built in nor known.
 */
export function loadOrder(targets: string[], deps: Map<string, string[]>, builtin: Set<string>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (name: string, from: string | null): void => {
    if (done.has(name) || builtin.has(name)) return;
    if (visiting.has(name)) throw new SetupError(`module dependency cycle through ${name}`);
    const own = deps.get(name);
    if (!own) {
      const why = from ? ` (needed by ${from})` : "";
      throw new SetupError(`the kernel has no module ${name}${why}, and it is not built in`, "this kernel cannot run Provium guests; use a kernel with virtio PCI and virtio console");
    }
    visiting.add(name);
    for (const d of own) visit(d, name);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const t of targets) visit(moduleName(t), null);
  return order;
}

/** The modules.cpio overlay: the .ko files plus the list guest init walks. */
export function modulesCpioEntries(mods: { file: string; data: Buffer }[]): CpioEntry[] {
  return [
    { type: "dir", path: "lib", mode: 0o755 },
    { type: "dir", path: "lib/modules", mode: 0o755 },
    { type: "dir", path: "lib/modules/provium", mode: 0o755 },
    ...mods.map((m): CpioEntry => ({ type: "file", path: `lib/modules/provium/${m.file}`, mode: 0o644, data: m.data })),
    { type: "dir", path: "etc", mode: 0o755 },
    { type: "dir", path: "etc/provium", mode: 0o755 },
    { type: "file", path: "etc/provium/modules", mode: 0o644, data: Buffer.from(mods.map((m) => m.file + "\n").join("")) },
  ];
}

export interface PackedModules {
  cpio: CpioEntry[];
  /** Module file names in load order (empty when all are built in). */
  files: string[];
}

/** The closure of TARGET_MODULES in a decompressed modules directory with its modules.dep, as the overlay's entries. */
export async function packModules(modulesDir: string): Promise<PackedModules> {
  const builtinPath = join(modulesDir, "modules.builtin");
  const builtin = (await exists(builtinPath)) ? parseBuiltin(await readFile(builtinPath, "utf8")) : new Set<string>();
  const { paths, deps } = parseModulesDep(await readFile(join(modulesDir, "modules.dep"), "utf8"));
  const mods: { file: string; data: Buffer }[] = [];
  for (const name of loadOrder(TARGET_MODULES, deps, builtin)) {
    const path = paths.get(name);
    if (!path) throw new SetupError(`modules.dep lists ${name} but its file is missing`);
    mods.push({ file: koFileName(path), data: await readFile(join(modulesDir, path)) });
  }
  return { cpio: modulesCpioEntries(mods), files: mods.map((m) => m.file) };
}

export interface ModulesStepValue {
  /** modules.cpio bytes, or null when the assembled profile's are current. */
  cpio: Buffer | null;
  files: string[];
}

export async function virtioModules(kernel: KernelStepValue, tree: ModulesTreeStepValue): Promise<StepOutcome<ModulesStepValue>> {
  const list = (files: string[]) => (files.length ? files.map((f) => f.replace(/\.ko$/, "")).join(", ") : "none needed, all built in");
  if (!kernel.tree || !tree.tree) {
    const files = kernel.current?.modules ?? [];
    return { status: "skipped", detail: `already packed: ${list(files)}`, value: { cpio: null, files } };
  }
  const packed = await packModules(join(tree.tree, "lib", "modules", kernel.tree.kernelVersion));
  return { status: "done", detail: `load order: ${list(packed.files)}`, value: { cpio: writeCpio(packed.cpio), files: packed.files } };
}
