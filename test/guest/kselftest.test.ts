// examples/kselftest on a real guest, with kselftests built from the
// distribution's kernel source by its build.sh and brought in with `dirs`:
// each binary is a test, each KTAP result a sub-result whose status matches
// kselftest's "# Totals:" line; the known TCG failure stays green; the JUnit
// report with all the sub-results is valid.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import type { JsonReport } from "../../src/report/json.ts";
import { cli, xmllint } from "../support/cli.ts";
import { buildKselftests, builtTests } from "../support/kselftests.ts";
import { tempDir } from "../support/temp.ts";

let dir: string;
before(async () => (dir = await buildKselftests()), { timeout: 10 * 60_000 });

test("at least eight kselftests run with their results as sub-results", { timeout: 15 * 60_000 }, async () => {
  const out = tempDir();
  const r = await cli(["run", "examples/kselftest", "--junit", `${out}/junit.xml`, "--json", `${out}/results.json`, "--github"], { KSELFTEST_DIR: dir, GITHUB_WORKSPACE: process.cwd() });
  assert.equal(r.exitCode, 0, r.all);
  const lint = await xmllint(`${out}/junit.xml`);
  assert.equal(lint.exitCode, 0, lint.stderr);

  const json = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  const tests = json.files.flatMap((f) => f.tests);
  const heads = tests.filter((t) => !t.subtest);
  const built = builtTests(dir);
  assert.ok(built.length >= 8, `at least eight kselftests were built: ${built.join(", ")}`);
  assert.deepEqual(heads.map((t) => t.name).sort(), built);
  for (const head of heads) {
    const subs = tests.filter((t) => t.subtest?.test === head.name);
    assert.ok(subs.length >= 2, `${head.name} has sub-results (its group and its results)`);
    assert.ok(!subs.some((t) => t.subtest!.path.at(-1) === "KTAP output"), `${head.name}: the output is valid KTAP and agrees with its totals`);
  }
  const junit = readFileSync(`${out}/junit.xml`, "utf8");
  assert.match(junit, /<testcase [^>]*name="timers\/nanosleep › nanosleep › CLOCK_REALTIME"/);
  assert.match(junit, /<testcase [^>]*name="timers\/nanosleep › nanosleep › CLOCK_TAI"/, "named by what follows kselftest's # SKIP");
  assert.match(junit, /<testcase [^>]*name="membarrier\/membarrier_test_single_thread › membarrier_test_single_thread › sys_membarrier available"/);
  // Under TCG the watchpoint tests fail, as provium.toml says they will: expected failures, a green run.
  if (tests.some((t) => t.status === "xfail")) assert.match(r.all!, /expected to fail/);
  else assert.match(r.all!, /^::warning [^\n]*known failure 'breakpoints\/breakpoint_test › breakpoint_test › \*' passed: remove it from the list/m);
});
