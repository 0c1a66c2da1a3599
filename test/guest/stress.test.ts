// Saves of busy guests, many times over: what a save can lose (a kept VM's
// bundle that never reopens, a fixture whose resumes differ) is proven by
// repetition, not by one green run. The guests of test/lua-suites/stress run
// processes that write memory and files while they are saved (busy.lua);
// whole.sh tells a reopened or resumed guest is whole.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { cli } from "../support/cli.ts";
import { processesMentioning } from "../support/processes.ts";
import { tempDir } from "../support/temp.ts";

const SUITE = "test/lua-suites/stress";
const WHOLE = readFileSync(`${SUITE}/whole.sh`, "utf8");

test("ten bundles of a busy guest, kept at ten failures, each reopens whole", { timeout: 15 * 60_000 }, async () => {
  const out = tempDir();
  const runs = tempDir();
  const r = await cli(["run", `${SUITE}/bundles.test.lua`, "--keep-failed", "--artifacts", out], { PROVIUM_RUNS_DIR: runs });
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /^0 passed, 10 failed, 0 skipped$/m);
  const bundles = [...r.all!.matchAll(/reopen it with: provium shell --snapshot (\S+busy_failure_(\d+)\S*\.bundle)/g)];
  assert.equal(bundles.length, 10, r.all);
  assert.doesNotMatch(r.all!, /could not be kept/);
  for (const [, bundle, n] of bundles) {
    const reopened = await cli(["shell", "--snapshot", bundle!, "-c", `TAG=kept${Number(n)}\n${WHOLE}`], { PROVIUM_RUNS_DIR: runs });
    assert.equal(reopened.exitCode, 0, `bundle ${n}: ${reopened.all}`);
    assert.equal(reopened.stdout, "whole", `bundle ${n}: ${reopened.all}`);
  }
  assert.deepEqual(readdirSync(runs), [], "the run directories are removed");
  assert.deepEqual(processesMentioning(runs), [], "no QEMU is left");
});

test("a fixture saved while its guest is busy resumes whole ten times, two files at once", { timeout: 10 * 60_000 }, async () => {
  const r = await cli(["run", `${SUITE}/resume-a.test.lua`, `${SUITE}/resume-b.test.lua`, "-j", "2"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^10 passed, 0 failed, 0 skipped$/m);
});
