// Step 3: the kernel modules the guest needs to talk to the host (virtio PCI
// transport + virtio console), in load order, packed as modules.cpio. Guest
// init loads the files listed in /etc/provium/modules, in order.
//
// Dependencies come from modules.dep when the package ships one (Ubuntu);
// Debian's package does not (depmod runs at install time), so then they are
// read from each module's own .modinfo `depends=` — the data depmod uses.

import { readFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { writeCpio, type CpioEntry } from "../vm/cpio.ts";
import type { Apt } from "./apt.ts";
import { elfSection } from "./elf.ts";
import { SetupError } from "./errors.ts";
import { exists } from "./files.ts";
import type { KernelStepValue } from "./kernel-package.ts";
import { findExecutable } from "../util/executables.ts";
import { runBinary } from "./proc.ts";
import type { StepOutcome } from "./runner.ts";

/** The agent's port (virtio_console) and scratch disks (virtio_blk), with what they need. */
export const TARGET_MODULES = ["virtio_pci", "virtio_console", "virtio_blk"];

export type Compression = "none" | "xz" | "zst" | "gz";

const KO = /\.ko(?:\.(xz|zst|gz))?$/;

/** Compression of a module file, or null when the name is not a module. */
export function compressionOf(file: string): Compression | null {
  const m = KO.exec(file);
  if (!m) return null;
  return (m[1] as Compression | undefined) ?? "none";
}

/** `…/virtio-rng.ko.zst` → `virtio-rng.ko`: the file name once decompressed. */
export function koFileName(file: string): string {
  return basename(file).replace(KO, ".ko");
}

/** Module name as the kernel and modprobe see it: no suffix, `-` read as `_`. */
export function moduleName(file: string): string {
  return basename(file).replace(KO, "").replace(/-/g, "_");
}

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

/** The `depends=` list of a .modinfo section (NUL-separated key=value strings). */
export function modinfoDepends(modinfo: Buffer): string[] {
  for (const field of modinfo.toString("latin1").split("\0")) {
    if (field.startsWith("depends=")) return field.slice(8).split(",").filter(Boolean).map(moduleName);
  }
  return [];
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

const DECOMPRESSOR = { xz: { cmd: "xz", pkg: "xz-utils" }, zst: { cmd: "zstd", pkg: "zstd" } } as const;

/** A module file's bytes, decompressed on the host (the guest's kmod-less init can't). */
async function readModule(path: string, apt: Apt): Promise<Buffer> {
  const kind = compressionOf(path);
  if (kind === "none" || kind === null) return readFile(path);
  if (kind === "gz") return gunzipSync(await readFile(path));
  const tool = DECOMPRESSOR[kind];
  if (!findExecutable(tool.cmd)) await apt.ensure([tool.pkg]); // only when a kernel needs it
  return runBinary(tool.cmd, ["-dc", path]);
}

export interface PackedModules {
  cpio: CpioEntry[];
  /** Module file names in load order (empty when all are built in). */
  files: string[];
}

/** Compute the closure of TARGET_MODULES in `modulesDir` and build the overlay's entries. */
export async function packModules(modulesDir: string, apt: Apt): Promise<PackedModules> {
  const builtinPath = join(modulesDir, "modules.builtin");
  const builtin = (await exists(builtinPath)) ? parseBuiltin(await readFile(builtinPath, "utf8")) : new Set<string>();
  const data = new Map<string, Buffer>();
  let files: Map<string, string>;
  let deps: Map<string, string[]>;

  const depPath = join(modulesDir, "modules.dep");
  if (await exists(depPath)) {
    const parsed = parseModulesDep(await readFile(depPath, "utf8"));
    files = new Map([...parsed.paths].map(([n, p]) => [n, join(modulesDir, p)]));
    deps = parsed.deps;
  } else {
    // No modules.dep: find module files, and read depends= from those reachable.
    files = new Map();
    for (const rel of await readdir(modulesDir, { recursive: true })) {
      if (compressionOf(rel) !== null) files.set(moduleName(rel), join(modulesDir, rel));
    }
    deps = new Map();
    const queue = TARGET_MODULES.map(moduleName);
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const path = files.get(name);
      if (deps.has(name) || builtin.has(name) || !path) continue;
      const bytes = await readModule(path, apt);
      data.set(name, bytes);
      const info = elfSection(bytes, ".modinfo");
      const own = info ? modinfoDepends(info) : [];
      deps.set(name, own);
      queue.push(...own);
    }
  }

  const order = loadOrder(TARGET_MODULES, deps, builtin);
  const mods: { file: string; data: Buffer }[] = [];
  for (const name of order) {
    const path = files.get(name);
    if (!path) throw new SetupError(`modules.dep lists ${name} but its file is missing`);
    mods.push({ file: koFileName(path), data: data.get(name) ?? (await readModule(path, apt)) });
  }
  return { cpio: modulesCpioEntries(mods), files: mods.map((m) => m.file) };
}

export interface ModulesStepValue {
  /** modules.cpio bytes, or null when the assembled profile's are current. */
  cpio: Buffer | null;
  files: string[];
}

export async function virtioModules(kernel: KernelStepValue, apt: Apt): Promise<StepOutcome<ModulesStepValue>> {
  const list = (files: string[]) => (files.length ? files.map((f) => f.replace(/\.ko$/, "")).join(", ") : "none needed, all built in");
  if (!kernel.tree) {
    const files = kernel.current?.modules ?? [];
    return { status: "skipped", detail: `already packed: ${list(files)}`, value: { cpio: null, files } };
  }
  const packed = await packModules(kernel.tree.modulesDir, apt);
  return { status: "done", detail: `load order: ${list(packed.files)}`, value: { cpio: writeCpio(packed.cpio), files: packed.files } };
}
