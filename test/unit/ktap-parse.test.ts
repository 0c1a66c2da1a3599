// The KTAP/TAP parser against the formats' own examples and what real
// producers print (kselftest, KUnit, TAP 13 with YAML, TAP 14 subtests),
// and against broken output: it reports, it never throws.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseKtap, type KtapResult } from "../../src/ktap/parse.ts";

/** "name:status" for each result, nested ones as "parent/child", depth first. */
function flat(results: KtapResult[], prefix = ""): string[] {
  return results.flatMap((r) => [...flat(r.children, `${prefix}${r.name}/`), `${prefix}${r.name}:${r.status}`]);
}

const lines = (...l: string[]) => l.join("\n") + "\n";

test("the KTAP specification's nested example: names, statuses, reasons, diagnostics", () => {
  const doc = parseKtap(
    lines(
      "KTAP version 1",
      "1..1",
      "  KTAP version 1",
      "  1..3",
      "    KTAP version 1",
      "    1..1",
      "    # test_1: initializing test_1",
      "    ok 1 test_1",
      "  ok 1 example_test_1",
      "    KTAP version 1",
      "    1..2",
      "    ok 1 test_1 # SKIP test_1 skipped",
      "    ok 2 test_2",
      "  ok 2 example_test_2",
      "    KTAP version 1",
      "    1..3",
      "    ok 1 test_1",
      "    # test_2: FAIL",
      "    not ok 2 test_2",
      "    ok 3 test_3 # SKIP test_3 skipped",
      "  not ok 3 example_test_3",
      "not ok 1 main_test",
    ),
  );
  assert.deepEqual(doc.problems, []);
  assert.equal(doc.version, "KTAP version 1");
  assert.equal(doc.plan, 1);
  assert.deepEqual(flat(doc.results), [
    "main_test/example_test_1/test_1:pass",
    "main_test/example_test_1:pass",
    "main_test/example_test_2/test_1:skip",
    "main_test/example_test_2/test_2:pass",
    "main_test/example_test_2:pass",
    "main_test/example_test_3/test_1:pass",
    "main_test/example_test_3/test_2:fail",
    "main_test/example_test_3/test_3:skip",
    "main_test/example_test_3:fail",
    "main_test:fail",
  ]);
  const example1 = doc.results[0]!.children[0]!;
  assert.deepEqual(example1.children[0]!.diagnostics, ["test_1: initializing test_1"]);
  assert.equal(doc.results[0]!.children[1]!.children[0]!.reason, "test_1 skipped");
  assert.deepEqual(doc.results[0]!.children[2]!.children[1]!.diagnostics, ["test_2: FAIL"]);
});

test("the specification's unindented parent diagnostic belongs to the parent's result", () => {
  const doc = parseKtap(lines("KTAP version 1", "1..1", "  KTAP version 1", "  1..2", "  ok 1 test_1", "  not ok 2 test_2", "# example failed", "not ok 1 example"));
  assert.deepEqual(flat(doc.results), ["example/test_1:pass", "example/test_2:fail", "example:fail"]);
  assert.deepEqual(doc.results[0]!.diagnostics, ["example failed"]);
});

test("kselftest's own lines: results named by their directive's text, SKIP/XFAIL/error directives, and '# Totals:' that agrees", () => {
  const doc = parseKtap(
    lines(
      "TAP version 13",
      "1..5",
      "# Starting 5 tests",
      "ok 1 nanosleep CLOCK_REALTIME",
      "ok 2 # SKIP CLOCK_TAI is not supported",
      "ok 3 # XFAIL known to fail on this arch",
      "not ok 4 # error cannot open /dev/foo",
      "not ok 5 clock_gettime drift",
      "# Totals: pass:1 fail:1 xfail:1 xpass:0 skip:1 error:1",
    ),
  );
  assert.deepEqual(flat(doc.results), ["nanosleep CLOCK_REALTIME:pass", "CLOCK_TAI is not supported:skip", "known to fail on this arch:xfail", "cannot open /dev/foo:error", "clock_gettime drift:fail"]);
  assert.equal(doc.results[1]!.reason, "CLOCK_TAI is not supported");
  assert.equal(doc.results[3]!.reason, "cannot open /dev/foo");
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(doc.totals, { pass: 1, fail: 1, xfail: 1, xpass: 0, skip: 1, error: 1, line: 9 });
  assert.deepEqual(doc.results[0]!.diagnostics, ["Starting 5 tests"], "diagnostics go with the result after them");
  assert.deepEqual(doc.results[4]!.diagnostics, [], "the totals line is nobody's diagnostic");
});

test("kselftest's runner (run_kselftest.sh): what each binary printed, prefixed '# ', is the log of that binary's result", () => {
  // As kselftest/runner.sh prints a collection: its line naming the test, the
  // binary's output through prefix.pl, then the runner's result line.
  const doc = parseKtap(
    lines(
      "TAP version 13",
      "1..3",
      "# selftests: timens: timerfd",
      "# TAP version 13",
      "# 1..2",
      "# ok 1 clockid=7",
      "# not ok 2 clockid=1",
      "#   indented, and a blank line after",
      "# ",
      "# # Totals: pass:1 fail:1 xfail:0 xpass:0 skip:0 error:0",
      "not ok 1 selftests: timens: timerfd # exit=1",
      "# selftests: sysctl: sysctl.sh",
      "# ./sysctl.sh: module test_sysctl not found [SKIP]",
      "ok 2 selftests: sysctl: sysctl.sh # SKIP",
      "# selftests: timers: nanosleep",
      "# Bail out! a binary's own bail-out",
      "#",
      "not ok 3 selftests: timers: nanosleep # TIMEOUT 45 seconds",
    ),
  );
  assert.deepEqual(flat(doc.results), ["selftests: timens: timerfd:fail", "selftests: sysctl: sysctl.sh:skip", "selftests: timers: nanosleep:error"]);
  assert.deepEqual(doc.results[0]!.diagnostics, [
    "selftests: timens: timerfd",
    "TAP version 13",
    "1..2",
    "ok 1 clockid=7",
    "not ok 2 clockid=1",
    "  indented, and a blank line after",
    "",
    "# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:0 error:0",
  ]);
  assert.deepEqual(doc.results[1]!.diagnostics, ["selftests: sysctl: sysctl.sh", "./sysctl.sh: module test_sysctl not found [SKIP]"]);
  assert.deepEqual(doc.results[2]!.diagnostics, ["selftests: timers: nanosleep", "Bail out! a binary's own bail-out", ""]);
  assert.equal(doc.results[0]!.reason, "exit=1");
  assert.equal(doc.totals, undefined, "a binary's '# Totals:' is its output, not the runner's");
  assert.equal(doc.bailOut, undefined, "nor is its bail-out the runner's");
  assert.deepEqual(doc.problems, []);
});

test("prefixed mode: what the runner prefixed with '# ' is each result's nested document, one level, its problems its own", () => {
  const text = lines(
    "TAP version 13",
    "1..4",
    "# selftests: timens: timerfd",
    "# TAP version 13",
    "# 1..3",
    "# ok 1 clockid=7",
    "# not ok 2 clockid=1",
    "# # Totals: pass:2 fail:0 xfail:0 xpass:0 skip:0 error:0",
    "not ok 1 selftests: timens: timerfd # exit=1",
    "# selftests: sysctl: sysctl.sh",
    "# ./sysctl.sh: module test_sysctl not found [SKIP]",
    "ok 2 selftests: sysctl: sysctl.sh # SKIP",
    "# selftests: core: close_range_test",
    "# TAP version 13",
    "# 1..1",
    "# # Starting 1 tests from 1 test cases.",
    "# #  RUN           global.core_close_range ...",
    "#   KTAP version 1",
    "#   1..1",
    "#   ok 1 inner",
    "# ok 1 global.core_close_range",
    "ok 3 selftests: core: close_range_test",
    "# selftests: timers: nanosleep",
    "# TAP version 13",
    "# 1..2",
    "# ok 1 CLOCK_REALTIME",
  );
  const doc = parseKtap(text, { prefixed: true, ending: "the runner was stopped" });
  assert.deepEqual(doc.problems, [], "the runner's own output is valid");
  const [timerfd, sysctl, core, nanosleep] = doc.results;
  assert.deepEqual(flat(timerfd!.children), ["clockid=7:pass", "clockid=1:fail", "#3:error"]);
  assert.equal(timerfd!.nested!.plan, 3);
  assert.deepEqual(timerfd!.nested!.totals, { pass: 2, fail: 0, xfail: 0, xpass: 0, skip: 0, error: 0, line: 8 }, "its totals, at the log's line");
  assert.match(timerfd!.children[2]!.reason!, /^missing: the plan 1\.\.3 promised it, but the output ended after 'not ok 2 clockid=1' \(line 7\)$/);
  assert.deepEqual(timerfd!.nested!.problems, [{ line: 8, message: "the '# Totals:' line says pass:2 fail:0, but the results say pass:1 fail:1" }]);
  assert.equal(timerfd!.status, "fail");
  assert.deepEqual(timerfd!.diagnostics.slice(0, 2), ["selftests: timens: timerfd", "TAP version 13"], "the output is still the result's log");
  assert.equal(sysctl!.nested, undefined, "output without KTAP is only a log");
  assert.equal(sysctl!.status, "skip");
  assert.deepEqual(flat(core!.children), ["global.core_close_range/inner:pass", "global.core_close_range:pass"], "the binary's own nesting, by indentation");
  assert.deepEqual(core!.children[0]!.diagnostics, ["Starting 1 tests from 1 test cases.", " RUN           global.core_close_range ..."]);
  assert.equal(core!.children[0]!.line, 21, "lines are the whole output's");
  // The runner stopped mid-test: the output so far is the missing result's.
  assert.equal(nanosleep!.missing, true);
  assert.match(nanosleep!.reason!, /but the runner was stopped after 'ok 3 selftests: core: close_range_test'/);
  assert.deepEqual(flat(nanosleep!.children), ["CLOCK_REALTIME:pass", "#2:error"]);
  assert.match(nanosleep!.children[1]!.reason!, /^missing: the plan 1\.\.2 promised it, but the runner was stopped after 'ok 1 CLOCK_REALTIME' \(line 26\)$/);
  // Without the mode, the same text reads as before: one verdict per binary, the output its log.
  const plain = parseKtap(text);
  assert.ok(plain.results.every((r) => r.nested === undefined && r.children.length === 0));
});

test("prefixed mode: the runner's verdict stands; a passing program's own failing or missing results are left out with a note", () => {
  const text = lines(
    "TAP version 13",
    "1..2",
    "# selftests: kcmp: kcmp_test",
    "# TAP version 13",
    "# 1..3",
    "# PASS: 0 returned as expected",
    "# # Totals: pass:3 fail:0 xfail:0 xpass:0 skip:0 error:0",
    "ok 1 selftests: kcmp: kcmp_test",
    "# selftests: x: y",
    "# TAP version 13",
    "# 1..2",
    "# ok 1 fine",
    "# not ok 2 broken",
    "ok 2 selftests: x: y # SKIP",
  );
  const doc = parseKtap(text, { prefixed: true });
  const [kcmp, y] = doc.results;
  assert.equal(kcmp!.status, "pass");
  assert.deepEqual(kcmp!.children, [], "kcmp_test's three planned results never came: none is reported");
  assert.equal(kcmp!.nested!.results.length, 3, "the nested document still has them");
  assert.deepEqual(flat(y!.children), ["fine:pass"]);
  assert.equal(y!.status, "skip");
  assert.deepEqual(doc.notes, [
    "'ok 1 selftests: kcmp: kcmp_test' (line 8): the runner's verdict stands, though the program's own KTAP has 3 failing or missing results, not reported: #1 (missing: the plan 1..3 promised it, but the output ended after no result at all); #2 (missing: the plan 1..3 promised it, but the output ended after no result at all); #3 (missing: the plan 1..3 promised it, but the output ended after no result at all)",
    "'ok 2 selftests: x: y # SKIP' (line 14): the runner's verdict stands, though the program's own KTAP has 1 failing or missing results, not reported: 'not ok 2 broken' (line 13)",
  ]);
});

test("'# Totals:' that disagrees with the results is a problem", () => {
  const doc = parseKtap(lines("TAP version 13", "1..2", "ok 1 a", "ok 2 b # SKIP no", "# Totals: pass:2 fail:0 xfail:0 xpass:0 skip:0 error:0"));
  assert.equal(doc.problems.length, 1);
  assert.match(doc.problems[0]!.message, /'# Totals:' line says pass:2 skip:0, but the results say pass:1 skip:1/);
  assert.equal(doc.problems[0]!.line, 5);
});

test("TAP 13: optional numbers, '- ' descriptions, TODO, escaped '#', YAML blocks after their result, plan at the end", () => {
  const doc = parseKtap(
    lines(
      "TAP version 13",
      "ok - first",
      "not ok - second # TODO not written yet",
      "not ok 3 - issue \\#42 returns",
      "  ---",
      "  message: 'expected 1'",
      "  got: 2",
      "  ...",
      "ok 4 timing # TIMEOUT 30 seconds",
      "1..4",
    ),
  );
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(flat(doc.results), ["first:pass", "second:todo", "issue #42 returns:fail", "timing:error"]);
  assert.deepEqual(doc.results[2]!.diagnostics, ["  message: 'expected 1'", "  got: 2"]);
  assert.equal(doc.plan, 4);
  assert.deepEqual(doc.notes, []);
});

test("size/get_size's output: a YAML block indented by one space after a diagnostic, the plan last", () => {
  const doc = parseKtap(lines("TAP version 13", "# Testing system size.", "ok 1 get runtime memory use", "# System runtime memory report (units in Kilobytes):", " ---", " Total:  480168", " Free:   439112", " ...", "1..1"));
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(flat(doc.results), ["get runtime memory use:pass"]);
  assert.deepEqual(doc.results[0]!.diagnostics, ["Testing system size.", " Total:  480168", " Free:   439112", "System runtime memory report (units in Kilobytes):"]);
});

test("TAP 14 subtests: '# Subtest:' before the indented block names it; KUnit's inside the block does too", () => {
  const tap14 = parseKtap(lines("TAP version 14", "1..2", "# Subtest: group", "    1..2", "    ok 1 - a", "    not ok 2 - b", "not ok 1 - group", "ok 2 - after"));
  assert.deepEqual(flat(tap14.results), ["group/a:pass", "group/b:fail", "group:fail", "after:pass"]);
  assert.deepEqual(tap14.problems, []);
  const kunit = parseKtap(lines("KTAP version 1", "1..1", "    KTAP version 1", "    # Subtest: example", "    1..1", "    ok 1 example_simple_test", "ok 1 example"));
  assert.deepEqual(flat(kunit.results), ["example/example_simple_test:pass", "example:pass"]);
  // A nested block whose parent result never comes is named by its header.
  const cut = parseKtap(lines("TAP version 14", "1..1", "    # Subtest: lost", "    1..1", "    ok 1 - inner"));
  assert.deepEqual(flat(cut.results), ["lost/inner:pass", "lost:error"]);
});

test("Bail out! is kept, and the results it cut short are not reported missing", () => {
  const doc = parseKtap(lines("TAP version 13", "1..3", "ok 1 a", "Bail out! no /dev/kvm", "# Totals: pass:1 fail:0 xfail:0 xpass:0 skip:0 error:0"));
  assert.deepEqual(doc.bailOut, { reason: "no /dev/kvm", line: 4 });
  assert.deepEqual(flat(doc.results), ["a:pass"]);
  assert.deepEqual(doc.problems, []);
});

test("output that stops mid-run: each missing planned result is an error naming the last result seen", () => {
  const doc = parseKtap(lines("KTAP version 1", "1..4", "ok 1 a", "ok 2 b", "  KTAP version 1", "  1..3", "  ok 1 x"));
  assert.deepEqual(flat(doc.results), ["a:pass", "b:pass", "#3/x:pass", "#3/#2:error", "#3/#3:error", "#3:error", "#4:error"]);
  const missing = doc.results[3]!;
  assert.equal(missing.missing, true);
  assert.match(missing.reason!, /^missing: the plan 1\.\.4 promised it, but the output ended after 'ok 1 x' \(line 7\)$/);
  assert.match(doc.results[2]!.reason!, /output ended inside this subtest/);
});

test("a plan that promised thousands: the first hundred missing are named, one result stands for the rest", () => {
  const doc = parseKtap(lines("TAP version 13", "1..10000", "ok 1 only"));
  assert.equal(doc.results.length, 1 + 100 + 1);
  assert.equal(doc.results[100]!.name, "#101");
  assert.equal(doc.results[101]!.name, "#102–#10000");
  assert.match(doc.results[101]!.reason!, /^9899 more results are missing/);
});

test("a plan for fewer results than given is a problem; no plan at all is a note", () => {
  const over = parseKtap(lines("TAP version 13", "1..1", "ok 1 a", "ok 2 b"));
  assert.match(over.problems[0]!.message, /plan 1\.\.1 promised 1 results, but there are 2/);
  const none = parseKtap(lines("KTAP version 1", "ok 1 a"));
  assert.deepEqual(none.problems, []);
  assert.match(none.notes[0]!, /no plan line/);
});

test("malformed lines are problems with their line numbers, and parsing goes on", () => {
  const doc = parseKtap(
    lines(
      "KTAP version 1",
      "1..5",
      "ok 1 first",
      "ok 1 again",       // duplicate
      "ok 7 far",         // out of sequence
      "ok 0 zero",        // bad number
      "ok 4x sticky",     // bad number
    ),
  );
  const messages = doc.problems.map((p) => `${p.line}: ${p.message}`);
  assert.match(messages[0]!, /^4: duplicate test number 1/);
  assert.match(messages[1]!, /^5: test number 7 out of sequence \(expected 3\)/);
  assert.match(messages[2]!, /^6: bad test number '0'/);
  assert.match(messages[3]!, /^7: bad test number '4x'/);
  assert.equal(messages.length, 4);
  assert.equal(doc.results.length, 5, "every result line is kept");
  const jump = parseKtap(lines("KTAP version 1", "1..1", "  KTAP version 1", "  1..1", "      ok 1 deep", "  ok 1 mid", "ok 1 top"));
  assert.match(jump.problems[0]!.message, /indentation jumps from 2 to 6 spaces \(one level is 2\)/);
});

test("nesting is bounded: deeper levels are read as the deepest kept, with one problem", () => {
  const deep = Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}KTAP version 1`).join("\n") + "\n" + "  ".repeat(39) + "ok 1 bottom\n";
  const doc = parseKtap(deep);
  assert.equal(doc.problems.filter((p) => /nested more than 16 levels/.test(p.message)).length, 1);
  let depth = 0;
  for (let r = doc.results[0]; r; r = r.children[0]) depth++;
  assert.equal(depth, 16);
});

test("skip-all plans, CRLF line ends, unknown lines before the output, and no output at all", () => {
  const skipAll = parseKtap("TAP version 13\r\n1..0 # SKIP needs root\r\n");
  assert.equal(skipAll.skipAll, "needs root");
  assert.deepEqual(skipAll.results, []);
  const noisy = parseKtap(lines("[    1.0] random kernel chatter", "TAP version 13", "1..1", "ok 1 fine"));
  assert.deepEqual(flat(noisy.results), ["fine:pass"]);
  const empty = parseKtap("segfault\n");
  assert.match(empty.problems[0]!.message, /no KTAP or TAP output/);
});

test("a console log: printk prefixes of any width stripped, unrelated kernel lines and lines without a prefix are no KTAP", () => {
  const doc = parseKtap(
    lines(
      "[    0.512345] virtio_blk virtio1: [vda] 131072 512-byte logical blocks",
      "[    0.600000][    T1] KTAP version 1",
      "[    0.600001][    T1] 1..2",
      "[    0.600002][    T1]     KTAP version 1",
      "[    0.600003][    T1]     # Subtest: example",
      "[    0.600004][    T1]     1..2",
      "[    9.999999][    T1]     ok 1 example_simple_test",
      "[   10.000000][    C0] random: crng init done",
      "ok 9 printed by a program straight to the console",
      "[   10.000001][    T1]     ok 2 example_skip_test # SKIP this test should be skipped",
      "[   10.000002][    T1] ok 1 example",
      "[   10.000003][    T1]     KTAP version 1",
      "[   10.000004][    T1]     # Subtest: list-kunit-test",
      "[   10.000005][    T1]     1..1",
      "[   10.000006][    T1]     ok 1 list_test_list_init",
      "[   10.000007][    T1] ok 2 list-kunit-test",
      "[   10.200000][    T1] Run /init as init process",
      "[   10.200001][    T1] ok 3 not KUnit's: the document ended with its plan",
    ),
  );
  assert.deepEqual(doc.problems, []);
  assert.equal(doc.version, "KTAP version 1");
  assert.deepEqual(flat(doc.results), [
    "example/example_simple_test:pass",
    "example/example_skip_test:skip",
    "example:pass",
    "list-kunit-test/list_test_list_init:pass",
    "list-kunit-test:pass",
  ]);
  assert.deepEqual(doc.results[0]!.children[1]!.diagnostics, ["random: crng init done", "ok 9 printed by a program straight to the console"]);
  assert.deepEqual(doc.results[1]!.diagnostics, [], "the boot after the last result is not its output");
  assert.equal(doc.results[0]!.children[0]!.line, 7, "lines are the log's");
  // kunit_tool's way for any other prefix: cut by its length.
  const other = parseKtap(lines("<6>boot", "<6>TAP version 14", "<6>1..1", "<6>ok 1 - a"));
  assert.deepEqual(flat(other.results), ["a:pass"]);
  // "# TAP version 13" is kselftest's runner nesting a test's output, not a prefix.
  const nested = parseKtap(lines("# TAP version 13", "# 1..1", "# ok 1 inner", "ok 1 outer"));
  assert.deepEqual(flat(nested.results), ["outer:pass"]);
});

test("a crash mid-suite: the running and the remaining results are errors quoting it; a panic ends the log", () => {
  const doc = parseKtap(
    lines(
      "[    1.000000] KTAP version 1",
      "[    1.000000] 1..2",
      "[    1.000000]     KTAP version 1",
      "[    1.000000]     # Subtest: crashy",
      "[    1.000000]     1..3",
      "[    1.000000]     ok 1 first",
      "[    1.100000] BUG: kernel NULL pointer dereference, address: 0000000000000000",
      "[    1.100000] Oops: 0000 [#1] PREEMPT SMP NOPTI",
      "[    1.200000] Kernel panic - not syncing: Fatal exception",
      "[    1.200000]     ok 2 never printed by a dead kernel",
    ),
  );
  const crash = "('BUG: kernel NULL pointer dereference, address: 0000000000000000', line 7)";
  assert.deepEqual(doc.crash, { line: 7, text: "BUG: kernel NULL pointer dereference, address: 0000000000000000" });
  assert.deepEqual(flat(doc.results), ["crashy/first:pass", "crashy/#2:error", "crashy/#3:error", "crashy:error", "#2:error"]);
  const [suite, next] = doc.results;
  assert.equal(suite!.children[1]!.reason, `missing: the plan 1..3 promised it, but the kernel crashed ${crash} after 'ok 1 first' (line 6)`);
  assert.equal(suite!.reason, `missing: the kernel crashed ${crash} inside this subtest`);
  assert.equal(next!.reason, `missing: the plan 1..2 promised it, but the kernel crashed ${crash} after 'ok 1 first' (line 6)`);
  assert.ok(suite!.children[0]!.diagnostics.length === 0 && suite!.diagnostics.some((d) => d.startsWith("Oops:")), "the crash report is the subtest's output");
  // KUnit survives an Oops in a test case: the case fails, the rest runs, nothing is missing.
  const survived = parseKtap(lines("[ 1.0] KTAP version 1", "[ 1.0] 1..2", "[ 1.1] Oops: 0002 [#1] SMP", "[ 1.2] # oopsy: try faulted", "[ 1.2] not ok 1 oopsy", "[ 1.3] ok 2 fine"));
  assert.equal(survived.crash, undefined);
  assert.deepEqual(flat(survived.results), ["oopsy:fail", "fine:pass"]);
  assert.deepEqual(survived.results[0]!.diagnostics, ["Oops: 0002 [#1] SMP", "oopsy: try faulted"]);
  // Without a plan, a crash after the last result is still said.
  const unplanned = parseKtap(lines("KTAP version 1", "ok 1 a", "general protection fault, probably for non-canonical address 0xdead: 0000 [#1]"));
  assert.match(unplanned.problems[0]!.message, /^the kernel crashed after 'ok 1 a' \(line 2\): 'general protection fault/);
  // arm64's die() says "Internal error: Oops…"; its SError handler has a line of its own
  for (const line of ["Internal error: Oops: 0000000096000005 [#1] SMP", "SError Interrupt on CPU0, code 0x00000000bf000000 -- SError"]) {
    const arm64 = parseKtap(lines("[    1.000000] KTAP version 1", "[    1.000000] 1..2", "[    1.000000] ok 1 a", `[    2.000000] ${line}`));
    assert.deepEqual(arm64.crash, { line: 4, text: line });
    assert.deepEqual(flat(arm64.results), ["a:pass", "#2:error"]);
  }
});

test("a module's KUnit output before Linux 6.3 has no top level: its suites are read under one, numbered by the kernel's count", () => {
  const load = lines(
    "[    1.243278]     KTAP version 1",
    "[    1.243447]     # Subtest: provium_module_pass",
    "[    1.243517]     1..2",
    "[    1.244058]     ok 1 provium_module_pass_adds",
    "[    1.244215]     ok 2 provium_module_pass_skips # SKIP skipped on purpose",
    "[    1.244293] # provium_module_pass: pass:1 fail:0 skip:1 total:2",
    "[    1.244477] ok 3 provium_module_pass",
    "[    1.244796]     KTAP version 1",
    "[    1.244840]     # Subtest: provium_module_crash",
    "[    1.244897]     1..2",
    "[    1.245242]     ok 1 provium_module_crash_first",
    "[    1.245300] Kernel panic - not syncing: provium_module_crash: panicking on purpose",
  );
  const doc = parseKtap(load, { firstLine: 101 });
  assert.deepEqual(doc.problems, [], "the suites' numbers (3) are the kernel's count, not a problem");
  assert.deepEqual(doc.notes, []);
  assert.deepEqual(flat(doc.results), [
    "provium_module_pass/provium_module_pass_adds:pass",
    "provium_module_pass/provium_module_pass_skips:skip",
    "provium_module_pass:pass",
    "provium_module_crash/provium_module_crash_first:pass",
    "provium_module_crash/#2:error",
    "provium_module_crash:error",
  ]);
  assert.equal(doc.results[1]!.reason, "missing: the kernel crashed ('Kernel panic - not syncing: provium_module_crash: panicking on purpose', line 112) inside this subtest", "lines are the log's: the text starts at its line 101");
  // Not in a kernel log: an indented first line is just indentation.
  assert.deepEqual(flat(parseKtap(lines("  KTAP version 1", "  1..1", "  ok 1 a")).results), ["a:pass"]);
});

test("a reader that knows why the output ended says so in the results it left missing", () => {
  const doc = parseKtap(lines("KTAP version 1", "1..1", "  KTAP version 1", "  # Subtest: hangs", "  1..2", "  ok 1 first"), { ending: "the suite ran past its timeout (20 s)" });
  assert.equal(doc.results[0]!.reason, "missing: the suite ran past its timeout (20 s) inside this subtest");
  assert.equal(doc.results[0]!.children[1]!.reason, "missing: the plan 1..2 promised it, but the suite ran past its timeout (20 s) after 'ok 1 first' (line 6)");
});

test("zero tests run is a problem, unless a SKIP says why; a subtest without results is an error", () => {
  assert.match(parseKtap(lines("TAP version 14", "1..0")).problems[0]!.message, /^no tests ran: the plan is 1\.\.0 \(without '# SKIP' to say why\)$/);
  assert.match(parseKtap(lines("KTAP version 1")).problems[0]!.message, /^no tests ran: the output has no results$/);
  assert.deepEqual(parseKtap(lines("KTAP version 1", "1..0 # SKIP no suites here")).problems, []);
  const empty = parseKtap(lines("TAP version 14", "1..1", "  # Subtest: suite", "  1..1", "    # Subtest: case", "  ok 1 - case", "ok 1 - suite"));
  assert.deepEqual(flat(empty.results), ["suite/case:error", "suite:pass"]);
  assert.equal(empty.results[0]!.children[0]!.reason, "no tests ran: its subtest has no results");
  const skipped = parseKtap(lines("KTAP version 1", "1..1", "  KTAP version 1", "  1..0 # SKIP nothing to do", "ok 1 suite"));
  assert.deepEqual(flat(skipped.results), ["suite:pass"]);
});

test("bounded memory: past maxResults the rest is cut with a note, and diagnostics have a budget", () => {
  const many = ["TAP version 13", "1..1000", ...Array.from({ length: 1000 }, (_, i) => `ok ${i + 1} t${i + 1}`)].join("\n");
  const doc = parseKtap(many, { maxResults: 10 });
  assert.equal(doc.results.length, 10);
  assert.match(doc.notes.join("\n"), /parsing stopped after 10 results \(line 12\)/);
  assert.ok(!doc.results.some((r) => r.missing), "results we did not read are not 'missing'");
  const runaway = parseKtap(`ok 1 ${"x".repeat(100_000)} # SKIP ${"y".repeat(100_000)}\n`);
  assert.ok(runaway.results[0]!.name.length <= 1001 && runaway.results[0]!.reason!.length <= 1001 && runaway.results[0]!.text.length <= 1001);
  const chatty = parseKtap(["TAP version 13", ...Array.from({ length: 1000 }, () => "# ".padEnd(100, "x")), "ok 1 a"].join("\n"), { maxDiagnosticBytes: 1000 });
  assert.ok(chatty.results[0]!.diagnostics.length < 20);
  assert.match(chatty.notes.join("\n"), /diagnostic lines beyond 1000 characters were dropped/);
});

// The rate (>= 100,000 lines/s) is measured by `npm run bench`; here, on a shared machine, only that nothing is quadratic.
test("a 100,000-line stream parses in seconds, not minutes", () => {
  const text = ["KTAP version 1", "1..100000", ...Array.from({ length: 100_000 }, (_, i) => (i % 10 === 0 ? `# step ${i}` : `ok ${i + 1} case_${i + 1}`))].join("\n");
  const started = performance.now();
  const doc = parseKtap(text);
  const ms = performance.now() - started;
  assert.equal(doc.lines, 100_002);
  assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
});
