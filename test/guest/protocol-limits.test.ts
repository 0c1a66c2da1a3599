// The protocol's edges on a real guest: the fractional timeout that used to
// be dropped, the frame limits, and the version handshake.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createVm, type Vm } from "../../src/vm/vm.ts";

describe("protocol limits on a booted guest", () => {
  let vm: Vm;
  before(async () => {
    vm = createVm("minimal");
    await vm.boot();
  });
  after(() => vm.kill());

  test("a fractional timeout kills the command at that time (it used to be ignored)", async () => {
    const started = Date.now();
    const r = await vm.exec("sleep 5; echo done", { timeoutMs: 1.005 * 1000 });
    assert.equal(r.timedOut, true);
    assert.equal(r.stdout.toString(), "");
    assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
  });

  test("a 40 MiB out-buffer fits a frame and comes back whole", async () => {
    const r = await vm.syscall("getrandom", [{ out: 40 << 20 }, 4096, 0]);
    assert.equal(r.ret, 4096);
    assert.equal(r.buffers[0]!.length, 40 << 20);
  });

  test("a 100 MiB max_output fails at once with the frame limit, not after a 30 s timeout", async () => {
    const started = Date.now();
    await assert.rejects(vm.exec("echo hi", { maxOutput: 100 << 20 }), /'max_output' is 104857600, at most 33521664 \(stdout and stderr together must fit the agent's 64 MiB frame\)/);
    assert.ok(Date.now() - started < 1000);
    assert.equal((await vm.exec("echo still serving")).stdout.toString(), "still serving\n");
  });

  test("an out-buffer larger than a frame is refused by the agent, naming the limit", async () => {
    await assert.rejects(vm.syscall("getrandom", [{ out: 65 << 20 }, 16, 0]), /\{out=size <= 64 MiB\}/);
  });

  test("a host of another protocol version is refused by the agent's handshake", async () => {
    await assert.rejects(vm.request("hello", { version: 1 }), /protocol version mismatch: the host speaks 1, this agent 2; rebuild the guest with `npm run setup`/);
  });
});
