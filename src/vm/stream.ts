// Reading a guest's output as it comes: a process's stdout or stderr, a
// followed file, the serial console. A StreamReader keeps what was fetched
// but not yet consumed (bounded), and offers read, read_line and expect
// (expect(1)'s model: wait until the output matches, consume through the
// match, hand back what came before it).
import { Deadline, WALL_CLOCK, type Clock } from "../util/clock.ts";
import { formatSeconds } from "../util/time.ts";
import { ProviumError } from "../util/errors.ts";

export interface Chunk {
  data: Buffer;
  /** The stream has ended: nothing more will come. */
  eof: boolean;
  /** Bytes the source had to drop since the last fetch (its own buffer was full). */
  dropped?: number;
}

export interface StreamSource {
  /** What is available (at most max bytes), waiting up to timeoutMs while there is nothing. */
  fetch(max: number, timeoutMs: number): Promise<Chunk>;
  /** Names the stream in messages: "stdout of process 12 (sleep 1)". */
  readonly what: string;
  /** How the stream ended, for messages ("the process exited with status 1"). */
  endReason?(): Promise<string>;
}

export interface Match {
  /** Byte offsets in the subject: the match is subject[start, end). */
  start: number;
  end: number;
  /** The pattern's captures (a position capture is a number). */
  captures: (Buffer | number)[];
}

/** Finds the first match in subject, or undefined. May throw for a bad pattern. */
export type Matcher = (subject: Buffer) => Match | undefined;

export interface Expected {
  before: Buffer;
  match: Buffer;
  captures: (Buffer | number)[];
}

/** One source request waits at most this long, so that nothing in the guest is held for long (a snapshot waits for requests in flight). */
const FETCH_SLICE_MS = 5_000;
/** The tail of the output an error message shows. */
const SHOWN_BYTES = 2_000;
export const DEFAULT_STREAM_BUFFER = 1 << 20;

export class StreamReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes lost so far: the guest's buffer was full, or expect discarded unmatched output beyond the bound. */
  dropped = 0;

  constructor(
    private readonly source: StreamSource,
    /** The most bytes kept here unconsumed (like exec's max_output). */
    readonly maxBuffer = DEFAULT_STREAM_BUFFER,
    /** What its time limits are measured on (its VM's: it stands still while a debugger holds the guest). */
    readonly clock: Clock = WALL_CLOCK,
  ) {}

  get what(): string {
    return this.source.what;
  }

  /** What is buffered now, unconsumed. */
  get pending(): Buffer {
    return this.buffer;
  }

  /**
   * Up to max bytes of output: what is buffered, else what comes within
   * timeoutMs (an empty buffer when nothing did). undefined once the stream
   * has ended and everything was read.
   */
  async read(max = this.maxBuffer, timeoutMs = 0): Promise<Buffer | undefined> {
    if (this.buffer.length === 0 && !this.ended) await this.fill(Deadline.after(timeoutMs, this.clock));
    if (this.buffer.length === 0) return this.ended ? undefined : Buffer.alloc(0);
    return this.take(Math.min(max, this.buffer.length));
  }

  /** Everything until the stream ends (a process's remaining output after it exited). */
  async readAll(timeoutMs: number): Promise<Buffer> {
    const deadline = Deadline.after(timeoutMs, this.clock);
    const parts: Buffer[] = [];
    do parts.push(this.take(this.buffer.length));
    while (!this.ended && (await this.fill(deadline)));
    parts.push(this.take(this.buffer.length));
    return Buffer.concat(parts);
  }

  /**
   * The next line, without its "\n" (or "\r\n"); the last line of an ended
   * stream even without one; undefined once everything was read.
   */
  async readLine(timeoutMs: number): Promise<Buffer | undefined> {
    const deadline = Deadline.after(timeoutMs, this.clock);
    for (;;) {
      const newline = this.buffer.indexOf(10);
      if (newline >= 0) {
        const line = this.take(newline + 1).subarray(0, newline);
        return line.at(-1) === 13 ? line.subarray(0, -1) : line;
      }
      if (this.ended) return this.buffer.length ? this.take(this.buffer.length) : undefined;
      if (this.buffer.length >= this.maxBuffer) return this.take(this.buffer.length); // a line longer than the bound comes in pieces
      if (!(await this.fill(deadline))) throw new ProviumError(`read_line: no complete line from ${this.what} within ${formatSeconds(timeoutMs)}${this.shown()}`);
    }
  }

  /**
   * Waits until the output matches, consumes it through the match and
   * returns what came before, the match and its captures. Fails at once when
   * the stream ends without a match, and at the deadline with the output
   * seen so far. Unmatched output beyond the bound is discarded from the
   * front (expect(1)'s match_max).
   */
  async expect(matcher: Matcher, pattern: string, timeoutMs: number): Promise<Expected> {
    const deadline = Deadline.after(timeoutMs, this.clock);
    for (;;) {
      const found = matcher(this.buffer);
      if (found) {
        const consumed = this.take(found.end);
        return { before: consumed.subarray(0, found.start), match: consumed.subarray(found.start, found.end), captures: found.captures };
      }
      if (this.ended) {
        const why = (await this.source.endReason?.()) ?? "the stream ended";
        throw new ProviumError(`expect: ${why} before ${pattern} appeared in ${this.what}${this.shown()}`);
      }
      if (this.buffer.length >= this.maxBuffer) this.discardFront(this.buffer.length - Math.floor(this.maxBuffer / 2));
      if (!(await this.fill(deadline))) throw new ProviumError(`expect: ${pattern} did not appear in ${this.what} within ${formatSeconds(timeoutMs)}${this.shown()}`);
    }
  }

  /** Fetches more before the deadline; false when nothing came in time. */
  private async fill(deadline: Deadline): Promise<boolean> {
    do {
      const room = this.maxBuffer - this.buffer.length;
      if (room <= 0) return true;
      const chunk = await this.source.fetch(room, Math.min(deadline.remainingMs, FETCH_SLICE_MS));
      this.dropped += chunk.dropped ?? 0;
      if (chunk.data.length) this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk.data]) : Buffer.from(chunk.data);
      if (chunk.eof) this.ended = true;
      if (chunk.data.length || chunk.eof) return true;
    } while (!deadline.passed);
    return false;
  }

  private take(n: number): Buffer {
    const taken = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return taken;
  }

  private discardFront(n: number): void {
    this.dropped += n;
    this.take(n);
  }

  /** The output seen and not consumed, for a message. */
  private shown(): string {
    const lost = this.dropped ? ` (${this.dropped} earlier bytes were dropped: over the buffer bound)` : "";
    if (this.buffer.length === 0) return `; no unread output${lost}`;
    const tail = this.buffer.subarray(-SHOWN_BYTES).toString("utf8");
    const cut = this.buffer.length > SHOWN_BYTES ? `last ${SHOWN_BYTES} of ${this.buffer.length} bytes` : `${this.buffer.length} bytes`;
    return `; unread output (${cut})${lost}:\n${tail}`;
  }
}

/** A matcher for a plain string (no pattern characters). */
export function plainMatcher(needle: Buffer): Matcher {
  return (subject) => {
    const start = subject.indexOf(needle);
    return start < 0 ? undefined : { start, end: start + needle.length, captures: [] };
  };
}
