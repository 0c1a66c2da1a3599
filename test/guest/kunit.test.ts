// `provium kunit` and provium.kunit() on the test kernel (KUnit built in,
// suites of its own built in and as modules: test/kernel/): each case a
// result, a crash and a hang reported as such with the suites after them run
// in fresh guests, and the bad inputs — a kernel without KUnit, a glob that
// matches no suite, a glob the command line cannot carry.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import type { JsonReport, JsonTest } from "../../src/report/json.ts";
import { cli, xmllint } from "../support/cli.ts";
import { ownKernel, type OwnKernel } from "../support/own-kernel.ts";
import { tempDir } from "../support/temp.ts";

let kernel: OwnKernel;
before(async () => (kernel = await ownKernel()));

/** `provium kunit …` on the test kernel and its modules; the JSON report's results by name. */
async function kunit(args: string[]) {
  const out = tempDir();
  const r = await cli(["kunit", ...args, "--kernel", kernel.bzImage, "--modules", kernel.modules, "--json", `${out}/results.json`, "--junit", `${out}/junit.xml`]);
  const json = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  const results = new Map(json.files.flatMap((f) => f.tests).map((t) => [t.name, t]));
  const get = (name: string): JsonTest => {
    const result = results.get(name);
    assert.ok(result, `no result '${name}' among: ${[...results.keys()].join(", ")}\n${r.all}`);
    return result;
  };
  return { r, json, get, status: (name: string) => get(name).status, junit: `${out}/junit.xml` };
}

test("built-in and modular suites, each case a result; a panic and a hang are errors saying so, and the suites after them still run", { timeout: 10 * 60_000 }, async () => {
  const { r, json, get, status, junit } = await kunit(["provium_*", "--timeout", "15"]);
  assert.equal(r.exitCode, 1, r.all);
  assert.equal(json.files[0]!.file, "provium kunit");
  // built in, read from the console
  assert.equal(status("kunit › provium_pass › provium_pass_adds"), "passed");
  assert.deepEqual(get("kunit › provium_pass › provium_pass_logs").logs, ["provium_pass_logs: provium_pass_logs: a line of the case's log"]);
  assert.equal(status("kunit › provium_fail › provium_fail_fails"), "failed");
  assert.ok(get("kunit › provium_fail › provium_fail_fails").logs.includes("failing on purpose"), "the case's log is its output");
  assert.equal(status("kunit › provium_fail › provium_fail_skips"), "skipped");
  // a panic: the case that ran and the one after are errors quoting it, named by kunit.action=list
  const panic = /the kernel crashed \('Kernel panic - not syncing: provium_crash: panicking on purpose', line \d+\)/;
  assert.equal(status("kunit › provium_crash › provium_crash_first"), "passed");
  for (const name of ["kunit › provium_crash › provium_crash_panics", "kunit › provium_crash › provium_crash_never", "kunit › provium_crash"]) {
    assert.equal(status(name), "error", name);
    assert.match(get(name).failure!.message, panic);
  }
  // a hang: its timeout, in a fresh guest
  assert.equal(status("kunit › provium_hang › provium_hang_first"), "passed");
  assert.match(get("kunit › provium_hang › provium_hang_hangs").failure!.message, /^missing: the plan 1\.\.3 promised it, but the suite ran past its timeout \(15 s\) after 'ok 1 provium_hang_first'/);
  assert.equal(status("kunit › provium_after › provium_after_runs"), "passed", "the suite after the panic and the hang ran");
  // modules, read from debugfs; a module that panics and one that hangs, then the next module in a fresh guest
  assert.equal(status("kunit › provium_module_pass › provium_module_pass_adds"), "passed");
  assert.equal(status("kunit › provium_module_pass › provium_module_pass_skips"), "skipped");
  assert.equal(status("kunit › provium_module_fail › provium_module_fail_fails"), "failed");
  assert.equal(status("kunit › provium_module_crash › provium_module_crash_first"), "passed");
  assert.match(get("kunit › provium_module_crash › #2").failure!.message, /the kernel crashed \('Kernel panic - not syncing: provium_module_crash: panicking on purpose'/);
  assert.match(get("kunit › provium_module_hang").failure!.message, /^missing: the suite ran past its timeout \(15 s\) inside this subtest$/);
  const lint = await xmllint(junit);
  assert.equal(lint.exitCode, 0, lint.stderr);
});

test("the kernel's own suites pass, a case glob picks cases, and the run is green", { timeout: 5 * 60_000 }, async () => {
  const { r, json, status } = await kunit(["example", "kunit-try-catch-test", "kunit_status.*"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.equal(status("kunit › example › example_simple_test"), "passed");
  assert.equal(status("kunit › example › example_skip_test"), "skipped");
  assert.equal(status("kunit › kunit-try-catch-test › kunit_test_try_catch_successful_try_no_catch"), "passed", "from kunit-test.ko");
  assert.ok(json.summary.passed >= 10, r.all);
  assert.ok(![...json.files[0]!.tests].some((t) => t.name.startsWith("kunit › kunit-resource-test")), "suites of the same module no glob asked for are not reported");
});

test("provium.kunit from Lua: counts, case globs, argument checks", { timeout: 5 * 60_000 }, async () => {
  const out = tempDir();
  const r = await cli(["run", "test/lua-suites/kunit", "--kernel", kernel.bzImage, "--modules", kernel.modules, "--json", `${out}/results.json`]);
  assert.equal(r.exitCode, 0, r.all);
  const names = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport).files[0]!.tests.map((t) => `${t.name}:${t.status}`);
  const glob = "a case glob selects cases, of built-in suites and of modules";
  assert.deepEqual(names.filter((n) => n.startsWith(`${glob} ›`)), [
    `${glob} › provium_fail:skipped`,
    `${glob} › provium_fail › provium_fail_skips:skipped`,
    `${glob} › provium_module_pass:passed`,
    `${glob} › provium_module_pass › provium_module_pass_adds:passed`,
  ]);
});

test("a glob that matches no suite is an error naming the suites there are; one the command line cannot carry is a usage error; known failures apply", { timeout: 5 * 60_000 }, async () => {
  const known = tempDir({ "known.toml": '[[known_failures]]\ntest = "kunit › provium_fail › provium_fail_fails"\nreason = "fails on purpose"\n' });
  const { r, get } = await kunit(["provium_fail", "nosuch*", "--known-failures", `${known}/known.toml`]);
  assert.equal(r.exitCode, 1, r.all);
  assert.equal(get("kunit › provium_fail › provium_fail_fails").status, "xfail");
  assert.equal(get("kunit › provium_fail").status, "passed", "its only failure was expected");
  const none = get("kunit › nosuch*");
  assert.equal(none.status, "error");
  assert.match(none.failure!.message, /^no KUnit suite matches 'nosuch\*': the kernel's suites: built in: [^;]*\bexample\b[^;]*\bprovium_crash\b[^;]*; in modules: .*provium_module_pass \(provium_module_test\)/);
  const bad = await cli(["kunit", "my suite", "--kernel", kernel.bzImage]);
  assert.equal(bad.exitCode, 2, bad.all);
  assert.match(bad.all!, /'my suite' cannot be a KUnit filter glob \(suite_glob or suite_glob\.case_glob\): it holds a space/);
});

test("a kernel without KUnit: the error names CONFIG_KUNIT", { timeout: 5 * 60_000 }, async () => {
  const r = await cli(["kunit", "--profile", "minimal"]);
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /the kernel \S+ has no KUnit: its boot printed no 'KTAP version 1' .*build it with CONFIG_KUNIT=y/);
});
