// The resource budget, ordering by earlier durations, and sharding.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { ResourceBudget } from "../../src/host/budget.ts";
import { longestFirst } from "../../src/run/durations.ts";
import { parseShard, shardFiles } from "../../src/run/shard.ts";

describe("resource budget", () => {
  test("requests wait in order until they fit, and give back what they took", async () => {
    const budget = new ResourceBudget({ memoryMiB: 1000, cpus: 4 }, () => 1_000_000);
    const order: string[] = [];
    const a = await budget.acquire({ memoryMiB: 600, cpus: 1 }, "a", "file a");
    const big = budget.acquire({ memoryMiB: 900, cpus: 1 }, "big", "file b").then((release) => (order.push("big"), release));
    const small = budget.acquire({ memoryMiB: 100, cpus: 1 }, "small", "file c").then((release) => (order.push("small"), release));
    await sleep(10);
    assert.deepEqual(order, [], "big does not fit; small waits behind it (no starvation)");
    a();
    (await big)();
    (await small)();
    assert.deepEqual(order, ["big", "small"]);
    assert.deepEqual(budget.inUse, { memoryMiB: 0, cpus: 0 });
  });

  test("a request larger than the host is refused at once", async () => {
    const budget = new ResourceBudget({ memoryMiB: 1000, cpus: 2 }, () => 1_000_000);
    await assert.rejects(budget.acquire({ memoryMiB: 2000, cpus: 1 }, "VM 'huge'"), /VM 'huge' asks for 2000 MiB and 1 vCPU, more than this host can give guests \(1000 MiB and 2 vCPUs\)/);
  });

  test("memory other processes hold counts: with nothing of ours running, a clear error instead of a wait", async () => {
    const budget = new ResourceBudget({ memoryMiB: 10_000, cpus: 2 }, () => 500);
    await assert.rejects(budget.acquire({ memoryMiB: 1000, cpus: 1 }, "VM 'x'"), /needs 1000 MiB but the host has only 500 MiB free/);
  });

  test("when every holder waits for more, vCPUs are overcommitted and memory is refused, instead of waiting forever", async () => {
    const budget = new ResourceBudget({ memoryMiB: 1000, cpus: 2 }, () => 1_000_000);
    const fileA = { name: "a.test.lua" };
    const fileB = { name: "b.test.lua" };
    const a1 = await budget.acquire({ memoryMiB: 100, cpus: 1 }, "a1", fileA);
    const b1 = await budget.acquire({ memoryMiB: 100, cpus: 1 }, "b1", fileB);
    let a2Admitted = false;
    const a2 = budget.acquire({ memoryMiB: 100, cpus: 1 }, "a2", fileA).then((release) => ((a2Admitted = true), release));
    await sleep(10);
    assert.equal(a2Admitted, false, "b.test.lua may still release: a2 waits");
    let b2Admitted = false;
    const b2 = budget.acquire({ memoryMiB: 100, cpus: 1 }, "b2", fileB).then((release) => ((b2Admitted = true), release));
    const releaseA2 = await a2;
    assert.deepEqual(budget.inUse, { memoryMiB: 300, cpus: 3 }, "both holders wait: a2 starts beyond the vCPU budget");
    await sleep(10);
    assert.equal(b2Admitted, false, "a.test.lua runs again and may release: b2 waits");
    releaseA2();
    a1();
    const releaseB2 = await b2;
    await assert.rejects(
      budget.acquire({ memoryMiB: 900, cpus: 1 }, "VM 'big'", fileB),
      /VM 'big' needs 900 MiB, but running VMs hold 200 of the 1000 MiB this host gives guests, and every test holding them waits for another VM/,
    );
    releaseB2();
    b1();
    assert.deepEqual(budget.inUse, { memoryMiB: 0, cpus: 0 });
  });
});

test("files with known durations start longest first; unknown ones first in discovery order", () => {
  const durations = new Map([["b", 10], ["c", 30], ["d", 20]]);
  assert.deepEqual(longestFirst(["a", "b", "c", "d", "e"], (f) => f, durations), ["a", "e", "c", "d", "b"]);
});

describe("sharding", () => {
  const files = Array.from({ length: 23 }, (_, i) => `tests/f${String(i).padStart(2, "0")}.test.lua`);

  for (const durations of [new Map<string, number>(), new Map(files.map((f, i) => [f, (i * 37) % 11 + 1]))]) {
    test(`every file runs exactly once across n shards (${durations.size ? "by time" : "by count"})`, () => {
      for (let n = 1; n <= 6; n++) {
        const parts = Array.from({ length: n }, (_, i) => shardFiles(files, { index: i + 1, count: n }, durations));
        assert.deepEqual(parts.flat().sort(), files, `n=${n}`);
        const sizes = parts.map((p) => (durations.size ? p.reduce((s, f) => s + durations.get(f)!, 0) : p.length));
        const spread = Math.max(...sizes) - Math.min(...sizes);
        assert.ok(spread <= (durations.size ? 11 : 1), `n=${n} uneven: ${sizes.join(", ")}`);
        assert.deepEqual(shardFiles([...files].reverse(), { index: 1, count: n }, durations), parts[0], "independent of input order");
      }
    });
  }

  test("bad shard specs are refused with the fix", () => {
    for (const bad of ["3/2", "0/2", "1/0", "a/b", "1", "1/2/3"]) assert.throws(() => parseShard(bad), /shard must be i\/n with 1 ≤ i ≤ n \(for example 1\/4 … 4\/4\), got /);
    assert.deepEqual(parseShard("2/4"), { index: 2, count: 4 });
  });
});
