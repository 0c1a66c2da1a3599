// The host's one definition of the agent protocol (agent/ implements the
// other side). A frame is "PRVM", a big-endian u32 payload length, then a
// msgpack map: requests {id, op, args}, responses {id, ok, result} or
// {id, ok: false, error, errno}.
import { Decoder, Encoder } from "@msgpack/msgpack";

export const PROTOCOL_VERSION = 1;
export const AGENT_PORT_NAME = "org.provium.agent";
const MAGIC = Buffer.from("PRVM");
const HEADER_BYTES = 8;
const MAX_FRAME_BYTES = 64 << 20;

/** A syscall argument: integer (bigint for anything beyond 2^53), string, or buffer. */
export type SyscallArg =
  | number
  | bigint
  | string
  | null
  | { in: Uint8Array }
  | { inout: Uint8Array }
  | { out: number };

export interface OpTypes {
  hello: { args: { version: number; time_ns: bigint }; result: { version: number; kernel: string; pid: number } };
  exec: {
    args: {
      argv?: string[];
      cmd?: string;
      env?: Record<string, string>;
      cwd?: string;
      stdin?: Uint8Array;
      timeout_ms?: number;
      max_output?: number;
    };
    result: {
      code: number | null;
      signal: number | null;
      stdout: Uint8Array;
      stderr: Uint8Array;
      timed_out: boolean;
      truncated: boolean;
    };
  };
  syscall: {
    args: { nr?: number; name?: string; args: SyscallArg[] };
    result: { ret: number | bigint; errno: number; buffers: Uint8Array[] };
  };
  read_file: { args: { path: string; max?: number }; result: { data: Uint8Array; truncated: boolean } };
  write_file: {
    args: { path: string; data: Uint8Array; mode?: number; append?: boolean };
    result: Record<string, never>;
  };
  mount: {
    args: { source?: string; target: string; fstype: string; flags?: number; data?: string };
    result: Record<string, never>;
  };
  quiesce: { args: Record<string, never>; result: Record<string, never> };
  shutdown: { args: Record<string, never>; result: Record<string, never> };
}

export type Op = keyof OpTypes;
export type OpArgs<O extends Op> = OpTypes[O]["args"];
export type OpResult<O extends Op> = OpTypes[O]["result"];

/** The fields each op's result carries: the agent must send exactly these. */
export const RESULT_FIELDS: { [O in Op]: readonly (keyof OpResult<O>)[] } = {
  hello: ["version", "kernel", "pid"],
  exec: ["code", "signal", "stdout", "stderr", "timed_out", "truncated"],
  syscall: ["ret", "errno", "buffers"],
  read_file: ["data", "truncated"],
  write_file: [],
  mount: [],
  quiesce: [],
  shutdown: [],
};

export const OPS = Object.keys(RESULT_FIELDS) as Op[];

export interface Response {
  id: number;
  ok: boolean;
  result?: Record<string, unknown>;
  error?: string;
  errno?: number;
}

const encoder = new Encoder({ useBigInt64: true, ignoreUndefined: true });
// 64-bit integers arrive as bigint; smaller ones as numbers (see toInteger).
const decoder = new Decoder({ useBigInt64: true });

export function encodeRequest(id: number, op: Op, args: object): Buffer {
  const payload = encoder.encode({ id, op, args });
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** A number when it is exact as one, else a bigint: values never lose bits. */
export function toInteger(value: unknown): number | bigint {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (typeof value === "number") return value;
  throw new TypeError(`expected an integer, got ${typeof value}`);
}

/**
 * Splits the agent's byte stream into responses. Bytes before a magic are
 * skipped, so a stream that starts mid-frame (after a reconnect) recovers.
 */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Response[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const responses: Response[] = [];
    for (;;) {
      const start = this.buffered.indexOf(MAGIC);
      if (start < 0) {
        // keep a possible partial magic at the end
        this.buffered = this.buffered.subarray(Math.max(0, this.buffered.length - (MAGIC.length - 1)));
        return responses;
      }
      if (this.buffered.length - start < HEADER_BYTES) {
        this.buffered = this.buffered.subarray(start);
        return responses;
      }
      const size = this.buffered.readUInt32BE(start + 4);
      if (size > MAX_FRAME_BYTES) {
        this.buffered = this.buffered.subarray(start + 1);
        continue;
      }
      const end = start + HEADER_BYTES + size;
      if (this.buffered.length < end) {
        this.buffered = this.buffered.subarray(start);
        return responses;
      }
      const response = this.decode(this.buffered.subarray(start + HEADER_BYTES, end));
      this.buffered = this.buffered.subarray(end);
      if (response) responses.push(response);
    }
  }

  reset(): void {
    this.buffered = Buffer.alloc(0);
  }

  private decode(payload: Buffer): Response | undefined {
    try {
      const value = decoder.decode(payload) as Record<string, unknown>;
      if (typeof value !== "object" || value === null) return undefined;
      return {
        id: Number(value.id),
        ok: value.ok === true,
        result: value.result as Record<string, unknown> | undefined,
        error: typeof value.error === "string" ? value.error : undefined,
        errno: value.errno === undefined ? undefined : Number(value.errno),
      };
    } catch {
      return undefined; // a damaged frame: its request times out or is failed by the owner
    }
  }
}
