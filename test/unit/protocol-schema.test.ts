// The protocol schema: generated files are current, and the host refuses to
// send what the schema does not allow, naming the argument.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { checkArgs, encodeRequest, FRAME, OP_SPECS, OPS, type Op } from "../../src/agent/protocol.ts";

test("agent/protocol.h, agent/protocol.c and src/agent/protocol-schema.ts match protocol/agent.json", () => {
  execFileSync(process.execPath, ["scripts/gen-protocol.mjs", "--check"], { stdio: "pipe" });
});

/** A value of a type other than the argument's, for every type in the schema. */
const WRONG: Record<string, unknown> = {
  u32: "12", i32: 1.5, u64: -1, i64: "x", bool: 1, str: Buffer.from("x"), bytes: "text",
  str_list: "a", str_map: ["a"], syscall_args: [1, 2, 3, 4, 5, 6, 7], record_list: [1], enum: "no_such_value",
};

test("every argument of every op is type-checked before sending", () => {
  for (const op of OPS) {
    for (const [name, spec] of Object.entries(OP_SPECS[op].args)) {
      const said = `agent request '${op}': argument '${name}' must be ${spec.expected}, got `;
      assert.throws(() => checkArgs(op, { [name]: WRONG[spec.type] }), (error: Error) => error.message.startsWith(said), `${op}.${name}`);
    }
  }
});

test("the messages say what a value must be in words, as the agent and the Lua bindings do", () => {
  assert.throws(() => checkArgs("exec", { cmd: "x", env: ["a"] }), /'exec': argument 'env' must be a table of strings to strings without NUL bytes, got a list$/);
  assert.throws(() => checkArgs("exec", { argv: "ls" }), /argument 'argv' must be a list of strings without NUL bytes, got a string$/);
  assert.throws(() => checkArgs("exec", { cmd: "x", stdin: "text" }), /argument 'stdin' must be bytes, got a string$/);
  assert.throws(() => checkArgs("spawn", { cmd: "x", pty: 1 }), /argument 'pty' must be a boolean, got 1$/);
  assert.throws(() => checkArgs("proc_read", { handle: 1, stream: "stdin" }), /'proc_read': argument 'stream' must be one of stdout, stderr, got 'stdin'$/);
  assert.throws(() => checkArgs("proc_read", { handle: 1, stream: 1 }), /argument 'stream' must be one of stdout, stderr, got 1$/);
  assert.throws(() => checkArgs("put_files", { entries: [{ path: "/a", kind: "fifo" }] }), /'put_files': entries\[1\]: argument 'kind' must be one of file, dir, symlink, got 'fifo'$/);
  checkArgs("put_files", { entries: [{ path: "/a", kind: "file" }, { path: "/b", kind: "dir" }, { path: "/c", kind: "symlink", target: "a" }] });
});

test("unknown and missing arguments, maxima and fractions are refused", () => {
  assert.throws(() => checkArgs("exec", { cmd: "x", timeout: 5 }), /'exec': unknown argument 'timeout'/);
  assert.throws(() => checkArgs("read_file", {}), /'read_file': argument 'path' is required/);
  assert.throws(() => checkArgs("exec", { cmd: "x", timeout_ms: 1004.9999999999999 }), /'timeout_ms' must be an unsigned 32-bit integer, got 1004.9999999999999/);
  assert.throws(() => checkArgs("exec", { cmd: "x", max_output: 100 * 2 ** 20 }), /'max_output' is 104857600, at most 33521664 \(stdout and stderr together must fit/);
  assert.throws(() => checkArgs("write_file", { path: "/a\0b", data: Buffer.alloc(0) }), /'path' must be a string without NUL bytes, got a string/);
  assert.throws(() => checkArgs("put_files", { entries: [{ path: "/a", kind: "file" }, { path: "/b", kind: "file", mode: "644" }] }), /'put_files': entries\[2\]: argument 'mode' must be an unsigned 32-bit integer, got a string/);
  checkArgs("exec", { cmd: "x", timeout_ms: 1005, max_output: 2n ** 20n, env: { A: "b" }, cwd: undefined });
});

test("a request larger than a frame fails at once, naming the limit", () => {
  assert.throws(() => encodeRequest(1, "write_file" as Op, { path: "/big", data: Buffer.alloc(FRAME.maxBytes) }), /over the agent's 64 MiB frame limit/);
});
