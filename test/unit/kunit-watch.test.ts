// The console watch of a guest running KUnit suites: it knows which suite is
// running from the console lines, and stops the guest when one runs past its
// timeout, or when a boot stays silent outside suites past the idle limit.
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { SuiteWatch } from "../../src/engine/kunit-watch.ts";

/** A clock the test moves by hand; the watch looks at it every 250 ms. */
function manualClock() {
  let now = 1_000_000;
  return { clock: { now: () => now }, advance: (ms: number) => (now += ms) };
}

test("a suite that runs past its timeout stops the guest, once; suites that finish do not", async () => {
  const { clock, advance } = manualClock();
  let stops = 0;
  const watch = new SuiteWatch(clock, { suiteMs: 20_000, idleMs: 60_000 }, () => stops++);
  watch.booted();
  for (const line of ["[    0.86] KTAP version 1", "[    0.86] 1..2", "[    0.87]     KTAP version 1", "[    0.87]     # Subtest: quick", "[    0.87]     1..1"]) watch.line(line);
  assert.equal(watch.suite, "quick");
  advance(15_000);
  for (const line of ["[    0.87]     ok 1 quick_case", "[   15.00] ok 1 quick"]) watch.line(line);
  assert.equal(watch.suite, undefined);
  watch.line("[   15.10]     # Subtest: slow");
  watch.line("[   15.20]         # Subtest: slow_params"); // a parameterised case inside it is no suite
  assert.equal(watch.suite, "slow");
  advance(19_000);
  await sleep(400);
  assert.equal(stops, 0);
  advance(2_000);
  await sleep(400);
  assert.equal(stops, 1);
  assert.deepEqual(watch.expired, { why: "the suite ran past its timeout (20 s)", suite: "slow" });
  advance(100_000);
  await sleep(400);
  assert.equal(stops, 1, "stopped once");
});

test("a booting guest silent outside suites past the idle limit is stopped; once booted, silence is no hang", async () => {
  const { clock, advance } = manualClock();
  let stops = 0;
  const silent = new SuiteWatch(clock, { suiteMs: 20_000, idleMs: 60_000 }, () => stops++);
  advance(61_000);
  await sleep(400);
  assert.equal(stops, 1);
  assert.deepEqual(silent.expired, { why: "the guest printed nothing for 60 s while it booted" });
  const booted = new SuiteWatch(clock, { suiteMs: 20_000, idleMs: 60_000 }, () => stops++);
  booted.booted();
  advance(3_600_000);
  await sleep(400);
  booted.end();
  assert.equal(stops, 1);
});
