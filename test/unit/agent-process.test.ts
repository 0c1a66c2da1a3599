// The agent's spawned processes on the host (the sanitizer build, --stdio):
// the proc_* ops, bounded buffers, signals, the reaper with 100 children,
// and every refusal — in milliseconds, with ASan/UBSan/LSan watching.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { AgentError, buildHostAgent, HostAgent, withAgent } from "../support/host-agent.ts";

before(buildHostAgent);

const text = (bytes: unknown) => Buffer.from(bytes as Uint8Array).toString();

async function rejectsWith(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof AgentError && message.test(error.message));
}

/** Reads a stream until it ends; largest: the most one read returned. */
async function readAll(agent: HostAgent, handle: number, stream: string): Promise<{ data: string; dropped: number; largest: number }> {
  let data = "";
  let dropped = 0;
  let largest = 0;
  for (;;) {
    const r = await agent.call("proc_read", { handle, stream, timeout_ms: 2000 });
    data += text(r.data);
    dropped += Number(r.dropped);
    largest = Math.max(largest, (r.data as Uint8Array).length);
    if (r.eof) return { data, dropped, largest };
  }
}

test("a spawned process: stdin, stdout, stderr, close_stdin and its exit status", () =>
  withAgent(async (agent) => {
    const { handle, pid } = await agent.call("spawn", { cmd: "cat; echo bye >&2; exit 3", stdin: Buffer.from("first\n") });
    assert.ok(Number(pid) > 0);
    assert.equal(text((await agent.call("proc_read", { handle, stream: "stdout", timeout_ms: 5000 })).data), "first\n");
    await agent.call("proc_write", { handle, data: Buffer.from("second\n") });
    assert.equal(text((await agent.call("proc_read", { handle, stream: "stdout", timeout_ms: 5000 })).data), "second\n");
    const idle = await agent.call("proc_read", { handle, stream: "stdout", timeout_ms: 50 });
    assert.deepEqual([text(idle.data), idle.eof, idle.exited], ["", false, false]);
    await agent.call("proc_close_stdin", { handle });
    await rejectsWith(agent.call("proc_write", { handle, data: Buffer.from("x") }), /^process \d+: its stdin was closed/);
    const status = await agent.call("proc_wait", { handle, timeout_ms: 5000 });
    assert.deepEqual(status, { exited: true, code: 3, signal: null });
    assert.deepEqual(await readAll(agent, handle as number, "stderr"), { data: "bye\n", dropped: 0, largest: 4 });
    const end = await agent.call("proc_read", { handle, stream: "stdout" });
    assert.deepEqual([text(end.data), end.eof], ["", true]);
    assert.deepEqual(await agent.call("proc_release", { handle }), { exited: true, code: 3, signal: null });
    await rejectsWith(agent.call("proc_read", { handle, stream: "stdout" }), /no spawned process with handle \d+/);
  }));

test("output beyond max_output is dropped and counted, and the process is never blocked by it", () =>
  withAgent(async (agent) => {
    const { handle } = await agent.call("spawn", { cmd: "head -c 300000 /dev/zero", max_output: 1000 });
    assert.deepEqual(await agent.call("proc_wait", { handle, timeout_ms: 5000 }), { exited: true, code: 0, signal: null });
    // The exit is seen before the pipe is drained: what the pipe still holds may come after a first read emptied the buffer.
    const { data, dropped, largest } = await readAll(agent, handle as number, "stdout");
    assert.equal(largest, 1000, "never more than max_output at a time");
    assert.equal(data.length + dropped, 300_000, "every byte read or counted as dropped");
    assert.ok(dropped >= 300_000 - 1000 - 65536, `at most a pipe's worth more was read (${data.length} read)`);
    await agent.call("proc_release", { handle });
  }));

test("signals: to the process, to its group, and refused after it exited", () =>
  withAgent(async (agent) => {
    const trap = await agent.call("spawn", { cmd: 'trap "echo usr1; exit 0" USR1; echo ready; while :; do sleep 0.05; done' });
    assert.equal(text((await agent.call("proc_read", { handle: trap.handle, stream: "stdout", timeout_ms: 5000 })).data), "ready\n");
    await agent.call("proc_signal", { handle: trap.handle, signal: 10 });
    assert.equal((await readAll(agent, trap.handle as number, "stdout")).data, "usr1\n");
    assert.equal((await agent.call("proc_wait", { handle: trap.handle, timeout_ms: 5000 })).code, 0);
    await rejectsWith(agent.call("proc_signal", { handle: trap.handle, signal: 10 }), /^process \d+ has exited$/);
    await agent.call("proc_signal", { handle: trap.handle, signal: 9, group: true }); // nothing left of the group: no error

    // the group: a background child of the shell dies with it
    const group = await agent.call("spawn", { cmd: "sleep 100 & echo $!; wait" });
    const child = Number(text((await agent.call("proc_read", { handle: group.handle, stream: "stdout", timeout_ms: 5000 })).data));
    await agent.call("proc_signal", { handle: group.handle, signal: 9, group: true });
    assert.deepEqual(await agent.call("proc_wait", { handle: group.handle, timeout_ms: 5000 }), { exited: true, code: null, signal: 9 });
    const alive = await agent.call("exec", { cmd: `for i in $(seq 50); do kill -0 ${child} 2>/dev/null || exit 1; sleep 0.02; done` });
    assert.equal(alive.code, 1, "the background sleep was killed with its group");
    await agent.call("proc_release", { handle: trap.handle });
    await agent.call("proc_release", { handle: group.handle });
  }));

test("100 concurrent children are all reaped and matched to their handles", () =>
  withAgent(async (agent) => {
    const spawned = await Promise.all(Array.from({ length: 100 }, (_, i) => agent.call("spawn", { cmd: `sleep 0.3; exit ${i % 7}` })));
    const statuses = await Promise.all(spawned.map(({ handle }) => agent.call("proc_wait", { handle, timeout_ms: 10_000 })));
    assert.deepEqual(statuses.map((s) => s.code), Array.from({ length: 100 }, (_, i) => i % 7));
    await Promise.all(spawned.map(({ handle }) => agent.call("proc_release", { handle })));
  }));

test("release: a running process is killed with its group when asked, or keeps running with its output discarded", () =>
  withAgent(async (agent) => {
    const killed = await agent.call("spawn", { cmd: "sleep 100" });
    assert.deepEqual(await agent.call("proc_release", { handle: killed.handle, signal: 9 }), { exited: false, code: null, signal: null });
    const kept = await agent.call("spawn", { cmd: "yes | head -c 2000000; echo done > /dev/null" });
    await agent.call("proc_release", { handle: kept.handle });
    await rejectsWith(agent.call("proc_wait", { handle: kept.handle }), /no spawned process with handle/);
    const gone = await agent.call("exec", { cmd: `for i in $(seq 100); do kill -0 ${killed.pid} 2>/dev/null || exit 1; sleep 0.02; done` });
    assert.equal(gone.code, 1, "the released process was killed");
  }));

test("bad input: a missing command, an unknown stream or handle, a closed stdin", () =>
  withAgent(async (agent) => {
    const missing = await agent.call("spawn", { argv: ["/no/such/program"] });
    assert.equal((await agent.call("proc_wait", { handle: missing.handle, timeout_ms: 5000 })).code, 127);
    assert.match((await readAll(agent, missing.handle as number, "stderr")).data, /cannot execute \/no\/such\/program/);
    await rejectsWith(agent.call("proc_read", { handle: missing.handle, stream: "stdin" }), /^argument 'stream' must be one of stdout, stderr, got 'stdin'/);
    await rejectsWith(agent.call("proc_write", { handle: missing.handle, data: Buffer.from("x") }), /^process \d+ closed its stdin/);
    await rejectsWith(agent.call("proc_wait", { handle: 4242 }), /no spawned process with handle 4242/);
    await rejectsWith(agent.call("spawn", {}), /spawn needs argv/);
    await rejectsWith(agent.call("spawn", { cmd: "x", argv: ["x"] }), /spawn takes argv or cmd, not both/);
    await agent.call("proc_release", { handle: missing.handle });
  }));

test("a process on a pseudo-terminal: a tty with the asked size, ^C interrupts, resize, output merged", () =>
  withAgent(async (agent) => {
    const { handle } = await agent.call("spawn", { cmd: "trap 'echo trapped' INT; stty size; tty >/dev/null && echo is-a-tty; echo err >&2; sh -c 'echo sleeping; exec sleep 30'; echo after $?; stty size; exit 4", pty: true, rows: 33, cols: 101 });
    let seen = "";
    const until = async (pattern: RegExp) => {
      while (!pattern.test(seen)) {
        const r = await agent.call("proc_read", { handle, stream: "stdout", timeout_ms: 5000 });
        seen += text(r.data);
        if (r.eof) break;
      }
      assert.match(seen, pattern);
    };
    // Ctrl-C only once the child is there: sooner, the shell's trap would run and the sleep would not be interrupted.
    await until(/33 101\r\nis-a-tty\r\nerr\r\nsleeping\r\n/);
    await agent.call("proc_resize", { handle, rows: 40, cols: 120 });
    await agent.call("proc_write", { handle, data: Buffer.from([3]) }); // Ctrl-C: SIGINT to the foreground sleep
    await until(/trapped\r\nafter 130\r\n40 120\r\n/);
    const status = await agent.call("proc_wait", { handle, timeout_ms: 5000 });
    assert.equal(status.code, 4);
    const err = await agent.call("proc_read", { handle, stream: "stderr", timeout_ms: 100 });
    assert.equal(err.eof, true, "stderr is merged into the terminal");
    await agent.call("proc_release", { handle });
    const plain = await agent.call("spawn", { cmd: "sleep 5" });
    await rejectsWith(agent.call("proc_resize", { handle: plain.handle, rows: 1, cols: 1 }), /was not spawned with a pty/);
    await agent.call("proc_release", { handle: plain.handle, signal: 9 });
  }));
