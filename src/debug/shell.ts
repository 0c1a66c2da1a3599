// A shell in the guest. Interactive: the terminal in raw mode, a shell on a
// pseudo-terminal in the guest (spawn's pty), every key passed on as typed
// (Ctrl-C is a byte the guest's line discipline turns into SIGINT), the
// window size kept in step on SIGWINCH, Ctrl-] to leave. With a command:
// its stdout and stderr as they come, and its exit status.
import type { Readable, Writable } from "node:stream";
import { StreamReader } from "../vm/stream.ts";
import type { GuestProcess } from "../vm/process.ts";
import type { Vm } from "../vm/vm.ts";

/** Ctrl-]: leaves the shell, as in telnet and virsh console. */
export const ESCAPE_BYTE = 0x1d;
export const ESCAPE_NAME = "Ctrl-]";
const READ_SLICE_MS = 1_000;
const EXIT_WAIT_MS = 10_000;
const CHUNK = 64 << 10;
/** What the guest's shell shows before each command (dash, ash and bash expand $PWD in it). */
const PROMPT = "provium:$PWD# ";

/** An exit status as a shell reports it: the code, or 128 + the signal. */
function statusOf(process: GuestProcess): number {
  const exit = process.exitStatus;
  if (!exit) return 1;
  return exit.signal !== null ? 128 + exit.signal : (exit.code ?? 1);
}

/** Copies a guest stream to out until it ends. */
async function pipe(reader: StreamReader, out: Writable): Promise<void> {
  for (let chunk = await reader.read(CHUNK, READ_SLICE_MS); chunk !== undefined; chunk = await reader.read(CHUNK, READ_SLICE_MS))
    if (chunk.length) out.write(chunk);
}

/** Runs command with sh -c; returns its exit status. */
export async function runCommandIn(vm: Vm, command: string, out: Writable, err: Writable): Promise<number> {
  const process = await vm.spawn(["/bin/sh", "-c", command], { env: { PS1: PROMPT } });
  await process.closeStdin();
  await Promise.all([pipe(process.stdout, out), pipe(process.stderr, err)]);
  await process.wait();
  return statusOf(process);
}

export interface Terminal {
  input: Readable & { setRawMode(raw: boolean): unknown; isRaw?: boolean };
  output: Writable & { rows: number; columns: number; on(event: "resize", listener: () => void): unknown; off(event: "resize", listener: () => void): unknown };
}

/** An interactive shell on the terminal; returns its exit status (or 0 when left with Ctrl-]). */
export async function interactiveShell(vm: Vm, terminal: Terminal, env: Record<string, string>): Promise<number> {
  const { input, output } = terminal;
  const shell = await vm.spawn(["/bin/sh", "-i"], { env: { PS1: PROMPT, ...env }, pty: { rows: output.rows || 24, cols: output.columns || 80 } });
  let left = false;
  let leave = () => {};
  const leaving = new Promise<void>((resolve) => (leave = resolve));
  // Keys go to the guest in order: each write waits for the one before.
  let writes = Promise.resolve();
  const onData = (data: Buffer) => {
    const escape = data.indexOf(ESCAPE_BYTE);
    const keys = escape < 0 ? data : data.subarray(0, escape);
    if (keys.length) writes = writes.then(() => shell.write(keys)).catch(() => {});
    if (escape >= 0) {
      left = true;
      leave();
    }
  };
  // The agent runs each request in a thread of its own: one resize at a time, each with the size at the moment it goes (a drag sends many).
  let resizes = Promise.resolve();
  const onResize = () => void (resizes = resizes.then(() => shell.resize(output.rows, output.columns)).catch(() => {}));
  const wasRaw = input.isRaw ?? false;
  input.setRawMode(true);
  input.on("data", onData);
  input.resume();
  output.on("resize", onResize);
  try {
    // Until the shell exits (its terminal may stay open in what it left running) or the user leaves.
    const reading = (async () => {
      for (;;) {
        const chunk = await shell.stdout.read(CHUNK, READ_SLICE_MS);
        if (chunk === undefined) return;
        if (chunk.length) output.write(chunk);
        else if (shell.exitStatus) return;
      }
    })();
    await Promise.race([reading, leaving]);
  } finally {
    output.off("resize", onResize);
    input.off("data", onData);
    input.setRawMode(wasRaw);
    input.pause();
  }
  if (left) {
    output.write(`\r\n[left the shell with ${ESCAPE_NAME}]\r\n`);
    return 0;
  }
  if (!shell.exitStatus) await shell.wait(EXIT_WAIT_MS); // its terminal closed as it exited: the status follows
  return statusOf(shell);
}
