// Host and agent agree on every op: each op in the host's protocol definition
// is sent to a real agent, and the result carries exactly the declared fields.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Encoder } from "@msgpack/msgpack";
import { FrameReader, OP_SPECS, OPS, PROTOCOL_VERSION, type Op, type OpArgs } from "../src/agent/protocol.ts";
import { createVm } from "../src/vm/vm.ts";

// Typed by op: adding an op to the protocol without a sample fails to compile.
const SAMPLE_ARGS: { [O in Op]: OpArgs<O> } = {
  hello: { version: PROTOCOL_VERSION, time_ns: BigInt(Date.now()) * 1_000_000n },
  exec: { cmd: "echo sample" },
  // the first spawn of a fresh agent gets handle 1; the proc_* ops follow it in the schema
  spawn: { cmd: "cat; sleep 100", stdin: Buffer.from("sample") },
  proc_read: { handle: 1, stream: "stdout", timeout_ms: 5000 },
  proc_write: { handle: 1, data: Buffer.from("more") },
  proc_close_stdin: { handle: 1 },
  proc_signal: { handle: 1, signal: 18 }, // SIGCONT: harmless
  proc_wait: { handle: 1, timeout_ms: 0 },
  proc_release: { handle: 1, signal: 9 },
  syscall: { name: "getpid", args: [] },
  read_file: { path: "/proc/version" },
  write_file: { path: "/tmp/sample", data: Buffer.from("x"), mode: 0o644 },
  mount: { fstype: "tmpfs", target: "/mnt/sample" },
  put_files: { entries: [{ path: "/tmp/sample-dir/f", kind: "file", data: Buffer.from("x"), truncate: true }] },
  list_tree: { path: "/tmp/sample-dir" },
  quiesce: {},
  shutdown: {}, // last: it powers the guest off
};

test("every op of the protocol is answered with exactly its declared fields", async () => {
  assert.equal(OPS.at(-1), "shutdown");
  const vm = createVm("minimal");
  await vm.boot();
  try {
    for (const op of OPS) {
      const result = await vm.request(op, SAMPLE_ARGS[op] as never);
      assert.deepEqual(Object.keys(result).sort(), Object.keys(OP_SPECS[op].result).sort(), `op ${op}`);
    }
  } finally {
    await vm.kill();
  }
});

test("an op the schema does not know is refused by the host before sending", async () => {
  const vm = createVm("minimal");
  await vm.boot();
  try {
    await assert.rejects(vm.request("no_such_op" as Op, {} as never, 5000), /unknown agent op 'no_such_op'/);
    assert.equal((await vm.exec("echo still serving")).ok, true);
  } finally {
    await vm.kill();
  }
});

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
