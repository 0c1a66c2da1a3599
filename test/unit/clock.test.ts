// Time limits on a clock that stands still while a debugger holds the guest.
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Deadline, PauseLog, pausedWithin, type Clock } from "../../src/util/clock.ts";

test("pausedWithin: the union of the spans, clipped to the window; an open span lasts until its end", () => {
  assert.equal(pausedWithin([], 0, 100), 0);
  assert.equal(pausedWithin([{ start: 10, end: 20 }], 0, 100), 10);
  assert.equal(pausedWithin([{ start: 10, end: 30 }, { start: 20, end: 40 }], 0, 100), 30, "overlapping spans count once");
  assert.equal(pausedWithin([{ start: 20, end: 40 }, { start: 10, end: 15 }, { start: 12, end: 14 }], 0, 100), 25, "in any order, nested");
  assert.equal(pausedWithin([{ start: -50, end: 5 }, { start: 90, end: 200 }], 0, 100), 15, "clipped at both ends");
  assert.equal(pausedWithin([{ start: 60 }], 0, 100), 40, "still paused");
});

test("PauseLog: begin while paused and end while running change nothing", () => {
  const log = new PauseLog();
  log.end(5);
  log.begin(10);
  log.begin(12);
  assert.equal(log.paused, true);
  log.end(20);
  log.end(25);
  assert.deepEqual(log.spans, [{ start: 10, end: 20 }]);
  assert.equal(log.paused, false);
});

test("a deadline on a clock that stands still fires only once its clock has gone the distance", async () => {
  let standingStill = false;
  let offset = 0;
  let stoppedAt = 0;
  const clock: Clock = { now: () => (standingStill ? stoppedAt : Date.now() - offset) };
  const stop = () => ((stoppedAt = clock.now()), (standingStill = true));
  const go = () => ((offset = Date.now() - stoppedAt), (standingStill = false));

  const deadline = Deadline.after(100, clock);
  let fired = false;
  deadline.onPassed(() => (fired = true));
  await sleep(30);
  stop();
  await sleep(400); // well past the wall-clock deadline
  assert.equal(fired, false, "no firing while the clock stands still");
  assert.equal(deadline.passed, false);
  assert.ok(deadline.remainingMs > 0 && deadline.remainingMs <= 70);
  go();
  await sleep(400);
  assert.equal(fired, true, "fires once the clock ran its remaining time");
  assert.equal(deadline.passed, true);
});

test("a cancelled deadline never fires; NEVER never passes", async () => {
  let fired = false;
  const cancel = Deadline.after(20).onPassed(() => (fired = true));
  cancel();
  await sleep(60);
  assert.equal(fired, false);
  assert.equal(Deadline.NEVER.passed, false);
  assert.equal(Deadline.NEVER.remainingMs, Infinity);
});
