// Provium's KTAP parser agrees with the kernel's own, kunit_tool (`kunit.py
// parse`), on every log kunit_tool is tested on (tools/testing/kunit/
// test_data of the distribution's kernel source): console logs with printk
// prefixes, KTAP among unrelated kernel lines, a panic mid-suite, runs of
// zero tests. Agreement: every test kunit_tool finds is a sub-result here with
// the same name and verdict (passed, failed, skipped; crashed or "no tests"
// is an error), nothing else is reported except the output's problems, and
// a log kunit_tool reports an error in has an error result here.
import assert from "node:assert/strict";
import path from "node:path";
import { before, test } from "node:test";
import { recordKtap } from "../../src/engine/ktap-record.ts";
import type { TestStatus } from "../../src/engine/results.ts";
import { SubtestLog, type SubResult } from "../../src/engine/subtests.ts";
import { parseKtap } from "../../src/ktap/parse.ts";
import { kunitTool, kunitToolLogs, kunitToolTrees, type KunitToolStatus, type KunitToolTest } from "../support/kunit-tool.ts";

const VERDICT: Record<KunitToolStatus, TestStatus> = {
  SUCCESS: "passed",
  FAILURE: "failed",
  SKIPPED: "skipped",
  TEST_CRASHED: "error",
  NO_TESTS: "error",
  FAILURE_TO_PARSE_TESTS: "error",
};
const isOk = (status: KunitToolStatus) => status === "SUCCESS" || status === "SKIPPED";
/** Something below went wrong: kunit_tool leaves an "ok" parent ok then; here it fails with its children. */
const troubleBelow = (t: KunitToolTest): boolean => t.errors_below > t.errors || t.subtests.some((s) => !isOk(s.status) || troubleBelow(s));
/** kunit_tool saw an error in the log (a failing test is no error). */
const kunitToolError = (main: KunitToolTest) => main.errors_below > 0 || (!isOk(main.status) && main.status !== "FAILURE");

/** What this parser and kunit_tool disagree on, one line each. */
function disagreements(main: KunitToolTest, subs: SubResult[]): string[] {
  const ours = new Map(subs.map((s) => [s.path.join(" › "), s]));
  const matched = new Set<string>();
  const found: string[] = [];
  const walk = (t: KunitToolTest, parent: string[], position: number) => {
    const name = [...parent, t.name || `#${position}`].join(" › "); // kunit_tool leaves a missing subtest unnamed
    matched.add(name);
    const expected: TestStatus[] = isOk(t.status) && troubleBelow(t) ? ["failed", "error"] : [VERDICT[t.status]];
    const mine = ours.get(name);
    if (!mine) found.push(`'${name}': kunit_tool says ${t.status}, Provium has no such result`);
    else if (!expected.includes(mine.status)) found.push(`'${name}': kunit_tool says ${t.status}, Provium ${mine.status}`);
    t.subtests.forEach((s, i) => walk(s, [...parent, t.name || `#${position}`], i + 1));
  };
  main.subtests.forEach((s, i) => walk(s, [], i + 1));
  for (const [name, s] of ours) {
    const problemsOfTheOutput = s.path.at(-1) === "KTAP output" && s.status === "error";
    if (!matched.has(name) && !problemsOfTheOutput) found.push(`'${name}': Provium says ${s.status}, kunit_tool has no such test`);
  }
  const ourError = subs.some((s) => s.status === "error");
  if (kunitToolError(main) !== ourError)
    found.push(kunitToolError(main) ? `kunit_tool reports an error (${main.status}, ${main.errors_below} errors), Provium none` : "Provium reports an error, kunit_tool none");
  return found;
}

/** The log as t:ktap records it. */
function provium(text: string): SubResult[] {
  const log = new SubtestLog("kunit-tool.test.lua", "log");
  recordKtap(log, parseKtap(text), { file: "kunit-tool.test.lua", line: 1, testLine: 1, traceback: "" }, []);
  return log.results;
}

let dir: string;
let logs: Map<string, string>;
before(async () => {
  dir = await kunitTool();
  logs = kunitToolLogs(dir);
});

test("Provium's parser agrees with kunit_tool on every log of its test_data", async () => {
  assert.ok(logs.size >= 20, `kunit_tool's test_data has its logs: ${[...logs.keys()].join(", ")}`);
  const file = (name: string) => path.join(dir, "test_data", name);
  const trees = await kunitToolTrees(dir, [...logs.keys()].map(file));
  const disagreeing: string[] = [];
  for (const [name, text] of logs) {
    const found = disagreements(trees.get(file(name))!.test, provium(text));
    if (found.length) disagreeing.push(`${name}:\n  ${found.join("\n  ")}`);
  }
  assert.deepEqual(disagreeing, [], `${disagreeing.length} of ${logs.size} logs disagree`);
});
