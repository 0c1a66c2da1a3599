// A process started in the guest with spawn: it runs while the test goes on.
// Its output is read through the agent's proc_read (long polls), buffered
// here with a bound; stdin, signals and waiting go through proc_* requests.
import type { Op, OpArgs, OpResult } from "../agent/protocol.ts";
import { Deadline, type Clock } from "../util/clock.ts";
import { ProviumError } from "../util/errors.ts";
import { SIGKILL } from "./signals.ts";
import { StreamReader, type StreamSource } from "./stream.ts";
import type { ExecResult } from "./vm.ts";

/** What a process needs of its VM. */
export interface ProcessHost {
  readonly name: string;
  readonly state: string;
  readonly clock: Clock;
  request<O extends Op>(op: O, args: OpArgs<O>, timeoutMs?: number): Promise<OpResult<O>>;
}

interface Status {
  exited: boolean;
  code: number | null;
  signal: number | null;
}

/** A long poll waits at most this long in the guest (see stream.ts: snapshots wait for requests in flight). */
const WAIT_SLICE_MS = 5_000;
/** Time the agent gets beyond a request's own wait to answer. */
const REPLY_GRACE_MS = 5_000;
const WRITE_TIMEOUT_MS = 10_000;
/** How long wait() gives the output of an exited process to arrive. */
const DRAIN_AFTER_EXIT_MS = 10_000;

/** How long a stream's end waits to learn whether (and how) its process exited. */
const END_STATUS_WAIT_MS = 500;

export class GuestProcess {
  readonly stdout: StreamReader;
  readonly stderr: StreamReader;
  private exit?: Status;
  private stdinClosed = false;
  private released = false;

  constructor(
    private readonly vm: ProcessHost,
    private readonly handle: number,
    readonly pid: number,
    /** The command as the user gave it, for messages and logs. */
    readonly command: string,
    maxOutput: number,
  ) {
    this.stdout = new StreamReader(this.source("stdout"), maxOutput, vm.clock);
    this.stderr = new StreamReader(this.source("stderr"), maxOutput, vm.clock);
  }

  get description(): string {
    return `process ${this.pid} (${this.command})`;
  }

  /** Its exit code or signal once the host has seen it exit. */
  get exitStatus(): { code: number | null; signal: number | null } | undefined {
    return this.exit?.exited ? { code: this.exit.code, signal: this.exit.signal } : undefined;
  }

  /** How it ended, or undefined while it runs (as far as the host knows). */
  get exitText(): string | undefined {
    if (!this.exit?.exited) return undefined;
    return this.exit.signal !== null ? `${this.description} was killed by signal ${this.exit.signal}` : `${this.description} exited with status ${this.exit.code}`;
  }

  /**
   * Waits up to timeoutMs (no limit when undefined) for it to exit; then
   * its remaining output. undefined when it still runs (it is not killed).
   */
  async wait(timeoutMs?: number): Promise<ExecResult | undefined> {
    if (!(await this.exited(timeoutMs)) || !this.exit) return undefined;
    const [stdout, stderr] = [await this.stdout.readAll(DRAIN_AFTER_EXIT_MS), await this.stderr.readAll(DRAIN_AFTER_EXIT_MS)];
    const { code, signal } = this.exit;
    return { ok: code === 0, code, signal, stdout, stderr, timedOut: false, truncated: this.stdout.dropped + this.stderr.dropped > 0 };
  }

  /** Waits up to timeoutMs (no limit when undefined) for it to exit, without reading its output; whether it did. */
  private async exited(timeoutMs?: number): Promise<boolean> {
    const deadline = timeoutMs === undefined ? Deadline.NEVER : Deadline.after(timeoutMs, this.vm.clock);
    while (!this.exit?.exited) {
      const slice = Math.min(deadline.remainingMs, WAIT_SLICE_MS);
      this.note(await this.call("proc_wait", { handle: this.handle, timeout_ms: Math.round(slice) }, slice + REPLY_GRACE_MS));
      if (!this.exit?.exited && deadline.passed) return false;
    }
    return true;
  }

  /** Sends a signal to the process (group: to its whole process group). */
  async signal(signal: number, group = false): Promise<void> {
    await this.call("proc_signal", { handle: this.handle, signal, group });
  }

  /** Kills it and everything in its process group (it runs in a session of its own). */
  kill(signal = SIGKILL): Promise<void> {
    return this.signal(signal, true);
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.stdinClosed) throw new ProviumError(`cannot write to ${this.description}: its stdin was closed (close_stdin)`);
    await this.call("proc_write", { handle: this.handle, data, timeout_ms: WRITE_TIMEOUT_MS }, WRITE_TIMEOUT_MS + REPLY_GRACE_MS);
  }

  /** Sets the window size of its pseudo-terminal (spawned with pty). */
  async resize(rows: number, cols: number): Promise<void> {
    await this.call("proc_resize", { handle: this.handle, rows, cols });
  }

  async closeStdin(): Promise<void> {
    await this.call("proc_close_stdin", { handle: this.handle });
    this.stdinClosed = true;
  }

  async running(): Promise<boolean> {
    if (!this.exit?.exited) this.note(await this.call("proc_wait", { handle: this.handle, timeout_ms: 0 }));
    return !this.exit?.exited;
  }

  /**
   * At its owner's end: unless keepRunning, its process group is killed;
   * then the agent forgets it. Returns whether it was still running.
   */
  async end(keepRunning: boolean): Promise<boolean> {
    if (this.released || this.vm.state !== "running") return false;
    this.released = true;
    const status = await this.vm.request("proc_release", { handle: this.handle, signal: keepRunning ? undefined : SIGKILL });
    return !status.exited;
  }

  private source(stream: OpArgs<"proc_read">["stream"]): StreamSource {
    return {
      what: `the ${stream} of ${this.description}`,
      endReason: async () => {
        // A process that exits closes its output a moment before the agent reaps it: give the status that moment.
        await this.exited(END_STATUS_WAIT_MS).catch(() => false);
        return this.exitText ?? `${this.description} closed its ${stream}`;
      },
      fetch: async (max, timeoutMs) => {
        const r = await this.call("proc_read", { handle: this.handle, stream, max, timeout_ms: Math.round(timeoutMs) }, timeoutMs + REPLY_GRACE_MS);
        this.note(r);
        return { data: Buffer.from(r.data), eof: r.eof, dropped: Number(r.dropped) };
      },
    };
  }

  private note(status: Status): void {
    if (status.exited) this.exit = status;
  }

  private call<O extends Op>(op: O, args: OpArgs<O>, timeoutMs?: number): Promise<OpResult<O>> {
    if (this.released) return Promise.reject(new ProviumError(`${this.description} belongs to a test (or script) that has ended`));
    return this.vm.request(op, args, timeoutMs);
  }
}
