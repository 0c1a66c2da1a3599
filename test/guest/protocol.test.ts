// Host and agent agree on every op: each op in the host's protocol definition
// is sent to a real agent, and the result carries exactly the declared fields.
import assert from "node:assert/strict";
import { test } from "node:test";
import { OP_SPECS, OPS, PROTOCOL_VERSION, type Op, type OpArgs } from "../../src/agent/protocol.ts";
import { createVm } from "../../src/vm/vm.ts";

// Typed by op: adding an op to the protocol without a sample fails to compile.
const SAMPLE_ARGS: { [O in Op]: OpArgs<O> } = {
  hello: { version: PROTOCOL_VERSION, time_ns: BigInt(Date.now()) * 1_000_000n },
  exec: { cmd: "echo sample" },
  // the first spawn of a fresh agent gets handle 1; the proc_* ops follow it in the schema
  spawn: { cmd: "cat; sleep 100", stdin: Buffer.from("sample"), pty: true, rows: 30, cols: 100 }, // on a pty: proc_resize works on it
  proc_read: { handle: 1, stream: "stdout", timeout_ms: 5000 },
  proc_write: { handle: 1, data: Buffer.from("more") },
  proc_close_stdin: { handle: 1 },
  proc_signal: { handle: 1, signal: 18 }, // SIGCONT: harmless
  proc_wait: { handle: 1, timeout_ms: 0 },
  proc_resize: { handle: 1, rows: 40, cols: 120 },
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
