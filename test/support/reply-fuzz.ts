// The host's side of the fuzz run: a mutation fuzzer for what decodes the
// agent's replies (FrameReader, the schema check of results, the check of a
// list_tree listing before a pull). The guest is untrusted, so any bytes may
// come back: each must end as a reply that passes the checks or as a
// ProviumError, never as another exception (a stack trace of ours), and a
// listing that passes must be safe to turn into host paths.
//
// Seeds are reply payloads, one per file of agent/fuzz/replies/ (written by
// scripts/agent-fuzz-seeds.ts; every one is replayed first). A failing input is
// saved there as crash-<hash>, to be committed as a regression test once the
// host is fixed. Mutations work on bytes (flips, interesting values, cuts,
// splices) and on the decoded value (a field swapped for a hostile one: "..",
// "/", NUL, huge and negative numbers, wrong types).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Decoder, Encoder } from "@msgpack/msgpack";
import { FRAME, FrameReader, OPS, resultProblem } from "../../src/agent/protocol.ts";
import { ProviumError } from "../../src/util/errors.ts";
import { checkGuestTree, MAX_NAME_BYTES } from "../../src/vm/guest-tree.ts";

const encoder = new Encoder({ useBigInt64: true });
const decoder = new Decoder({ useBigInt64: true });

export interface ReplyFuzzResult {
  runs: number;
  seeds: number;
  /** The saved input and what went wrong, when something did. */
  failure?: { file: string; error: string };
}

function frame(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(FRAME.headerBytes);
  header.write(FRAME.magic);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** A listing that passed the check must be safe for host paths: one plain name per segment, no path twice. */
function checkSafe(entries: ReturnType<typeof checkGuestTree>): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const segment of entry.segments)
      if (segment === "" || segment === "." || segment === ".." || segment.includes("/") || segment.includes("\0") || Buffer.byteLength(segment) > MAX_NAME_BYTES)
        throw new Error(`an unsafe name passed the listing check: ${JSON.stringify(entry.path)}`);
    if (seen.has(entry.path)) throw new Error(`a path passed twice: ${JSON.stringify(entry.path)}`);
    seen.add(entry.path);
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) throw new Error(`a size passed that is none: ${entry.size}`);
  }
}

/** One input through everything that reads replies; throws anything that is not a refusal. */
function runOne(payload: Uint8Array, split: number): void {
  const reader = new FrameReader();
  const bytes = frame(payload);
  const responses = [...reader.push(bytes.subarray(0, split)), ...reader.push(bytes.subarray(split))];
  for (const response of responses) {
    if (response.error !== undefined && response.error.length > 2100) throw new Error(`an error text of ${response.error.length} characters passed`);
    if (!response.ok) continue;
    for (const op of OPS) {
      if (resultProblem(op, response.result ?? {}) !== undefined || op !== "list_tree") continue;
      try {
        checkSafe(checkGuestTree("/guest/path", (response.result as { entries: never[] }).entries, "fuzz"));
      } catch (error) {
        if (!(error instanceof ProviumError)) throw error;
      }
    }
  }
}

/** xorshift, seeded: a failing run is reproduced from its seed. */
function random(seed: number): (n: number) => number {
  let state = BigInt(seed) || 1n;
  return (n) => {
    state ^= (state << 13n) & 0xffffffffffffffffn;
    state ^= state >> 7n;
    state ^= (state << 17n) & 0xffffffffffffffffn;
    return n > 0 ? Number(state % BigInt(n)) : 0;
  };
}

const HOSTILE_VALUES: unknown[] = ["..", "../x", "/", "/etc/passwd", "", "a//b", ".", "a\0b", "x".repeat(300), Array(200).fill("d").join("/"), 0, -1, 2 ** 31, 2 ** 53, 2n ** 63n, -(2n ** 63n), 1.5, NaN, null, true, [], {}, new Uint8Array(3), "other", "dir", "symlink", "file", { path: "..", kind: "dir", mode: 0, size: 0, target: "" }];

type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in a decoded value that holds a value (map fields, list items), in a list to pick from uniformly. */
function slots(value: unknown, into: Slot[] = [], depth = 0): Slot[] {
  if (depth > 16 || value === null || typeof value !== "object" || value instanceof Uint8Array) return into;
  const holder = value as Record<string, unknown> | unknown[];
  for (const key of Array.isArray(holder) ? holder.keys() : Object.keys(holder)) {
    into.push({ holder, key });
    slots((holder as Record<string | number, unknown>)[key], into, depth + 1);
  }
  return into;
}

/** One place of a decoded reply changed: a hostile value put in, a field dropped, a list item doubled. */
function mutateValue(value: unknown, pick: (n: number) => number): unknown {
  const all = slots(value);
  const hostile = () => structuredClone(HOSTILE_VALUES[pick(HOSTILE_VALUES.length)]);
  if (all.length === 0) return hostile();
  const { holder, key } = all[pick(all.length)]!;
  const kind = pick(8);
  if (Array.isArray(holder) && kind === 0) holder.splice(pick(holder.length + 1), 0, structuredClone(holder[key as number])); // a duplicate entry
  else if (!Array.isArray(holder) && kind === 1) delete holder[key as string];
  else (holder as Record<string | number, unknown>)[key] = hostile();
  return value;
}

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xc0, 0xc1, 0xc2, 0xc3, 0xcc, 0xcf, 0xd3, 0xd9, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xff, 0x2e, 0x2f];

function mutateBytes(input: Uint8Array, pick: (n: number) => number): Uint8Array {
  const bytes = Buffer.from(input);
  const kind = pick(5);
  if (bytes.length === 0) return Uint8Array.of(INTERESTING_BYTES[pick(INTERESTING_BYTES.length)]!);
  const at = pick(bytes.length);
  if (kind === 0) bytes[at] = bytes[at]! ^ (1 << pick(8));
  else if (kind === 1) bytes[at] = INTERESTING_BYTES[pick(INTERESTING_BYTES.length)]!;
  else if (kind === 2) return bytes.subarray(0, at); // cut short
  else if (kind === 3) return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 1 + pick(16)), bytes.subarray(at)]); // a run repeated
  else if (at + 4 <= bytes.length) bytes.writeUInt32BE([0, 1, 0x7fffffff, 0xffffffff][pick(4)]!, at); // a length that lies
  return bytes;
}

function mutate(input: Uint8Array, pick: (n: number) => number): Uint8Array {
  if (pick(2) === 0) {
    try {
      return encoder.encode(mutateValue(decoder.decode(input), pick));
    } catch {
      // not decodable (a byte-mutated seed): mutate its bytes instead
    }
  }
  return mutateBytes(input, pick);
}

/**
 * Replays every file of corpusDir, then mutates them for `seconds`; stops at
 * the first input that fails, saved in corpusDir. Yields to the event loop
 * between batches (the agent's fuzzer runs beside it, a child process).
 */
export async function fuzzReplies(corpusDir: string, seconds: number, seed = Date.now()): Promise<ReplyFuzzResult> {
  const seeds = readdirSync(corpusDir).sort().map((name) => readFileSync(path.join(corpusDir, name)));
  const pick = random(seed);
  let runs = 0;
  const attempt = (input: Uint8Array): ReplyFuzzResult["failure"] => {
    runs++;
    try {
      runOne(input, pick(input.length + FRAME.headerBytes + 1));
      return undefined;
    } catch (error) {
      const file = path.join(corpusDir, `crash-${createHash("sha256").update(input).digest("hex").slice(0, 16)}`);
      writeFileSync(file, input);
      return { file, error: `${(error as Error).stack ?? error} (seed ${seed})` };
    }
  };
  for (const input of seeds) {
    const failure = attempt(input);
    if (failure) return { runs, seeds: seeds.length, failure };
  }
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    for (let i = 0; i < 200; i++) {
      let input: Uint8Array = seeds[pick(seeds.length)]!;
      for (let n = 1 + pick(4); n > 0; n--) input = mutate(input, pick);
      const failure = attempt(input);
      if (failure) return { runs, seeds: seeds.length, failure };
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { runs, seeds: seeds.length };
}
