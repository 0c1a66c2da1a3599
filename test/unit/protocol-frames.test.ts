// The host's frame reader: frames split across chunks, garbage and cut-off
// frames (no guest: the agent's side is test/guest/protocol.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Encoder } from "@msgpack/msgpack";
import { FrameReader } from "../../src/agent/protocol.ts";

function frame(value: unknown): Buffer {
  const payload = new Encoder().encode(value);
  const header = Buffer.alloc(8);
  header.write("PRVM");
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

test("frames split across chunks are reassembled", () => {
  const bytes = Buffer.concat([frame({ id: 1, ok: true, result: {} }), frame({ id: 2, ok: false, error: "e", errno: 2 })]);
  const reader = new FrameReader();
  const ids: number[] = [];
  for (const byte of bytes) ids.push(...reader.push(Buffer.from([byte])).map((r) => r.id));
  assert.deepEqual(ids, [1, 2]);
});

test("the reader resynchronises after garbage and a cut-off frame (a reconnect mid-frame)", () => {
  const cut = frame({ id: 7, ok: true, result: { data: Buffer.alloc(100) } }).subarray(0, 40);
  const reader = new FrameReader();
  const responses = reader.push(Buffer.concat([Buffer.from("garbage PRV"), cut.subarray(12), frame({ id: 8, ok: true, result: {} })]));
  assert.deepEqual(responses.map((r) => r.id), [8]);
});
