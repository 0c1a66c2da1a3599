// The KTAP parser's rate on a 100,000-line stream shaped like kselftest
// output (results, SKIPs, diagnostics, a nested block every thousand lines):
// it must never be what a run waits for (>= 100,000 lines/s).
import { parseKtap } from "../src/ktap/parse.ts";
import { recordKtap } from "../src/engine/ktap-record.ts";
import { junitXml } from "../src/report/junit.ts";
import type { TestResult } from "../src/engine/results.ts";
import { SubtestLog, withSubtests } from "../src/engine/subtests.ts";
import { median, row } from "./stats.ts";

const LINES = 100_000;
const ROUNDS = 7;
const REQUIRED_LINES_PER_S = 100_000;

function stream(): string {
  const lines = ["TAP version 13"];
  let number = 0;
  while (lines.length < LINES - 1) {
    number++;
    if (number % 1000 === 0) lines.push("  KTAP version 1", "  1..2", "  ok 1 inner_a", "  not ok 2 inner_b # EINVAL");
    else if (number % 5 === 0) lines.push(`# case ${number}: starting`);
    lines.push(number % 7 === 0 ? `ok ${number} case_${number} # SKIP not supported` : `ok ${number} case_${number}`);
  }
  lines.push(`1..${number}`);
  return lines.join("\n") + "\n";
}

export function benchKtap(): void {
  console.log("KTAP parsing");
  const text = stream();
  const lineCount = text.split("\n").length - 1;
  const rates: number[] = [];
  let results = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const doc = parseKtap(text);
    rates.push(lineCount / ((performance.now() - started) / 1000));
    results = doc.results.length;
  }
  const rate = median(rates);
  row(`${lineCount} lines, median of ${ROUNDS}`, `${Math.round(rate).toLocaleString("en")} lines/s`);
  row(`  = subtests (${results} results)`, `${Math.round((rate * results) / lineCount).toLocaleString("en")} results/s`);
  row(`  recorded as sub-results, then JUnit`, `${Math.round(recordRate(text)).toLocaleString("en")} results/s`);
  if (rate < REQUIRED_LINES_PER_S) {
    console.log(`  too slow: parsing must do at least ${REQUIRED_LINES_PER_S.toLocaleString("en")} lines/s`);
    process.exitCode = 1;
  }
}

/** What a run does with the parsed results: sub-results of a test, then the JUnit report (results per second). */
function recordRate(text: string): number {
  const file = "bench.test.lua";
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const doc = parseKtap(text);
    const started = performance.now();
    const log = new SubtestLog(file, "bench");
    recordKtap(log, doc, { file, line: 1, testLine: 1, traceback: "" }, [], { name: "stream" });
    const test: TestResult = { file, name: "bench", line: 1, status: "passed", durationMs: 0, tags: [], logs: [], warnings: [] };
    const tests = withSubtests(test, log);
    junitXml({ files: [{ file, durationMs: 0, tests }], durationMs: 0, notRun: [], bootFailures: [] });
    rates.push(tests.length / ((performance.now() - started) / 1000));
  }
  return median(rates);
}
