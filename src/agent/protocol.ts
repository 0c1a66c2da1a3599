// The host's side of the agent protocol. Ops, argument and result types and
// the frame limits come from protocol/agent.json (generated into
// protocol-schema.ts; agent/protocol.h is the agent's copy). A frame is
// "PRVM", a big-endian u32 payload length, then a msgpack map: requests
// {id, op, args}, responses {id, ok, result} or {id, ok: false, error, errno}.
import { Decoder, Encoder } from "@msgpack/msgpack";
import { ProviumError } from "../util/errors.ts";
import { formatMiB } from "../util/time.ts";
import { FRAME, OP_SPECS, type ArgSpec, type OpTypes, type ResultSpec } from "./protocol-schema.ts";

export { AGENT_PORT_NAME, FRAME, OP_SPECS, PROTOCOL_VERSION, type SyscallArg } from "./protocol-schema.ts";
const MAGIC = Buffer.from(FRAME.magic);
/** The most bulk data (file contents, output, buffers) one frame can carry. */
export const MAX_FRAME_DATA = FRAME.maxBytes - FRAME.reserveBytes;

export type Op = keyof OpTypes;
export type OpArgs<O extends Op> = OpTypes[O]["args"];
export type OpResult<O extends Op> = OpTypes[O]["result"];

export const OPS = Object.keys(OP_SPECS) as Op[];

/**
 * Checks a request against the schema before it is sent, with the agent's
 * own rules (see agent/validate.c): a caller's mistake fails here, naming
 * the argument, instead of being refused or misread in the guest.
 */
export function checkArgs(op: Op, args: object): void {
  if (!Object.hasOwn(OP_SPECS, op)) throw new ProviumError(`unknown agent op '${op}'`);
  const why = fieldsProblem(OP_SPECS[op].args, args);
  if (why) throw new ProviumError(`agent request '${op}': ${why}`);
}

/** What is wrong with a map of arguments (or a record's fields), if anything. */
function fieldsProblem(specs: Readonly<Record<string, ArgSpec>>, map: object): string | undefined {
  for (const [name, value] of Object.entries(map)) {
    const spec = specs[name];
    if (!spec) return `unknown argument '${name}'`;
    if (value === undefined || value === null) continue;
    const why = argProblem(spec, value);
    if (why) return `argument '${name}' ${why}`;
    if (spec.fields)
      for (const [i, record] of (value as object[]).entries()) {
        const inner = fieldsProblem(spec.fields, record);
        if (inner) return `${name}[${i + 1}]: ${inner}`;
      }
  }
  for (const [name, spec] of Object.entries(specs)) if (spec.required && (map as Record<string, unknown>)[name] == null) return `argument '${name}' is required`;
  return undefined;
}

const text = (v: unknown): boolean => typeof v === "string" && !v.includes("\0");
const unsigned = (v: unknown, bits: 32 | 64): boolean =>
  (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && (bits === 64 || v <= 0xffff_ffff)) ||
  (typeof v === "bigint" && v >= 0n && v < 2n ** BigInt(bits));
const signed = (v: unknown, bits: 32 | 64): boolean =>
  (typeof v === "number" && Number.isSafeInteger(v) && v >= -(2 ** (bits - 1)) && v < 2 ** (bits - 1)) ||
  (typeof v === "bigint" && v >= -(2n ** BigInt(bits - 1)) && v < 2n ** BigInt(bits - 1));

const isPlainObject = (v: unknown): v is object =>
  typeof v === "object" && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** The types both arguments and results have. */
const SCALAR_FITS = {
  u32: (v: unknown) => unsigned(v, 32),
  i32: (v: unknown) => signed(v, 32),
  u64: (v: unknown) => unsigned(v, 64),
  i64: (v: unknown) => signed(v, 64),
  bool: (v: unknown) => typeof v === "boolean",
  str: text,
  bytes: (v: unknown) => v instanceof Uint8Array,
};

/** Whether a value is of a schema type (made once: put_files checks thousands of entries per request). */
const FITS: Record<ArgSpec["type"], (value: unknown, spec: ArgSpec) => boolean> = {
  ...SCALAR_FITS,
  str_list: (v) => Array.isArray(v) && v.every(text),
  str_map: (v) => isPlainObject(v) && Object.entries(v).every(([k, item]) => text(k) && text(item)),
  syscall_args: (v) => Array.isArray(v) && v.length <= 6,
  record_list: (v) => Array.isArray(v) && v.every(isPlainObject),
  enum: (v, spec) => typeof v === "string" && spec.values!.includes(v),
};

/** What a value is, as the agent says it (agent/validate.c); a number or an enum's wrong name is shown itself. */
function described(value: unknown, spec: ArgSpec): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return spec.type === "enum" ? `'${value}'` : "a string";
  if (typeof value === "boolean") return "a boolean";
  if (value instanceof Uint8Array) return "bytes";
  if (Array.isArray(value)) return "a list";
  return isPlainObject(value) ? "a table" : typeof value;
}

function argProblem(spec: ArgSpec, value: unknown): string | undefined {
  if (!FITS[spec.type](value, spec)) return `must be ${spec.expected}, got ${described(value, spec)}`;
  if (spec.max === undefined) return undefined;
  if (Array.isArray(value)) return value.length > spec.max ? `has ${value.length} items, at most ${spec.max} (${spec.why_max})` : undefined;
  if (Number(value) > spec.max) return `is ${value}, at most ${spec.max} (${spec.why_max})`;
  return undefined;
}

/** Whether a reply's value is of a schema result type (what the agent's encoder writes for it). */
const RESULT_FITS: Record<ResultSpec["type"], (value: unknown) => boolean> = {
  ...SCALAR_FITS,
  bytes_list: (v) => Array.isArray(v) && v.every((item) => item instanceof Uint8Array),
  record_list: (v) => Array.isArray(v) && v.every(isPlainObject),
};

/** What is wrong with a reply's fields (or a record's), if anything: every field the schema lists, of its type. */
function resultFieldsProblem(specs: Readonly<Record<string, ResultSpec>>, map: Record<string, unknown>, where: string): string | undefined {
  for (const [name, spec] of Object.entries(specs)) {
    const value = map[name];
    if (value === undefined || (value === null && !spec.nullable)) return `${where}${name} is missing`;
    if (value === null) continue;
    if (!RESULT_FITS[spec.type](value)) return `${where}${name} is not ${spec.type === "str" ? "a string without NUL bytes" : `of type ${spec.type}`}`;
    if (spec.fields) {
      const records = value as Record<string, unknown>[];
      for (let i = 0; i < records.length; i++) {
        const inner = resultFieldsProblem(spec.fields, records[i]!, `${where}${name}[${i + 1}].`);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/**
 * What is wrong with a successful reply's result, if anything. The guest is
 * not trusted (its kernel and userspace are the code under test): a reply
 * reaches the rest of Provium only once it has the schema's shape.
 */
export function resultProblem(op: Op, result: unknown): string | undefined {
  if (!isPlainObject(result)) return "the result is not a map";
  return resultFieldsProblem(OP_SPECS[op].result, result as Record<string, unknown>, "");
}

/** The most of an agent's error message that is kept: it is guest text, shown in reports. */
export const MAX_ERROR_CHARS = 2000;

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

/** A framed request; a request the schema does not allow, or too large for a frame, throws. */
export function encodeRequest(id: number, op: Op, args: object): Buffer {
  checkArgs(op, args);
  return encodeFrame(id, op, args);
}

/** A framed request as given, unchecked (for tests of the agent's own checks); too large for a frame throws. */
export function encodeFrame(id: number, op: string, args: unknown): Buffer {
  const payload = encoder.encode({ id, op, args });
  if (payload.length > FRAME.maxBytes)
    throw new ProviumError(`agent request '${op}' is ${formatMiB(payload.length)}, over the agent's ${formatMiB(FRAME.maxBytes)} frame limit: send the data in smaller pieces (vm:push and vm:pull move files of any size)`);
  const header = Buffer.alloc(FRAME.headerBytes);
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

/** Guest text cut to MAX_ERROR_CHARS, saying so. */
function boundedText(text: string): string {
  return text.length <= MAX_ERROR_CHARS ? text : `${text.slice(0, MAX_ERROR_CHARS)}… (${text.length - MAX_ERROR_CHARS} more characters)`;
}

/** An errno is a small non-negative integer; anything else a guest sends is not one. */
function plausibleErrno(value: unknown): number | undefined {
  const n = typeof value === "bigint" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n < 4096 ? n : undefined;
}

/**
 * Splits the agent's byte stream into responses. Bytes before a magic are
 * skipped, so a stream that starts mid-frame (after a reconnect) recovers.
 */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);
  // Chunks of a frame still incomplete: joined once it is whole, so a large
  // frame arriving in many small chunks is copied once, not once per chunk.
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private needed = 0; // bytes the frame at the head of buffered needs; 0: not known

  push(chunk: Buffer): Response[] {
    if (this.buffered.length + this.pendingBytes + chunk.length < this.needed) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      return [];
    }
    this.buffered = this.buffered.length || this.pending.length ? Buffer.concat([this.buffered, ...this.pending, chunk]) : chunk;
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
    const responses: Response[] = [];
    for (;;) {
      const start = this.buffered.indexOf(MAGIC);
      if (start < 0) {
        // keep a possible partial magic at the end
        this.buffered = this.buffered.subarray(Math.max(0, this.buffered.length - (MAGIC.length - 1)));
        return responses;
      }
      if (this.buffered.length - start < FRAME.headerBytes) {
        this.buffered = this.buffered.subarray(start);
        return responses;
      }
      const size = this.buffered.readUInt32BE(start + 4);
      if (size > FRAME.maxBytes) {
        this.buffered = this.buffered.subarray(start + 1);
        continue;
      }
      const end = start + FRAME.headerBytes + size;
      if (this.buffered.length < end) {
        this.buffered = this.buffered.subarray(start);
        this.needed = end - start;
        return responses;
      }
      const response = this.decode(this.buffered.subarray(start + FRAME.headerBytes, end));
      this.buffered = this.buffered.subarray(end);
      if (response) responses.push(response);
    }
  }

  reset(): void {
    this.buffered = Buffer.alloc(0);
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
  }

  private decode(payload: Buffer): Response | undefined {
    try {
      const value = decoder.decode(payload) as Record<string, unknown>;
      if (typeof value !== "object" || value === null) return undefined;
      return {
        id: Number(value.id),
        ok: value.ok === true,
        result: value.result as Record<string, unknown> | undefined,
        error: typeof value.error === "string" ? boundedText(value.error) : undefined,
        errno: plausibleErrno(value.errno),
      };
    } catch {
      return undefined; // a damaged frame: its request times out or is failed by the owner
    }
  }
}
