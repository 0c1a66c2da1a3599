// vm:ktap's recorder without a guest: a command's stderr is its group's log
// (KTAP is read from stdout only), and says why when the command printed no
// KTAP at all or failed with no result to explain it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_STDERR_LINES, recordKtap, type ExecStatus } from "../../src/engine/ktap-record.ts";
import { SubtestLog, type SubResult } from "../../src/engine/subtests.ts";
import { parseKtap } from "../../src/ktap/parse.ts";

const SITE = { file: "t.test.lua", line: 3, testLine: 3, traceback: "" };

/** Records stdout as vm:ktap does for a command that exited with code and printed stderr; the sub-results by name. */
function record(stdout: string, code: number, stderr: string): Map<string, SubResult> {
  const log = new SubtestLog("t.test.lua", "t");
  const exec: ExecStatus = { code, signal: null, timedOut: false, truncated: false, durationMs: 5, stderr };
  recordKtap(log, parseKtap(stdout), SITE, [], { name: "cmd", exec });
  return new Map(log.results.map((r) => [r.path.join(" › "), r]));
}

test("a command that printed no KTAP: the error names its stderr's last line, the group's log is its stderr", () => {
  const subs = record("", 1, "loading...\n/opt/kst/run_kselftest.sh: No such collection 'nosuch'\n");
  assert.match(subs.get("cmd › KTAP output")!.failure!.message, /no KTAP or TAP output: no version line, plan or result \(stderr ends: '\/opt\/kst\/run_kselftest.sh: No such collection 'nosuch''\)$/);
  assert.deepEqual(subs.get("cmd")!.output, ["loading...", "/opt/kst/run_kselftest.sh: No such collection 'nosuch'"]);
});

test("a non-zero exit no result explains names stderr's last line; passing results keep their own logs", () => {
  const subs = record("TAP version 13\n1..1\n# checking\nok 1 fine\n", 2, "./t: cannot open /dev/foo: No such device\n");
  assert.equal(subs.get("cmd")!.status, "failed");
  assert.equal(subs.get("cmd")!.failure!.message, "the command exited with status 2, but no result failed (stderr ends: './t: cannot open /dev/foo: No such device')");
  assert.deepEqual(subs.get("cmd › fine")!.output, ["checking"]);
  assert.deepEqual(subs.get("cmd")!.output, ["./t: cannot open /dev/foo: No such device"]);
});

test("a passing command's stderr is its group's log too; no stderr, no log; a flood keeps its end", () => {
  const ok = record("1..1\nok 1 a\n", 0, "a warning\n");
  assert.equal(ok.get("cmd")!.status, "passed");
  assert.deepEqual(ok.get("cmd")!.output, ["a warning"]);
  assert.deepEqual(record("1..1\nok 1 a\n", 0, "").get("cmd")!.output, []);
  const lines = Array.from({ length: MAX_STDERR_LINES + 50 }, (_, i) => `line ${i}`);
  const flood = record("1..1\nok 1 a\n", 0, lines.join("\n")).get("cmd")!.output;
  assert.equal(flood.length, MAX_STDERR_LINES + 1);
  assert.equal(flood[0], "(the first 50 lines of stderr are not kept)");
  assert.equal(flood.at(-1), `line ${MAX_STDERR_LINES + 49}`);
});
