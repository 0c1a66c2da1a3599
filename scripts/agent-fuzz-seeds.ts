// Writes the fuzzers' seed corpora: the agent's (agent/fuzz/corpus/seed-*),
// one request payload per file, made by the host's own encoder, covering
// every op and every msgpack type the decoder knows; and the host's reply
// decoders' (agent/fuzz/replies/seed-*), one reply payload per file, honest
// replies of every op and a few lies. Run: npx tsx scripts/agent-fuzz-seeds.ts
import { writeFileSync, mkdirSync } from "node:fs";
import { Encoder } from "@msgpack/msgpack";

const dir = new URL("../agent/fuzz/corpus/", import.meta.url);
const repliesDir = new URL("../agent/fuzz/replies/", import.meta.url);
mkdirSync(dir, { recursive: true });
mkdirSync(repliesDir, { recursive: true });
const encoder = new Encoder({ useBigInt64: true, ignoreUndefined: true });
const request = (op: unknown, args: unknown, id: unknown = 1) => encoder.encode({ id, op, args });
// Hand-made bytes for what the encoder never writes (wide headers, odd types).
const raw = (...bytes: number[]) => Uint8Array.from(bytes);

const seeds: Record<string, Uint8Array> = {
  hello: request("hello", { version: 1, time_ns: 1_700_000_000_000_000_000n }),
  "hello-float-time": request("hello", { version: 1, time_ns: 1.5e300 }),
  "read-small": request("read_file", { path: "small" }),
  "read-big-max": request("read_file", { path: "big", max: 1000 }),
  "read-empty": request("read_file", { path: "empty", max: 0 }),
  "read-missing": request("read_file", { path: "missing" }),
  "read-offset": request("read_file", { path: "big", offset: 3, max: 5 }),
  "list-tree": request("list_tree", { path: "small", max_entries: 1 }),
  "proc-read": request("proc_read", { handle: 1, stream: "stderr", max: 10 }),
  "proc-read-stream": request("proc_read", { handle: 1, stream: "stdin" }),
  "put-files": request("put_files", { entries: [{ path: "/x", kind: "dir" }, { path: "/x/f", kind: "file", data: Buffer.from("d"), offset: 2, truncate: true }, { path: "/x/l", kind: "fifo" }] }),
  "exec-cmd": request("exec", { cmd: "echo hi", timeout_ms: 1004.9999999999999, max_output: 10 }),
  "exec-argv": request("exec", { argv: ["echo", "a", 3], env: { A: "b", PATH: "/bin" }, cwd: "/", stdin: Buffer.from("in") }),
  syscall: request("syscall", { name: "getpid", args: [1, -1, "s", { in: Buffer.from("x") }, { out: 16 }, { inout: Buffer.from("yy") }] }),
  "syscall-nr": request("syscall", { nr: 39, args: [2n ** 63n, -(2n ** 63n), 1.5, null] }),
  "write-file": request("write_file", { path: "f", data: Buffer.from("data"), mode: 0o600, append: true }),
  mount: request("mount", { source: "none", target: "/mnt/x", fstype: "tmpfs", flags: 1, data: "size=1m" }),
  quiesce: request("quiesce", {}),
  shutdown: request("shutdown", {}),
  "unknown-op": request("no_such_op", {}),
  "op-integer": request(7, {}),
  "op-binary": request(Buffer.from("hello"), {}),
  "id-float": request("hello", {}, 2.5),
  "id-negative": request("hello", {}, -5),
  nested: request("read_file", { path: [[[[[[[["deep"]]]]]]]] }),
  // an array16 of 3 nils, a map16 of one pair, str8/bin8, float32, int8..int64
  wide: raw(0x83, 0xa2, 0x69, 0x64, 0xcd, 0x01, 0x00, 0xa2, 0x6f, 0x70, 0xd9, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f,
    0xa4, 0x61, 0x72, 0x67, 0x73, 0xde, 0x00, 0x02, 0xa1, 0x61, 0xdc, 0x00, 0x03, 0xc0, 0xc0, 0xc0,
    0xc4, 0x01, 0x62, 0xdd, 0x00, 0x00, 0x00, 0x05, 0xca, 0x3f, 0x80, 0x00, 0x00, 0xd0, 0x80, 0xd1, 0x80, 0x00,
    0xd2, 0x80, 0x00, 0x00, 0x00, 0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0),
  "array32-lies": raw(0x82, 0xa2, 0x69, 0x64, 0x09, 0xa4, 0x61, 0x72, 0x67, 0x73, 0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0),
  "map32-lies": raw(0x81, 0xa2, 0x69, 0x64, 0xdf, 0x7f, 0xff, 0xff, 0xff),
  "str32-lies": raw(0x81, 0xa2, 0x6f, 0x70, 0xdb, 0xff, 0xff, 0xff, 0xf0, 0x61),
};
for (const [name, bytes] of Object.entries(seeds)) writeFileSync(new URL(`seed-${name}`, dir), bytes);
console.log(`wrote ${Object.keys(seeds).length} seeds to ${dir.pathname}`);

const reply = (result: unknown, id = 7) => encoder.encode({ id, ok: true, result });
const entry = (path: string, kind: string, extra: Record<string, unknown> = {}) => ({ path, kind, mode: 0o644, size: 0, target: "", ...extra });
const status = { exited: true, code: 0, signal: null };
const replies: Record<string, Uint8Array> = {
  hello: reply({ version: 4, kernel: "6.1.0-provium", pid: 1 }),
  exec: reply({ code: 0, signal: null, stdout: Buffer.from("out\n"), stderr: Buffer.alloc(0), timed_out: false, truncated: false }),
  "exec-signal": reply({ code: null, signal: 9, stdout: Buffer.alloc(0), stderr: Buffer.from("killed"), timed_out: true, truncated: true }),
  spawn: reply({ handle: 3, pid: 42 }),
  "proc-read": reply({ data: Buffer.from("line\n"), eof: false, dropped: 2n ** 40n, ...status }),
  "proc-wait": reply(status),
  syscall: reply({ ret: -1, errno: 2, buffers: [Buffer.from("Linux"), Buffer.alloc(0)] }),
  "syscall-big": reply({ ret: 2n ** 63n - 1n, errno: 0, buffers: [] }),
  "read-file": reply({ data: Buffer.from("file data"), truncated: true }),
  "put-files": reply({ written: 4096 }),
  "list-tree": reply({
    entries: [
      entry("", "dir", { mode: 0o755 }),
      entry("a", "dir", { mode: 0o700 }),
      entry("a/f", "file", { size: 5 }),
      entry("a/link", "symlink", { target: "../b" }),
      entry("b", "file", { mode: 0o4755, size: 2n ** 40n }),
    ],
  }),
  "list-tree-file": reply({ entries: [entry("", "file", { size: 3 })] }),
  "list-tree-climbs": reply({ entries: [entry("", "dir"), entry("../x", "file"), entry("/abs", "file")] }),
  "list-tree-orphan": reply({ entries: [entry("", "dir"), entry("no/parent", "file"), entry("", "dir")] }),
  empty: reply({}),
  error: encoder.encode({ id: 9, ok: false, error: "read_file: /x: No such file or directory", errno: 2 }),
  "error-lies": encoder.encode({ id: 9, ok: false, error: "\x1b[2J".repeat(1000), errno: -1n }),
  "not-a-map": encoder.encode([1, true, { result: null }]),
};
for (const [name, bytes] of Object.entries(replies)) writeFileSync(new URL(`seed-${name}`, repliesDir), bytes);
console.log(`wrote ${Object.keys(replies).length} seeds to ${repliesDir.pathname}`);
