// A run's history record: every result's key, status, change and duration,
// and the run's identity and environment. Compact, so that 50 runs of
// 100,000 results stay small and load fast:
//
//   "PVHIST\n" magic (8 bytes with the format version)
//   u32 length, the header: JSON { provium, info, count, keysDigest }
//   u32 length, gzip of count status bytes, count change bytes, count LEB128 durations (ms)
//   u32 length, gzip of the keys, sorted and front-coded: LEB128 prefix length
//     (UTF-16 units shared with the previous key), LEB128 byte length, UTF-8 suffix
//   SHA-256 of all the bytes before it (32 bytes)
//
// Runs of one suite mostly share their keys: the keys section's digest is in
// the header, and a reader that has decoded equal keys already reuses them
// (decoding keys is most of a load). Any damage — a cut file, a changed byte
// anywhere (the checksum), a count that does not match — is a RecordError.
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { RunInfo, TestResult } from "../engine/results.ts";
import { packageVersion } from "../util/package-root.ts";
import { changeCode, isStatusCode, keyOf, statusCode } from "./keys.ts";

const MAGIC = Buffer.from("PVHIST1\n", "latin1");
/** The record format this Provium writes and reads. */
export const RECORD_VERSION = 1;

/** The keys of a record, shared by every record that has the same ones. */
export interface KeySet {
  keys: string[];
  digest: string;
  /** key → position, built on first use (the first of equal keys wins). */
  index?: Map<string, number>;
}

export interface RunRecord {
  info: RunInfo;
  keys: KeySet;
  /** Per key, in its order: a status code (keys.ts CODE), a change code, the duration in ms. */
  statuses: Uint8Array;
  changes: Uint8Array;
  durations: Uint32Array;
}

export class RecordError extends Error {
  override name = "RecordError";
}

export function keyIndex(set: KeySet): Map<string, number> {
  if (!set.index) {
    const index = new Map<string, number>();
    set.keys.forEach((key, i) => {
      if (!index.has(key)) index.set(key, i);
    });
    set.index = index;
  }
  return set.index;
}

/** A run's results as a record, keys sorted (which compresses them best). */
export function recordOf(tests: TestResult[], info: RunInfo): RunRecord {
  const entries = tests.map((test) => ({ key: keyOf(test), test }));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keys = entries.map((e) => e.key);
  return {
    info,
    keys: { keys, digest: "" },
    statuses: Uint8Array.from(entries, (e) => statusCode(e.test)),
    changes: Uint8Array.from(entries, (e) => changeCode(e.test.change?.kind)),
    durations: Uint32Array.from(entries, (e) => Math.min(0xffffffff, Math.max(0, Math.round(e.test.durationMs)))),
  };
}

// ---- Writing ----

class ByteWriter {
  private buffer = Buffer.alloc(1 << 16);
  length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  string(text: string): void {
    const bytes = Buffer.byteLength(text);
    this.varint(bytes);
    this.room(bytes);
    this.length += this.buffer.write(text, this.length);
  }

  done(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  // never split a surrogate pair: the suffix is written as UTF-8 on its own
  if (n > 0 && n < b.length && (b.charCodeAt(n - 1) & 0xfc00) === 0xd800) n--;
  return n;
}

function encodeKeys(keys: string[]): Buffer {
  const out = new ByteWriter();
  let previous = "";
  for (const key of keys) {
    const shared = sharedPrefix(previous, key);
    out.varint(shared);
    out.string(key.slice(shared));
    previous = key;
  }
  return gzipSync(out.done());
}

const digestOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex").slice(0, 32);
const CHECKSUM_BYTES = 32;
const checksum = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest();

function section(bytes: Uint8Array): Buffer[] {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return [length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)];
}

export function encodeRecord(record: RunRecord): Buffer {
  const count = record.keys.keys.length;
  const data = new ByteWriter();
  data.bytes(record.statuses);
  data.bytes(record.changes);
  for (const ms of record.durations) data.varint(ms);
  const keys = encodeKeys(record.keys.keys);
  const header = Buffer.from(JSON.stringify({ provium: packageVersion(), info: record.info, count, keysDigest: digestOf(keys) }));
  const body = Buffer.concat([MAGIC, ...section(header), ...section(gzipSync(data.done())), ...section(keys)]);
  return Buffer.concat([body, checksum(body)]);
}

// ---- Reading ----

class ByteReader {
  offset = 0;
  constructor(private readonly buffer: Buffer) {}

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.offset >= this.buffer.length) throw new RecordError("a number runs past the end of its section");
      const byte = this.buffer[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RecordError("a number is too long");
  }

  string(): string {
    const length = this.varint();
    if (this.offset + length > this.buffer.length) throw new RecordError("a key runs past the end of its section");
    const text = this.buffer.toString("utf8", this.offset, this.offset + length);
    this.offset += length;
    return text;
  }

  section(what: string): Buffer {
    if (this.offset + 4 > this.buffer.length) throw new RecordError(`cut short before its ${what}`);
    const length = this.buffer.readUInt32LE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.buffer.length) throw new RecordError(`cut short in its ${what} (${this.buffer.length - start} of ${length} bytes)`);
    this.offset = start + length;
    return this.buffer.subarray(start, start + length);
  }

  get atEnd(): boolean {
    return this.offset === this.buffer.length;
  }
}

function gunzip(bytes: Buffer, what: string): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new RecordError(`its ${what} do not decompress (${(error as Error).message})`);
  }
}

function decodeKeys(bytes: Buffer, count: number): string[] {
  const reader = new ByteReader(gunzip(bytes, "keys"));
  const keys: string[] = new Array(count);
  let previous = "";
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    if (shared > previous.length) throw new RecordError("a key shares more than the previous key has");
    previous = previous.slice(0, shared) + reader.string();
    keys[i] = previous;
  }
  if (!reader.atEnd) throw new RecordError("its keys section holds more than its count");
  return keys;
}

interface Header {
  provium: string;
  info: RunInfo;
  count: number;
  keysDigest: string;
}

function readHeader(bytes: Buffer): Header {
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8")) as Header;
  } catch (error) {
    throw new RecordError(`its header is not JSON (${(error as Error).message})`);
  }
  const info = header?.info;
  if (!Number.isInteger(header?.count) || header.count < 0 || typeof header.keysDigest !== "string" || typeof info?.id !== "string" || typeof info.time !== "string")
    throw new RecordError("its header lacks the run, the count or the keys' digest");
  return header;
}

/**
 * A record from its bytes; keyCache (digest → keys) lets records with the
 * same keys share one decoded set. Throws RecordError when it is damaged.
 */
export function decodeRecord(bytes: Buffer, keyCache = new Map<string, KeySet>()): RunRecord {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    const version = /^PVHIST(\d+)\n/.exec(bytes.subarray(0, 16).toString("latin1"))?.[1];
    throw new RecordError(version ? `it is of record format ${version}; this Provium reads ${RECORD_VERSION}` : "it is not a Provium history record");
  }
  const body = bytes.subarray(0, Math.max(MAGIC.length, bytes.length - CHECKSUM_BYTES));
  if (bytes.length < MAGIC.length + CHECKSUM_BYTES || !checksum(body).equals(bytes.subarray(body.length)))
    throw new RecordError("its checksum does not match: it was cut short or changed");
  const reader = new ByteReader(body);
  reader.offset = MAGIC.length;
  const header = readHeader(reader.section("header"));
  const dataBytes = reader.section("results");
  const keyBytes = reader.section("keys");
  if (!reader.atEnd) throw new RecordError("it has bytes after its last section");
  const digest = digestOf(keyBytes);
  if (digest !== header.keysDigest) throw new RecordError("its keys do not match their digest");
  const count = header.count;
  let keys = keyCache.get(digest);
  if (!keys || keys.keys.length !== count) {
    keys = { keys: decodeKeys(keyBytes, count), digest };
    keyCache.set(digest, keys);
  }
  const raw = gunzip(dataBytes, "results");
  if (raw.length < 2 * count) throw new RecordError(`its results section holds fewer than ${count} results`);
  const statuses = Uint8Array.from(raw.subarray(0, count));
  if (!statuses.every(isStatusCode)) throw new RecordError("it holds an unknown status");
  const changes = Uint8Array.from(raw.subarray(count, 2 * count));
  const data = new ByteReader(raw);
  data.offset = 2 * count;
  const durations = new Uint32Array(count);
  for (let i = 0; i < count; i++) durations[i] = data.varint();
  if (!data.atEnd) throw new RecordError("its results section holds more than its count");
  return { info: header.info, keys, statuses, changes, durations };
}
