// Saving and loading a VM's state with QEMU's migration, to and from a file.
// With guest RAM in a file and the x-ignore-shared capability, the stream
// holds device state only (≈ 0.4 MB, saved in ≈ 12 ms): the RAM file itself
// is the memory image. QEMU 7.2 has no file: URI (8.2+); exec: works everywhere.
import { spawn } from "node:child_process";
import { existsSync, openSync, readSync, closeSync, fstatSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { ProviumError } from "../util/errors.ts";
import type { QmpClient } from "./qmp.ts";

const POLL_MS = 2;

interface MigrationStatus {
  status?: string;
  "error-desc"?: string;
}

/** Whether this QEMU can leave shared RAM out of the stream. */
export async function supportsIgnoreShared(qmp: QmpClient): Promise<boolean> {
  const capabilities = await qmp.execute<{ capability: string }[]>("query-migrate-capabilities");
  return capabilities.some((c) => c.capability === "x-ignore-shared");
}

export async function setIgnoreShared(qmp: QmpClient, on: boolean): Promise<void> {
  await qmp.execute("migrate-set-capabilities", { capabilities: [{ capability: "x-ignore-shared", state: on }] });
}

/** What a saved state needs of the QEMU that loads it: its version and the machine type alias resolves to (pc → pc-i440fx-7.2, virt → virt-7.2). */
export async function qemuIdentity(qmp: QmpClient, alias: string): Promise<{ qemu: string; machine: string }> {
  const { qemu } = await qmp.execute<{ qemu: { major: number; minor: number; micro: number } }>("query-version");
  const machines = await qmp.execute<{ name: string; alias?: string }[]>("query-machines");
  const machine = machines.find((m) => m.alias === alias)?.name ?? alias;
  return { qemu: `${qemu.major}.${qemu.minor}.${qemu.micro}`, machine };
}

function shellQuote(path: string): string {
  return `'${path.replace(/'/g, "'\\''")}'`;
}

async function waitForMigration(qmp: QmpClient, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = await qmp.execute<MigrationStatus>("query-migrate");
    if (info.status === "completed") return;
    if (info.status === "failed" || info.status === "cancelled")
      throw new ProviumError(`${what} failed: ${info["error-desc"] ?? info.status}`);
    if (Date.now() > deadline) throw new ProviumError(`${what} did not finish within ${timeoutMs / 1000} s (status: ${info.status ?? "none"})`);
    await sleep(POLL_MS);
  }
}

/** A compressor for states with guest RAM in them (bundles): zstd where installed, else gzip. */
export type Compression = "zstd" | "gzip";

export const COMPRESSORS: Record<Compression, { pack: string; unpack: string; suffix: string }> = {
  zstd: { pack: "zstd -q -1 -T0", unpack: "zstd -q -dc", suffix: "zst" },
  gzip: { pack: "gzip -1", unpack: "gzip -dc", suffix: "gz" },
};

/**
 * Writes the VM's state to file (compressed when asked); the VM is left paused.
 *
 * The guest is stopped first, so the stream is one pass over RAM that nothing
 * changes meanwhile. A live save of a running guest under TCG (QEMU 7.2) gave
 * states whose RAM was older than their CPU: reopened, a third of them
 * panicked at once (the saved vCPU was at the timer interrupt's first
 * instruction, and the interrupt frame it had pushed was not in the saved RAM).
 *
 * QEMU reports "completed" before its writer has necessarily exited (the
 * channel is closed afterwards): the writer renames its output into place
 * when it is done, and that is what is waited for.
 */
export async function saveState(qmp: QmpClient, file: string, timeoutMs: number, compression?: Compression): Promise<void> {
  const writer = compression ? COMPRESSORS[compression].pack : "cat";
  const partial = `${file}.partial`;
  await qmp.execute("stop");
  await qmp.execute("migrate", { uri: `exec:${writer} > ${shellQuote(partial)} && mv ${shellQuote(partial)} ${shellQuote(file)}` });
  await waitForMigration(qmp, "saving the VM state", timeoutMs);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new ProviumError(`saving the VM state: its writer (${writer}) did not finish within ${timeoutMs / 1000} s`);
    await sleep(POLL_MS);
  }
}

/** QEMU's stream starts with "QEVM" and format version 3 (migration/savevm.c). */
const STREAM_MAGIC = Buffer.from([0x51, 0x45, 0x56, 0x4d, 0, 0, 0, 3]);
/** It ends with QEMU_VM_EOF, then QEMU_VM_VMDESCRIPTION, a be32 length and that much JSON (≈ 100 KB). */
const VM_EOF = 0x00;
const VM_DESCRIPTION = 0x06;
const TAIL_BYTES = 4 << 20;

/** Why the state stream in file is not whole (undefined: it is): its start and its end are checked, decompressed. */
export async function checkStateStream(file: string, compression?: Compression): Promise<string | undefined> {
  const head = Buffer.alloc(STREAM_MAGIC.length);
  let headLength = 0;
  let tail = Buffer.alloc(0);
  const take = (chunk: Buffer): void => {
    if (headLength < head.length) headLength += chunk.copy(head, headLength, 0, head.length - headLength);
    tail = tail.length + chunk.length > TAIL_BYTES ? Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES) : Buffer.concat([tail, chunk]);
  };
  if (compression) {
    const [command, ...args] = COMPRESSORS[compression].unpack.split(" ");
    const child = spawn(command!, [...args, file], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", take);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) return `it does not decompress (${stderr.trim().split("\n").pop() || `${command} exited with ${code}`})`;
  } else {
    const fd = openSync(file, "r");
    try {
      const size = fstatSync(fd).size;
      headLength = readSync(fd, head, 0, head.length, 0);
      tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
      readSync(fd, tail, 0, tail.length, size - tail.length);
    } finally {
      closeSync(fd);
    }
  }
  if (headLength < head.length || !head.equals(STREAM_MAGIC)) return "it does not start as a QEMU migration stream";
  for (let length = 2; length + 6 <= tail.length; length++) {
    const at = tail.length - length - 6;
    if (tail[at] === VM_EOF && tail[at + 1] === VM_DESCRIPTION && tail.readUInt32BE(at + 2) === length && tail[at + 6] === 0x7b /* { */) return undefined;
  }
  return "it is cut short (no end-of-stream and device description at its end)";
}

/** Loads a state file into a QEMU started with -incoming defer (and -S: the guest then waits for "cont"). */
export async function loadState(qmp: QmpClient, file: string, timeoutMs: number, compression?: Compression): Promise<void> {
  const reader = compression ? COMPRESSORS[compression].unpack : "cat";
  await qmp.execute("migrate-incoming", { uri: `exec:${reader} ${shellQuote(file)}` });
  await waitForMigration(qmp, "loading the VM state", timeoutMs);
}
