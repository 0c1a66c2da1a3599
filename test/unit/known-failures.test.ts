// Known failures on result lists (patterns, coverage of subtests, roll-ups,
// unexpected passes), their TOML form, and retries.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { loadConfig, loadKnownFailures } from "../../src/config/config.ts";
import { KnownFailures } from "../../src/engine/known-failures.ts";
import type { TestResult } from "../../src/engine/results.ts";
import { withRetries } from "../../src/run/retries.ts";
import { tempDir } from "../support/temp.ts";

const FILE = "tests/kselftest.test.lua";

function result(name: string, status: TestResult["status"], fromSubtests = false): TestResult {
  const path = name.split(" › ").slice(1);
  return {
    file: FILE, name, line: 1, status, durationMs: 0, tags: [], logs: [], warnings: [],
    failure: status === "failed" ? { kind: "failure", message: `${name} broke`, traceback: "", consoles: [], fromSubtests } : undefined,
    subtest: path.length ? { test: name.split(" › ")[0]!, path } : undefined,
  };
}

const statuses = (group: TestResult[]) => group.map((r) => `${r.name}: ${r.status}`);

test("a listed failing subtest is xfail, and a test failing only through it passes", () => {
  const group = [result("timers", "failed", true), result("timers › nanosleep › #3", "failed"), result("timers › nanosleep", "failed", true), result("timers › nanosleep › #1", "passed")];
  new KnownFailures([{ test: "timers > nanosleep > #?", reason: "CLOCK_TAI" }]).classify(group);
  assert.deepEqual(statuses(group), ["timers: passed", "timers › nanosleep › #3: xfail", "timers › nanosleep: passed", "timers › nanosleep › #1: passed"]);
  assert.equal(group[1]!.reason, "CLOCK_TAI");
  assert.equal(group[1]!.failure!.message, "timers › nanosleep › #3 broke", "the failure is kept for the reports");
});

test("a roll-up stays failed while an unlisted subtest below it fails", () => {
  const group = [result("t", "failed", true), result("t › a", "failed"), result("t › b", "failed")];
  new KnownFailures([{ test: "t › a", reason: "known" }]).classify(group);
  assert.deepEqual(statuses(group), ["t: failed", "t › a: xfail", "t › b: failed"]);
});

test("an entry naming a test covers its subtests; file patterns restrict entries", () => {
  const group = [result("net", "failed", true), result("net › udp › gso", "failed")];
  new KnownFailures([{ test: "net", reason: "no NIC", file: "tests/*" }]).classify(group);
  assert.deepEqual(statuses(group), ["net: passed", "net › udp › gso: xfail"]);
  const elsewhere = [result("net", "failed", true), result("net › udp › gso", "failed")];
  new KnownFailures([{ test: "net", reason: "no NIC", file: "other/*" }]).classify(elsewhere);
  assert.deepEqual(statuses(elsewhere), ["net: failed", "net › udp › gso: failed"]);
});

test("wildcards match whole names only, and regular-expression characters are literal", () => {
  const group = [result("a.b (x)", "failed"), result("aXb (x)", "failed"), result("a.b (x) more", "failed")];
  new KnownFailures([{ test: "a.b (?)", reason: "r" }]).classify(group);
  assert.deepEqual(statuses(group), ["a.b (x): xfail", "aXb (x): failed", "a.b (x) more: failed"]);
});

test("an entry whose results all passed is flagged once; one that failed somewhere is not", () => {
  const known = new KnownFailures([{ test: "fixed *", reason: "bug 1" }, { test: "still *", reason: "bug 2" }]);
  const tests = [result("fixed one", "passed"), result("fixed two", "passed"), result("still one", "failed"), result("still two", "passed")];
  known.classify(tests);
  known.unexpectedPasses(tests);
  assert.deepEqual(tests[0]!.warnings, ["known failure 'fixed *' passed: remove it from the list (its reason: bug 1)"]);
  assert.deepEqual(tests.slice(1).flatMap((t) => t.warnings), []);
});

test("[[known_failures]] in provium.toml and in a --known-failures file; mistakes name the entry", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "provium.toml"), `[[known_failures]]\ntest = "a › b"\nreason = "why"\nfile = "x/*"\n`);
  assert.deepEqual(loadConfig(dir).knownFailures, [{ test: "a › b", reason: "why", file: "x/*" }]);
  const list = path.join(dir, "list.toml");
  writeFileSync(list, `[[known_failures]]\ntest = "c"\nreason = "r"\n`);
  assert.deepEqual(loadKnownFailures(list), [{ test: "c", reason: "r", file: undefined }]);
  const bad = (text: string) => {
    writeFileSync(list, text);
    return () => loadKnownFailures(list);
  };
  assert.throws(bad(`[[known_failures]]\ntest = "c"\n`), /known_failures\[1\]\.reason must be a non-empty string/);
  assert.throws(bad(`[[known_failures]]\ntest = "c"\nreason = "r"\nwhy = 1\n`), /known_failures\[1\]\.why is not a known-failure setting/);
  assert.throws(bad(`known_failures = "c"\n`), /known_failures must be an array of tables/);
  assert.throws(bad(`[profiles.x]\nkernel = "k"\n`), /profiles is not known here/);
  assert.throws(() => loadKnownFailures(path.join(dir, "missing.toml")), /missing.toml: no such file/);
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(path.join(dir, "sub", "provium.toml"), `[[known_failure]]\ntest = "c"\nreason = "r"\n`);
  assert.throws(() => loadConfig(path.join(dir, "sub")), /known_failure is not a known setting \(known: profiles, known_failures\)/);
});

test("retries: a pass on a later attempt is flaky; failing every time keeps the last failure and says so", async () => {
  let runs = 0;
  const flaky = await withRetries(3, async () => [result("t", ++runs < 3 ? "failed" : "passed")], () => false);
  assert.equal(runs, 3);
  assert.equal(flaky[0]!.status, "passed");
  assert.equal(flaky[0]!.attempts!.length, 2);
  assert.match(flaky[0]!.warnings[0]!, /^flaky: passed on attempt 3 of 4 after failing 2 times \(first failure: t broke\)$/);
  runs = 0;
  const broken = await withRetries(1, async () => [result("t", "failed")].map((r) => ((r.failure!.message = `run ${++runs}`), r)), () => false);
  assert.equal(broken[0]!.failure!.message, "run 2\n(attempt 2 of 2: every attempt failed)");
  assert.deepEqual(broken[0]!.attempts!.map((a) => a.failure.message), ["run 1"]);
  runs = 0;
  await withRetries(5, async () => (runs++, [result("t", "failed")]), () => true);
  assert.equal(runs, 1, "stop() ends retrying (an internal error, Ctrl-C)");
});
