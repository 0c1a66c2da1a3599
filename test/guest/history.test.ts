// Changes between runs of sub-results a guest reports (vm:ktap, as kernel
// selftests do), through `provium run --history --fail-on new` on a real
// guest: each kept by its full path, the roll-ups left to them.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { JsonReport } from "../../src/report/json.ts";
import { cli } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

const SUITE = "test/lua-suites/history-guest";

test("vm:ktap's sub-results: a new failure, a fixed one, a still-failing one; --fail-on new fails on the new one only", async () => {
  const dir = tempDir();
  const history = path.join(dir, "history");
  const run = async (fail: string[], name: string) => {
    writeFileSync(path.join(dir, "outcomes.txt"), fail.map((n) => `${n}=fail`).join(" "));
    const r = await cli(["run", SUITE, "--history", history, "--fail-on", "new", "--json", path.join(dir, `${name}.json`)], { PROVIUM_TEST_OUTCOMES: path.join(dir, "outcomes.txt") });
    const report = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as JsonReport;
    const changes = Object.fromEntries(report.files.flatMap((f) => f.tests).map((t) => [t.name, t.change?.kind]));
    return { r, changes };
  };
  const first = await run(["udp_gso"], "first");
  assert.equal(first.r.exitCode, 1, `no baseline yet: every failure counts\n${first.r.all}`);
  assert.match(first.r.all!, /note: no baseline: with --fail-on new, every failure counts as new/);

  const second = await run(["udp_gso", "timers"], "second");
  assert.equal(second.r.exitCode, 1, second.r.all);
  assert.deepEqual(second.changes, {
    selftests: "same",
    "selftests › kselftest": "same",
    "selftests › kselftest › net": "same", // a roll-up: its failing sub-result carries the change
    "selftests › kselftest › net › tcp_fastopen": "same",
    "selftests › kselftest › net › udp_gso": "still-failing",
    "selftests › kselftest › timers": "new-failure",
  });

  const third = await run(["timers"], "third");
  assert.equal(third.r.exitCode, 0, `only a still-failing one: --fail-on new passes\n${third.r.all}`);
  assert.equal(third.changes["selftests › kselftest › net › udp_gso"], "fixed");
  assert.equal(third.changes["selftests › kselftest › timers"], "still-failing");
  assert.match(third.r.all!, /^vs baseline \S+( \w{7})?: 1 still failing, 1 fixed$/m);
});
