import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { Chunk, StreamSource } from "./stream.ts";

/** The whole console log so far ("" before QEMU created it). */
export function readConsole(file: string): string {
  return readConsoleFrom(file, 0);
}

/** The last lines of the console log, for error messages. */
export function consoleTail(file: string, lines = 30): string {
  const text = readConsole(file).replace(/\r/g, "").trimEnd();
  if (!text) return "(the guest printed nothing)";
  return text.split("\n").slice(-lines).join("\n");
}

/** How often a followed console log is read for new lines. */
const FOLLOW_INTERVAL_MS = 200;

/**
 * Hands each complete line of a growing console log to onLine (--verbose).
 * QEMU writes the file; polling keeps this independent of inotify limits.
 */
export class ConsoleFollower {
  private offset = 0;
  private partial = "";
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly file: string,
    private readonly onLine: (line: string) => void,
  ) {
    this.timer = setInterval(() => this.poll(), FOLLOW_INTERVAL_MS);
    this.timer.unref();
  }

  /** Reads what is left and passes on the last, unterminated line too. */
  stop(): void {
    clearInterval(this.timer);
    this.poll();
    if (this.partial) this.onLine(this.partial);
    this.partial = "";
  }

  private poll(): void {
    const text = readConsoleFrom(this.file, this.offset);
    this.offset += text.length; // latin1: a character per byte
    this.partial += text;
    const lines = this.partial.replace(/\r/g, "").split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.onLine(line);
  }
}

/** How much of the console log exists now (0 before QEMU created it). */
export function consoleSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The console log from byte offset on ("" before QEMU created it); a long-lived VM's log is not read again from the start. */
export function readConsoleFrom(file: string, offset: number): string {
  return readConsoleBytes(file, offset).toString("latin1");
}

/** At most max bytes of the console log from byte offset on (none before QEMU created it). */
export function readConsoleBytes(file: string, offset: number, max = Infinity): Buffer {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const length = Math.min(fstatSync(fd).size - offset, max);
    if (length <= 0) return Buffer.alloc(0);
    const bytes = Buffer.alloc(length);
    const n = readSync(fd, bytes, 0, length, offset);
    return bytes.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** How often a console stream that waits looks for new output. */
const STREAM_POLL_MS = 50;

/**
 * The console log as a stream, from a byte offset on. A wait ends with
 * stopped()'s error as soon as the VM has stopped (a panic says so).
 */
export class ConsoleSource implements StreamSource {
  constructor(
    private readonly file: string,
    private offset: number,
    readonly what: string,
    private readonly stopped: () => Promise<Error> | undefined,
  ) {}

  async fetch(max: number, timeoutMs: number): Promise<Chunk> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const data = readConsoleBytes(this.file, this.offset, max);
      if (data.length) {
        this.offset += data.length;
        return { data, eof: false };
      }
      const stop = this.stopped();
      if (stop) throw await stop;
      if (Date.now() >= deadline) return { data, eof: false };
      await sleep(Math.min(STREAM_POLL_MS, deadline - Date.now()));
    }
  }
}
