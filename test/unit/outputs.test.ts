// Report paths a run cannot write are a usage error before any test runs
// (src/run/outputs.ts), not a stack trace after the whole suite.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { cli } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

const suite = "examples/tests/assertions.test.lua"; // no VM

test("a report under a file: exit 2 at once, naming the report, the reason and what to do", async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "taken"), "");
  const taken = path.join(dir, "taken");
  for (const [flag, what, target, why] of [
    ["--junit", "the JUnit report", "taken/junit.xml", `EEXIST: file already exists, mkdir '${taken}'`],
    ["--json", "the JSON results", "taken/results.json", `EEXIST: file already exists, mkdir '${taken}'`],
    ["--artifacts", "the artifacts directory", "taken/results", `ENOTDIR: not a directory, mkdir '${taken}/results'`],
  ] as const) {
    const file = path.join(dir, target);
    const r = await cli(["run", suite, flag, file]);
    assert.equal(r.exitCode, 2, r.all);
    assert.equal(
      r.all,
      `provium: cannot write ${what} ${file}: ${why} — give a path this user (uid ${process.getuid!()}) may write; ` +
        'in a container, mount the checkout (or the results directory) writable, and with --user "$(id -u):$(id -g)" remove what an earlier run as root left there',
    );
  }
});

test("writable report paths are made before the run, and written after it", async () => {
  const dir = tempDir();
  const r = await cli(["run", suite, "--junit", path.join(dir, "a/b/junit.xml"), "--artifacts", path.join(dir, "c")]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^5 passed, 0 failed, 3 skipped$/m);
});

test("a job summary or file times that cannot be written after the run: the other reports are written, the summary's loss fails the run by name, no stack trace", async () => {
  const dir = tempDir();
  const taken = path.join(dir, "taken");
  writeFileSync(taken, "");
  const json = path.join(dir, "results.json");
  const r = await cli(["run", suite, "--github", "--json", json, "--durations", path.join(taken, "durations.json")], { GITHUB_STEP_SUMMARY: path.join(taken, "summary.md") });
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /provium: warning: could not save the file times to .*taken\/durations\.json \(the next run orders its files without them\)/);
  assert.match(r.all!, /^provium: cannot write the job summary .*taken\/summary\.md: ENOTDIR/m);
  assert.doesNotMatch(r.all!, /\n\s+at /, "no stack trace");
  assert.ok(JSON.parse(readFileSync(json, "utf8")), "the JSON results are written all the same");
  const fine = await cli(["run", suite, "--durations", path.join(taken, "durations.json")]);
  assert.equal(fine.exitCode, 0, `file times that cannot be saved do not fail a run: ${fine.all}`);
});
