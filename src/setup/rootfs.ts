// Step 4: the base root filesystem every profile boots — a static busybox and
// one symlink per applet — packed as rootfs.cpio. busybox-static (the host's,
// or another architecture's package: foreign-busybox.ts) is copied as is, so
// it must be statically linked (the guest has no libc).

import { readFile } from "node:fs/promises";
import type { CpioEntry } from "../vm/cpio.ts";
import { writeCpio } from "../vm/cpio.ts";
import { hasInterpreter } from "../util/elf.ts";
import { SetupError } from "./errors.ts";
import { writeIfChanged } from "./files.ts";
import { run } from "./proc.ts";
import type { StepOutcome } from "./runner.ts";

export const HOST_BUSYBOX = "/bin/busybox";

const BASE_DIRS = ["bin", "sbin", "usr", "usr/bin", "usr/sbin", "proc", "sys", "dev", "tmp", "etc", "root", "run", "var", "mnt"];
const DIR_MODE: Record<string, number> = { tmp: 0o1777, root: 0o700 };

/** Parent directories of a relative path, outermost first: `usr/bin/env` → usr, usr/bin. */
function parents(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

/** Entries for rootfs.cpio from busybox's bytes and its `--list-full` output. */
export function rootfsEntries(busybox: Buffer, appletList: string): CpioEntry[] {
  const applets = [...new Set(appletList.split("\n").map((l) => l.trim().replace(/^\/+/, "")).filter(Boolean))]
    .filter((p) => p !== "bin/busybox")
    .sort();
  const dirs: string[] = [];
  const seen = new Set<string>();
  for (const d of [...BASE_DIRS, ...applets.flatMap(parents)]) {
    for (const p of [...parents(d), d]) if (!seen.has(p)) (seen.add(p), dirs.push(p));
  }
  return [
    ...dirs.map((path): CpioEntry => ({ type: "dir", path, mode: DIR_MODE[path] ?? 0o755 })),
    { type: "file", path: "bin/busybox", mode: 0o755, data: busybox },
    // /etc/passwd, group, hosts…: the agent writes those a root lacks (agent/userspace.c)
    ...applets.map((path): CpioEntry => ({ type: "symlink", path, target: "/bin/busybox" })),
  ];
}

/** A busybox-static binary, and the command that lists its applets (`busybox --list-full`, run as it can be here). */
export interface Busybox {
  /** What it is, for messages: the host's /bin/busybox, or the package it came from. */
  what: string;
  bytes: Buffer;
  /** How to run it here: [] when it runs natively, else an emulator (qemu-aarch64). */
  runner: string[];
  file: string;
  /** What to do when it is not static. */
  fix: string;
}

/** The host's own busybox-static, for a guest of the host's architecture. */
export async function hostBusybox(): Promise<Busybox> {
  const bytes = await readFile(HOST_BUSYBOX).catch(() => {
    throw new SetupError(`${HOST_BUSYBOX} not found`, "install it: apt-get install busybox-static");
  });
  return { what: HOST_BUSYBOX, bytes, runner: [], file: HOST_BUSYBOX, fix: "install busybox-static: apt-get install busybox-static" };
}

export async function buildRootfs(busybox: Busybox, out: string): Promise<StepOutcome<void>> {
  let dynamic: boolean;
  try {
    dynamic = hasInterpreter(busybox.bytes);
  } catch (err) {
    throw new SetupError(`${busybox.what} is not a usable executable (${(err as Error).message})`, busybox.fix);
  }
  if (dynamic) throw new SetupError(`${busybox.what} is dynamically linked (the busybox package, not busybox-static)`, busybox.fix);
  const [cmd = busybox.file, ...args] = [...busybox.runner, busybox.file, "--list-full"];
  const list = await run(cmd, args);
  const entries = rootfsEntries(busybox.bytes, list.stdout);
  const applets = entries.filter((e) => e.type === "symlink").length;
  const wrote = await writeIfChanged(out, writeCpio(entries));
  return wrote
    ? { status: "done", detail: `wrote ${out} (${applets} applets)`, value: undefined }
    : { status: "skipped", detail: `${out} up to date (${applets} applets)`, value: undefined };
}
