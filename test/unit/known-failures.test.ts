// Known failures as results are made: sub-results judged by their test's
// SubtestLog as they are recorded (patterns, coverage by structured path,
// roll-ups), tests as the file runner makes them (unexpected passes); their
// TOML form; and retries.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { loadConfig, loadKnownFailures, type KnownFailure } from "../../src/config/config.ts";
import { KnownFailures } from "../../src/engine/known-failures.ts";
import type { TestResult, TestStatus } from "../../src/engine/results.ts";
import { SubtestLog, subtestsRollUp, withSubtests, type SubInput } from "../../src/engine/subtests.ts";
import { withRetries } from "../../src/run/retries.ts";
import { tempDir } from "../support/temp.ts";

const FILE = "tests/kselftest.test.lua";

function result(name: string, status: TestStatus): TestResult {
  return {
    file: FILE, name, line: 1, status, durationMs: 0, tags: [], logs: [], warnings: [],
    failure: status === "failed" ? { kind: "failure", message: `${name} broke`, traceback: "", consoles: [] } : undefined,
  };
}

/** A sub-result as a recorder gives it; bare: a failure that only says "failed" (KTAP's "not ok" without a reason). */
function sub(path: string[], status: TestStatus, bare = false): SubInput {
  const failure = status === "failed" ? { kind: "failure" as const, message: `${path.join("/")} broke`, traceback: "", consoles: [] } : undefined;
  return { path, status, line: 1, durationMs: 0, output: [], failure, bareFailure: bare };
}

/**
 * Runs a test that passes itself and records subs (children before parents),
 * as the file runner does: judged by these entries, rolled up; its result
 * then its sub-results, and what each record() answered the test.
 */
function runTest(entries: KnownFailure[], name: string, subs: SubInput[], file = FILE): { group: TestResult[]; answers: TestStatus[] } {
  const known = new KnownFailures(entries);
  const log = new SubtestLog(file, name, known);
  const answers = subs.map((s) => log.record(s));
  const outcome = subtestsRollUp({ status: "passed" }, log, { file, line: 1 }, () => []);
  const test: TestResult = { ...result(name, "passed"), file, ...outcome };
  known.classify(file, name, [], test);
  return { group: withSubtests(test, log), answers };
}

const statuses = (group: TestResult[]) => group.map((r) => `${r.name}: ${r.status}`);

test("a listed failing subtest is xfail, and a test failing only through it passes", () => {
  const subs = [sub(["nanosleep", "#3"], "failed"), sub(["nanosleep", "#1"], "passed"), sub(["nanosleep"], "failed", true)];
  const { group, answers } = runTest([{ test: "timers > nanosleep > #?", reason: "CLOCK_TAI" }], "timers", subs);
  assert.deepEqual(statuses(group), ["timers: passed", "timers › nanosleep: passed", "timers › nanosleep › #3: xfail", "timers › nanosleep › #1: passed"]);
  const xfail = group[2]!;
  assert.equal(xfail.reason, "CLOCK_TAI");
  assert.deepEqual(xfail.knownFailure, { pattern: "timers > nanosleep > #?", reason: "CLOCK_TAI" });
  assert.equal(xfail.failure!.message, "nanosleep/#3 broke", "the failure is kept for the reports");
  assert.equal(group[1]!.failure, undefined, "the bare 'not ok' failed only through the expected failure");
  assert.deepEqual(answers, ["failed", "passed", "failed"], "the test is answered as without the list (t:ktap's counts, t:subtest's result)");
});

test("a roll-up stays failed while an unlisted subtest below it fails, and names only the unexpected failures", () => {
  const subs = [sub(["outer", "a"], "failed"), sub(["outer", "b"], "failed"), sub(["outer"], "passed"), sub(["c"], "failed")];
  const { group } = runTest([{ test: "t › outer › a", reason: "known" }, { test: "t › c", reason: "known too" }], "t", subs);
  assert.deepEqual(statuses(group), ["t: failed", "t › outer: failed", "t › outer › a: xfail", "t › outer › b: failed", "t › c: xfail"]);
  assert.equal(group[1]!.failure!.message, "a subtest failed: b");
  assert.equal(group[0]!.failure!.message, "a subtest failed: outer › b");
  assert.equal(group[0]!.failure!.fromSubtests, true);
  const none = runTest([], "t", subs).group;
  assert.equal(none[0]!.failure!.message, "3 subtests failed: outer › a, outer › b, c", "without the list every failure is named");
});

test("an entry naming a test covers its subtests; file patterns restrict entries", () => {
  const subs = () => [sub(["udp", "gso"], "failed"), sub(["udp"], "passed")];
  const { group } = runTest([{ test: "net", reason: "no NIC", file: "tests/*" }], "net", subs());
  assert.deepEqual(statuses(group), ["net: passed", "net › udp: passed", "net › udp › gso: xfail"]);
  assert.deepEqual(group[0]!.knownFailure, { pattern: "net", reason: "no NIC" }, "the test is named, for unexpectedPasses");
  const elsewhere = runTest([{ test: "net", reason: "no NIC", file: "other/*" }], "net", subs()).group;
  assert.deepEqual(statuses(elsewhere), ["net: failed", "net › udp: failed", "net › udp › gso: failed"]);
});

test("sub-results are matched by their path, not by splitting their names: a subtest's name may hold ' › '", () => {
  const subs = () => [sub(["x › y"], "failed")];
  const byTest = runTest([{ test: "u", reason: "covers its subtests" }], "u", subs()).group;
  assert.deepEqual(statuses(byTest), ["u: passed", "u › x › y: xfail"]);
  // "u › x" names no ancestor of the subtest "x › y": it must not cover it.
  const notAnAncestor = runTest([{ test: "u > x", reason: "some other subtest x" }], "u", subs()).group;
  assert.deepEqual(statuses(notAnAncestor), ["u: failed", "u › x › y: failed"]);
  const exact = runTest([{ test: "u › x › y", reason: "named in full" }], "u", subs()).group;
  assert.deepEqual(statuses(exact), ["u: passed", "u › x › y: xfail"]);
});

test("wildcards match whole names only, and regular-expression characters are literal", () => {
  const known = new KnownFailures([{ test: "a.b (?)", reason: "r" }]);
  const tests = [result("a.b (x)", "failed"), result("aXb (x)", "failed"), result("a.b (x) more", "failed")];
  for (const t of tests) known.classify(FILE, t.name, [], t);
  assert.deepEqual(statuses(tests), ["a.b (x): xfail", "aXb (x): failed", "a.b (x) more: failed"]);
  assert.deepEqual([known.expects(FILE, "a.b (x)"), known.expects(FILE, "aXb (x)")], [true, false], "--keep-failed skips only what the list expects");
});

test("an entry whose results all passed is flagged once; one that failed somewhere is not", () => {
  const known = new KnownFailures([{ test: "fixed *", reason: "bug 1" }, { test: "still *", reason: "bug 2" }]);
  const tests = [result("fixed one", "passed"), result("fixed two", "passed"), result("still one", "failed"), result("still two", "passed")];
  for (const t of tests) known.classify(FILE, t.name, [], t);
  known.unexpectedPasses(tests);
  assert.deepEqual(tests[0]!.warnings, ["known failure 'fixed *' passed: remove it from the list (its reason: bug 1)"]);
  assert.deepEqual(tests.slice(1).flatMap((t) => t.warnings), []);
  const sharded = [result("fixed one", "passed")];
  known.classify(FILE, "fixed one", [], sharded[0]!);
  known.unexpectedPasses(sharded, { index: 2, count: 3 });
  assert.deepEqual(sharded[0]!.warnings, ["known failure 'fixed *' passed in shard 2/3: remove it from the list if it passes in the other shards too (its reason: bug 1)"], "a shard sees only its own files");
});

test("an entry naming only sub-results that passed is flagged too", () => {
  const known = [{ test: "t › fixed", reason: "bug 3" }];
  const { group } = runTest(known, "t", [sub(["fixed"], "passed"), sub(["other"], "passed")]);
  new KnownFailures(known).unexpectedPasses(group);
  assert.deepEqual(group.flatMap((t) => t.warnings), ["known failure 't › fixed' passed: remove it from the list (its reason: bug 3)"]);
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
