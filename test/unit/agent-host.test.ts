// The agent's request loop on the host: the sanitizer build serves --stdio, so
// every op, the framing and the decoder's limits are tested in milliseconds,
// and AddressSanitizer/UBSan/LeakSanitizer must report nothing.
import assert from "node:assert/strict";
import { statSync, truncateSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { release } from "node:os";
import type { Duplex } from "node:stream";
import path from "node:path";
import { before, test } from "node:test";
import { Encoder } from "@msgpack/msgpack";
import { encodeFrame, FrameReader, OP_SPECS, PROTOCOL_VERSION, type Response } from "../../src/agent/protocol.ts";
import { AgentError, buildHostAgent, HOST_AGENT, HostAgent, SANITIZER_ENV, SANITIZER_REPORT, withAgent } from "../support/host-agent.ts";
import { tempDir } from "../support/temp.ts";

const MiB = 1 << 20;
const EMSGSIZE = 90;
const EINVAL = 22;

before(buildHostAgent);

function frame(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(8);
  header.write("PRVM");
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const text = (bytes: unknown) => Buffer.from(bytes as Uint8Array).toString();

async function rejectsWith(promise: Promise<unknown>, message: RegExp, errno?: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AgentError, String(error));
    assert.match(error.message, message);
    if (errno !== undefined) assert.equal(error.errno, errno, error.message);
    return true;
  });
}

test("hello answers the protocol version, the kernel and the pid", () =>
  withAgent(async (agent) => {
    // host mode never sets the clock; the time sent is now anyway, so a regression would do no harm
    const result = await agent.call("hello", { version: PROTOCOL_VERSION, time_ns: BigInt(Date.now()) * 1_000_000n });
    assert.deepEqual(result, { version: PROTOCOL_VERSION, kernel: release(), pid: agent.pid });
  }));

test("exec runs argv and cmd with env, cwd and stdin, and reports codes and signals", () =>
  withAgent(async (agent) => {
    const dir = tempDir();
    const argv = await agent.call("exec", { argv: ["sh", "-c", "echo $A; pwd; cat; echo err >&2; exit 3"], env: { A: "b" }, cwd: dir, stdin: Buffer.from("in") });
    assert.equal(text(argv.stdout), `b\n${dir}\nin`);
    assert.equal(text(argv.stderr), "err\n");
    assert.deepEqual([argv.code, argv.signal, argv.timed_out, argv.truncated], [3, null, false, false]);
    const killed = await agent.call("exec", { cmd: "kill -9 $$" });
    assert.deepEqual([killed.code, killed.signal], [null, 9]);
    const missing = await agent.call("exec", { cmd: "true", cwd: path.join(dir, "nowhere") });
    assert.equal(missing.code, 126);
    assert.match(text(missing.stderr), /cannot change to cwd/);
    assert.equal((await agent.call("exec", { argv: ["/no/such/program"] })).code, 127);
    await rejectsWith(agent.call("exec", {}), /exec needs argv/);
  }));

test("exec kills a command at its timeout", () =>
  withAgent(async (agent) => {
    const started = Date.now();
    const result = await agent.call("exec", { cmd: "sleep 5; echo done", timeout_ms: 300 });
    assert.equal(result.timed_out, true);
    assert.equal(text(result.stdout), "");
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  }));

test("exec truncates output at max_output, and refuses output no frame can carry", () =>
  withAgent(async (agent) => {
    const small = await agent.call("exec", { cmd: "head -c 5000 /dev/zero", max_output: 100 });
    assert.deepEqual([(small.stdout as Uint8Array).length, small.truncated], [100, true]);
    const started = Date.now();
    await rejectsWith(agent.call("exec", { cmd: "head -c 70000000 /dev/zero", max_output: 100 * MiB }), /argument 'max_output' is 104857600, at most 33521664 \(stdout and stderr together must fit/, EINVAL);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal((await agent.call("exec", { cmd: "echo still serving" })).code, 0);
  }));

test("commands' orphans are reaped (the agent is a subreaper, as PID 1 reaps)", () =>
  withAgent(async (agent) => {
    const result = await agent.call("exec", { cmd: "sleep 0.2 & echo $!" });
    const orphan = Number(text(result.stdout));
    assert.ok(orphan > 0);
    const deadline = Date.now() + 3000;
    while (existsSync(`/proc/${orphan}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(existsSync(`/proc/${orphan}`), false, "the orphan is left as a zombie");
  }));

test("write_file and read_file: modes, append, max, errors", () =>
  withAgent(async (agent) => {
    const file = path.join(tempDir(), "f");
    await agent.call("write_file", { path: file, data: Buffer.from("hello "), mode: 0o600 });
    await agent.call("write_file", { path: file, data: Buffer.from("world"), append: true });
    assert.equal(readFileSync(file, "utf8"), "hello world");
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(await agent.call("read_file", { path: file }), { data: Buffer.from("hello world"), truncated: false });
    const part = await agent.call("read_file", { path: file, max: 5 });
    assert.deepEqual([text(part.data), part.truncated], ["hello", true]);
    await rejectsWith(agent.call("read_file", { path: `${file}.missing` }), /ENOENT|No such file/, 2);
    await rejectsWith(agent.call("write_file", { path: path.join(file, "under-a-file"), data: Buffer.from("x") }), /Not a directory/, 20);
    await rejectsWith(agent.call("read_file", {}), /argument 'path' is required/, EINVAL);
    // frames larger than the agent's read buffer, both ways
    const big = randomBytes(3 * MiB);
    await agent.call("write_file", { path: file, data: big });
    assert.deepEqual((await agent.call("read_file", { path: file })).data, big);
  }));

test("read_file refuses a file larger than a frame at once, naming max", () =>
  withAgent(async (agent) => {
    const file = path.join(tempDir(), "sparse");
    writeFileSync(file, "");
    truncateSync(file, 65 * MiB);
    await rejectsWith(agent.call("read_file", { path: file, max: 100 * MiB }), /argument 'max' is 104857600, at most 67043328/, EINVAL);
    const part = await agent.call("read_file", { path: file, max: 10 });
    assert.equal(part.truncated, true);
  }));

test("read_file from an offset, of proc files and of empty files, straight into the reply", () =>
  withAgent(async (agent) => {
    const file = path.join(tempDir(), "f");
    const data = randomBytes(200_000);
    writeFileSync(file, data);
    const read = (args: object) => agent.call("read_file", { path: file, ...args });
    assert.deepEqual(await read({ offset: 100, max: 10 }), { data: data.subarray(100, 110), truncated: true });
    assert.deepEqual(await read({ offset: 199_990 }), { data: data.subarray(199_990), truncated: false });
    assert.deepEqual(await read({ offset: 150_000, max: 50_000 }), { data: data.subarray(150_000), truncated: false }, "exactly to EOF");
    assert.deepEqual(await read({ offset: 300_000 }), { data: Buffer.alloc(0), truncated: false }, "past EOF");
    assert.deepEqual(await read({ max: 0 }), { data: Buffer.alloc(0), truncated: true });
    writeFileSync(file, "");
    assert.deepEqual(await read({ max: 0 }), { data: Buffer.alloc(0), truncated: false });
    // proc files report size 0: read to EOF, past the first step
    const maps = await agent.call("read_file", { path: `/proc/${agent.pid}/maps`, max: 5 * MiB });
    assert.match(text(maps.data), /\[stack\]\n/);
    assert.equal(maps.truncated, false);
    const status = await agent.call("read_file", { path: "/proc/self/status", max: 6 });
    assert.deepEqual([text(status.data), status.truncated], ["Name:\t", true]);
    await rejectsWith(agent.call("read_file", { path: tempDir() }), /Is a directory/, 21);
  }));

test("write_file and put_files write the same way: modes, truncation, offsets; put_files makes directories and symlinks, list_tree lists them", () =>
  withAgent(async (agent) => {
    const dir = tempDir();
    const put = (...entries: object[]) => agent.call("put_files", { entries });
    const file = path.join(dir, "a", "b", "f");
    assert.deepEqual(await put({ path: file, kind: "file", data: Buffer.from("0123456789"), mode: 0o640, truncate: true }), { written: 10 });
    assert.deepEqual(await put({ path: file, kind: "file", data: Buffer.from("xy"), offset: 4 }), { written: 2 });
    assert.equal(readFileSync(file, "utf8"), "0123xy6789");
    assert.equal(statSync(file).mode & 0o777, 0o640);
    await put({ path: file, kind: "file", data: Buffer.from("new"), truncate: true }, { path: path.join(dir, "d"), kind: "dir", mode: 0o700 }, { path: path.join(dir, "l"), kind: "symlink", target: "a/b/f" });
    assert.equal(readFileSync(path.join(dir, "l"), "utf8"), "new");
    assert.equal(statSync(file).mode & 0o777, 0o640, "no mode given: the file keeps its own");
    assert.equal(statSync(path.join(dir, "d")).mode & 0o777, 0o700);
    await rejectsWith(put({ path: path.join(file, "under-a-file"), kind: "file" }), /Not a directory/, 20);
    await rejectsWith(put({ path: "relative", kind: "file" }), /a guest path must be absolute/, EINVAL);
    await rejectsWith(put({ path: path.join(dir, "s"), kind: "symlink" }), /a symlink entry needs a target/, EINVAL);
    await agent.call("write_file", { path: file, data: Buffer.from("written"), mode: 0o604 });
    assert.deepEqual([readFileSync(file, "utf8"), statSync(file).mode & 0o777], ["written", 0o604]);
    const listed = await agent.call("list_tree", { path: dir });
    const entries = (listed.entries as { path: string; kind: string; size: number }[]).map((e) => `${e.path}:${e.kind}:${e.size}`);
    assert.deepEqual(entries, [":dir:0", "a:dir:0", "a/b:dir:0", "a/b/f:file:7", "d:dir:0", "l:symlink:0"]);
    await rejectsWith(agent.call("list_tree", { path: dir, max_entries: 3 }), /more than 3 entries under the path/, 7);
  }));

test("mount reports the kernel's error", () =>
  withAgent(async (agent) => {
    const target = path.join(tempDir(), "mnt", "x");
    await rejectsWith(agent.call("mount", { fstype: "provium-no-such-fs", target }), /mount provium-no-such-fs on .*mnt\/x/);
    await rejectsWith(agent.call("mount", { fstype: "tmpfs" }), /argument 'target' is required/, EINVAL);
  }));

test("syscall: by name and number, with buffers; oversized buffers fail before the call", () =>
  withAgent(async (agent) => {
    assert.deepEqual(await agent.call("syscall", { name: "getpid", args: [] }), { ret: agent.pid, errno: 0, buffers: [] });
    const uname = await agent.call("syscall", { name: "uname", args: [{ out: 390 }] });
    assert.equal(uname.ret, 0);
    assert.match(text((uname.buffers as Uint8Array[])[0]), /^Linux/);
    const bad = await agent.call("syscall", { nr: 39, args: [] }); // getpid by number
    assert.equal(bad.ret, agent.pid);
    const closed = await agent.call("syscall", { name: "close", args: [9999] });
    assert.deepEqual([closed.ret, closed.errno], [-1, 9]); // EBADF
    await rejectsWith(agent.call("syscall", { name: "no_such_call", args: [] }), /unknown syscall name/, 38);
    await rejectsWith(agent.call("syscall", { name: "getpid", args: [1, 2, 3, 4, 5, 6, 7] }), /argument 'args' must be a list of at most 6 syscall arguments, got a list/, EINVAL);
    await rejectsWith(agent.call("syscall", { name: "getpid", args: [{ out: 65 * MiB }] }), /a buffer is/);
    await rejectsWith(agent.call("syscall", { name: "getpid", args: [{ out: 40 * MiB }, { out: 40 * MiB }] }), /argument 2: .*frame limit/, EMSGSIZE);
  }));

test("quiesce, unknown ops and ops that are not strings are answered", () =>
  withAgent(async (agent) => {
    assert.deepEqual(await agent.call("quiesce", {}), {});
    await rejectsWith(agent.call("no_such_op", {}), /unknown op 'no_such_op'/);
    await rejectsWith(agent.call(7 as unknown as string, {}), /the request's op is an unsigned integer, not a string/);
  }));

test("garbage, undecodable frames and split frames leave the agent serving", () =>
  withAgent(async (agent) => {
    agent.write(Buffer.from("garbage before any frame PRV"));
    agent.write(frame(Uint8Array.from([0xc1]))); // not msgpack at all: no id to answer, logged
    agent.write(frame(Uint8Array.from([0x82, 0xa2, 0x69, 0x64, 0x05, 0xa2, 0x6f, 0x70]))); // cut short
    // a request followed by stray bytes inside its frame is refused, by id
    const encoded = new Encoder().encode({ id: 41, op: "hello", args: {} });
    const trailing = agent.reply(41);
    agent.write(frame(Buffer.concat([encoded, Buffer.from([0xc0])])));
    assert.match((await trailing).error ?? "", /bytes after the request/);
    // one frame written in three pieces
    const split = frame(new Encoder().encode({ id: 42, op: "hello", args: { version: PROTOCOL_VERSION } }));
    const whole = agent.reply(42);
    for (const piece of [split.subarray(0, 3), split.subarray(3, 11), split.subarray(11)]) {
      agent.write(piece);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal((await whole).ok, true);
    assert.match(agent.stderr, /dropping a request of 1 bytes: unsupported msgpack type/);
  }));

test("the decoder's limits refuse huge and deep requests before allocating, by id", () =>
  withAgent(async (agent) => {
    // 8 MiB of nils would have been a 256 MiB tree
    const many = await agent.send("hello", { list: new Array(8 * MiB).fill(null) });
    assert.match(many.error ?? "", /more than 262144 values/);
    let deep: unknown = "bottom";
    for (let i = 0; i < 40; i++) deep = [deep];
    assert.match((await agent.send("hello", { deep })).error ?? "", /nested deeper than 32/);
    // a header claiming 2^32-1 entries in a small frame
    const lying = agent.reply(9);
    agent.write(frame(Uint8Array.from([0x82, 0xa2, 0x69, 0x64, 0x09, 0xa4, 0x61, 0x72, 0x67, 0x73, 0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0])));
    assert.match((await lying).error ?? "", /truncated/);
  }));

test("requests run concurrently, and closing the input waits for them", () =>
  withAgent(async (agent) => {
    // The exec blocks until its gate file exists. The test opens the gate once
    // hello has answered, or after 5 s at the latest: an agent that serves
    // requests one at a time answers hello only after the exec, and fails the
    // assertion below (rather than hanging or racing a clock).
    const gate = path.join(tempDir(), "gate");
    const openGate = () => writeFileSync(gate, "");
    const fallback = setTimeout(openGate, 5000);
    const slow = agent.call("exec", { cmd: `while [ ! -e ${gate} ]; do sleep 0.01; done; echo slow` });
    let slowDone = false;
    void slow.then(() => (slowDone = true));
    await agent.call("hello", { version: PROTOCOL_VERSION });
    assert.equal(slowDone, false, "hello was answered only after the exec ended");
    clearTimeout(fallback);
    openGate();
    agent.child.stdin.end();
    assert.equal(text((await slow).stdout), "slow\n");
  }));

test("--fd=N serves a socket pair the same way", async () => {
  // libuv makes a child's extra stdio "pipe" a UNIX socket pair
  const child = spawn(HOST_AGENT, ["--fd=3"], { env: { ...process.env, ...SANITIZER_ENV }, stdio: ["ignore", "ignore", "pipe", "pipe"] });
  const socket = child.stdio[3] as Duplex;
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const reader = new FrameReader();
  const reply = new Promise<Response>((resolve) =>
    socket.on("data", (chunk: Buffer) => {
      const [first] = reader.push(chunk); // a chunk may hold part of a frame
      if (first) resolve(first);
    }),
  );
  try {
    socket.write(encodeFrame(1, "hello", { version: PROTOCOL_VERSION }));
    assert.equal((await reply).ok, true);
  } finally {
    socket.end();
  }
  assert.equal(await exited, 0, stderr);
  assert.doesNotMatch(stderr, SANITIZER_REPORT);
});

test("shutdown answers, then the host-mode agent exits (the host machine stays up)", async () => {
  const agent = new HostAgent();
  assert.deepEqual(await agent.call("shutdown", {}), {});
  assert.equal(await agent.exited, 0);
  assert.doesNotMatch(agent.stderr, SANITIZER_REPORT);
});

/** A value of another type than the argument's, for every type in the schema (sent unchecked). */
const WRONG_TYPE: Record<string, unknown> = {
  u32: -1, i32: "1", u64: 1.5, i64: true, bool: 1, str: ["a"], bytes: 7, str_list: ["a", 1], str_map: { a: 1 }, syscall_args: { a: 1 }, record_list: [1],
  enum: "no_such_value",
};

test("every argument of every op: a wrong type, an unknown name or a missing required one gets the agent's error naming it, in the host's words", () =>
  withAgent(async (agent) => {
    for (const [op, spec] of Object.entries(OP_SPECS)) {
      for (const [name, arg] of Object.entries(spec.args)) {
        const reply = await agent.send(op, { [name]: WRONG_TYPE[arg.type] });
        assert.equal(reply.ok, false, `${op}.${name}`);
        const said = `argument '${name}' must be ${arg.expected}, got `; // the words of the host's checkArgs
        assert.ok(reply.error?.startsWith(said), `${op}.${name}: ${reply.error}`);
        assert.equal(reply.errno, EINVAL);
      }
      assert.match((await agent.send(op, { no_such_argument: 1 })).error ?? "", /^unknown argument 'no_such_argument'/, op);
      const required = Object.entries(spec.args).find(([, arg]) => arg.required)?.[0];
      if (required) assert.match((await agent.send(op, {})).error ?? "", new RegExp(`^argument '${required}' is required`), op);
    }
    const nested = await agent.send("put_files", { entries: [{ path: "/x", kind: "file", mode: "644" }] });
    assert.match(nested.error ?? "", /^entries\[1\]: argument 'mode' must be an unsigned 32-bit integer, got a string/);
    const kind = await agent.send("put_files", { entries: [{ path: "/x", kind: "file" }, { path: "/y", kind: "fifo" }] });
    assert.match(kind.error ?? "", /^entries\[2\]: argument 'kind' must be one of file, dir, symlink, got 'fifo'/);
    assert.match((await agent.send("list_tree", { path: { a: "b" } })).error ?? "", /^argument 'path' must be a string without NUL bytes, got a table/);
    assert.match((await agent.send("hello", { version: 1 })).error ?? "", /protocol version mismatch: the host speaks 1, this agent \d+/);
  }));
