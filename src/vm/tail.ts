// vm:tail(path): a stream over what is appended to a guest file from now on,
// built on spawn. A regular file is followed by `tail -F` from its current
// size; /dev/kmsg (the kernel log) by `cat /dev/kmsg`, which starts at the
// oldest record, so a marker record written first says where "now" is.
import { randomUUID } from "node:crypto";
import { Deadline } from "../util/clock.ts";
import { ProviumError } from "../util/errors.ts";
import { formatSeconds } from "../util/time.ts";
import type { GuestProcess } from "./process.ts";
import { StreamReader, type Chunk, type StreamSource } from "./stream.ts";

export const KMSG = "/dev/kmsg";
/** How long vm:tail waits for its follower to start. */
const START_TIMEOUT_MS = 10_000;

export interface TailHost {
  spawn(command: string[]): Promise<GuestProcess>;
  exec(command: string[]): Promise<{ ok: boolean; stdout: Buffer }>;
}

export interface Tail {
  reader: StreamReader;
  /** The follower in the guest: it belongs to the test like any spawned process. */
  process: GuestProcess;
}

export async function tailFile(vm: TailHost, file: string): Promise<Tail> {
  if (file === KMSG) {
    const marker = `provium: tail starts here ${randomUUID()}`;
    // level 7 (debug): not printed on the console at the default log level
    const process = await vm.spawn(["sh", "-c", `echo "<7>${marker}" > ${KMSG} && exec cat ${KMSG}`]);
    const records = new KmsgRecords(process.stdout, marker);
    await records.started(START_TIMEOUT_MS).catch(async (error: unknown) => {
      await process.end(false).catch(() => {}); // nobody owns it yet: do not leave it behind
      throw error;
    });
    return { reader: new StreamReader(records, process.stdout.maxBuffer, process.stdout.clock), process };
  }
  const size = await vm.exec(["stat", "-L", "-c", "%s", file]);
  const from = size.ok ? Number(size.stdout.toString().trim()) + 1 : 1; // a file that does not exist yet is followed from its start
  const process = await vm.spawn(["tail", "-c", `+${from}`, "-F", file]);
  return { reader: process.stdout, process };
}

/**
 * /dev/kmsg's records as lines of their messages: the "level,seq,usec,flags;"
 * prefix and the " KEY=value" continuation lines are left out, and so is
 * everything up to the marker.
 */
class KmsgRecords implements StreamSource {
  readonly what = `the kernel log (${KMSG})`;
  private partial = Buffer.alloc(0);
  private seenMarker = false;
  private queued: Buffer[] = [];
  private droppedBefore = 0;

  constructor(
    private readonly raw: StreamReader,
    private readonly marker: string,
  ) {}

  async fetch(max: number, timeoutMs: number): Promise<Chunk> {
    if (this.queued.length) return { data: Buffer.concat(this.queued.splice(0)), eof: false };
    const data = await this.raw.read(max, timeoutMs);
    const dropped = this.raw.dropped - this.droppedBefore;
    this.droppedBefore = this.raw.dropped;
    return { data: data ? this.messages(data) : Buffer.alloc(0), eof: data === undefined, dropped };
  }

  /** Reads until the marker went by; what follows it is kept for fetch. */
  async started(timeoutMs: number): Promise<void> {
    const deadline = Deadline.after(timeoutMs, this.raw.clock);
    while (!this.seenMarker) {
      const data = await this.raw.read(this.raw.maxBuffer, deadline.remainingMs);
      if (data === undefined) throw new ProviumError(`tail ${KMSG}: the follower ended before it started (${this.raw.what})`);
      this.queued.push(this.messages(data));
      if (!this.seenMarker && deadline.passed) throw new ProviumError(`tail ${KMSG}: the follower did not start within ${formatSeconds(timeoutMs)}`);
    }
  }

  private messages(data: Buffer): Buffer {
    this.partial = Buffer.concat([this.partial, data]);
    const lines: Buffer[] = [];
    for (let newline = this.partial.indexOf(10); newline >= 0; newline = this.partial.indexOf(10)) {
      const record = this.partial.subarray(0, newline);
      this.partial = this.partial.subarray(newline + 1);
      if (record[0] === 0x20) continue; // a continuation line: KEY=value
      const message = record.subarray(record.indexOf(0x3b) + 1); // after "prefix;"
      if (this.seenMarker) lines.push(message, Buffer.from("\n"));
      else this.seenMarker = message.toString() === this.marker;
    }
    return Buffer.concat(lines);
  }
}
