// The resource budget with real guests: a VM too large for what is free waits
// for others to give memory back, then boots (the rules: test/unit/scheduling.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { hostResources } from "../../src/host/budget.ts";
import { createVm } from "../../src/vm/vm.ts";

test("on this host, a 16 GiB guest waits while others hold the memory, then boots", async () => {
  const host = hostResources();
  const others = Math.floor((host.memoryMiB - 16 * 1024) / 2) + 512; // two VMs that leave too little for 16 GiB
  const a = createVm("minimal", { memoryMiB: others, budgetOwner: "another test file" });
  const b = createVm("minimal", { memoryMiB: others, budgetOwner: "another test file" });
  await Promise.all([a.boot(), b.boot()]);
  const big = createVm("minimal", { memoryMiB: 16 * 1024 });
  const booting = big.boot();
  try {
    await sleep(2000);
    assert.equal(big.pid, undefined, "QEMU of the 16 GiB guest must not start yet");
    await a.shutdown();
    await booting;
    assert.equal(big.state, "running");
    assert.equal((await big.exec("echo ok")).stdout.toString(), "ok\n");
  } finally {
    await Promise.all([a.kill(), b.kill(), big.kill()]);
  }
});
