// Sub-results in every report, known failures and retries, through
// `provium run` on test/lua-suites/ktap (no guest needed).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { JsonReport } from "../../src/report/json.ts";
import { parentsFirst, type SubResult } from "../../src/engine/subtests.ts";
import { cli as provium, xmllint } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

const SUITE = "test/lua-suites/ktap";
const FILE = `${SUITE}/subtests.test.lua`;
const cli = (args: string[], env: Record<string, string> = {}) => provium(args, { GITHUB_WORKSPACE: process.cwd(), ...env });

/** A report's testcase elements by name, as raw text. */
function testcases(junit: string): Map<string, string> {
  const cases = [...junit.matchAll(/<testcase [^>]*name="([^"]*)"[^]*?(?:\/>|<\/testcase>)/g)];
  return new Map(cases.map((m) => [m[1]!.replace(/&apos;/g, "'"), m[0]]));
}

test("subtests are results of their own in the console, JUnit, JSON, annotations, the summary and the exit status", async () => {
  const out = tempDir();
  const known = path.join(out, "known.toml");
  writeFileSync(known, `[[known_failures]]\ntest = "known failure > *"\nreason = "bug 123"\n\n[[known_failures]]\ntest = "listed but passing"\nreason = "was broken once"\n`);
  const summary = path.join(out, "summary.md");
  const r = await cli(["run", FILE, "--junit", `${out}/junit.xml`, "--json", `${out}/results.json`, "--github", "--known-failures", known], { GITHUB_STEP_SUMMARY: summary });
  assert.equal(r.exitCode, 1, r.all);
  const all = r.all!;

  // Annotations: the failing subtest's own line, titled with its name; roll-ups are not repeated.
  assert.match(all, /^::error file=test\/lua-suites\/ktap\/subtests.test.lua,line=6,title=subtests › fails \(test\/lua-suites\/ktap\/subtests.test.lua\)::.*arithmetic: expected 3, got 2$/m);
  assert.match(all, /^::error file=[^,]+,line=11,title=subtests › outer › inner bad /m);
  assert.match(all, /^::error file=[^,]+,line=38,title=canned failing ktap › broken /m);
  assert.doesNotMatch(all, /title=subtests \(|title=subtests › outer \(/, "a test failing only through its subtests is not annotated again");
  assert.doesNotMatch(all, /::error [^\n]*known failure/, "a known failure is no error");
  assert.match(all, /^::warning [^\n]*line=46,title=listed but passing [^\n]*::known failure 'listed but passing' passed: remove it from the list/m);
  assert.match(all, /^::warning [^\n]*title=flaky [^\n]*::flaky: passed on attempt 2 of 3 after failing once/m);
  assert.match(all, /^::error [^\n]*line=55,title=always fails [^\n]*every time%0A\(attempt 2 of 2: every attempt failed\)/m);

  // Console: sub-results indented under their test; the totals count them.
  assert.match(all, /^ {7}skipped {3}skips \(not here\)$/m);
  assert.match(all, /^ {7}failed {6}inner bad$/m);
  assert.match(all, /^12 passed, 7 failed, 3 skipped, 3 expected to fail, 1 flaky$/m);

  // JUnit: valid, one testcase per sub-result at its line, retries in Surefire's elements.
  assert.equal((await xmllint(`${out}/junit.xml`)).exitCode, 0);
  const cases = testcases(readFileSync(`${out}/junit.xml`, "utf8"));
  assert.match(cases.get("subtests › fails")!, /line="6"[^]*<failure message="[^"]*arithmetic/);
  assert.match(cases.get("subtests › recorded")!, /line="13" time="0.500"[^]*<system-out>line 1\nline 2<\/system-out>/);
  assert.match(cases.get("canned ktap › canned › second")!, /<skipped message="no hardware"\/>/);
  assert.match(cases.get("known failure › broken on this kernel")!, /<skipped message="expected failure: bug 123: EINVAL">/);
  assert.match(cases.get("flaky")!, /<flakyFailure message="[^"]*the first try fails" type="AssertionError">\s*<stackTrace>/);
  assert.doesNotMatch(cases.get("flaky")!, /<failure/);
  assert.match(cases.get("always fails")!, /<failure [^]*<rerunFailure message="[^"]*every time"/);

  // JSON: the same results, with their place in the tree.
  const json = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  assert.deepEqual(json.summary.failed, 7);
  const tests = json.files[0]!.tests;
  const inner = tests.find((t) => t.name === "subtests › outer › inner bad")!;
  assert.deepEqual(inner.subtest, { test: "subtests", path: ["outer", "inner bad"] });
  assert.equal(inner.failure!.line, 11);
  assert.equal(tests.find((t) => t.name === "subtests")!.failure!.fromSubtests, true);
  assert.deepEqual(tests.find((t) => t.name === "known failure › broken on this kernel")!.knownFailure, { pattern: "known failure > *", reason: "bug 123" });
  assert.equal(tests.find((t) => t.name === "flaky")!.attempts!.length, 1);

  // The job summary: counts and the failing subtest's block.
  const markdown = readFileSync(summary, "utf8");
  assert.match(markdown, /12 passed, 7 failed, 3 skipped, 3 expected to fail, 1 flaky/);
  assert.match(markdown, /#### ✗ subtests › fails\n\nat `test\/lua-suites\/ktap\/subtests.test.lua:6`/);
  assert.match(markdown, /### Expected failures\n\n\| Test \| File \| Why \|\n[^\n]*\n(\|[^\n]*\n)*\| known failure › broken on this kernel \| test\/lua-suites\/ktap\/subtests.test.lua:43 \| bug 123 \|/);
  assert.match(markdown, /### Flaky tests\n\n[^]*\| flaky \| test\/lua-suites\/ktap\/subtests.test.lua:49 \| passed after 1 failed attempt: [^|]*the first try fails \|/);
});

test("known failures and flaky tests keep a run green", async () => {
  const out = tempDir();
  const known = path.join(out, "known.toml");
  writeFileSync(known, `[[known_failures]]\ntest = "known failure"\nreason = "bug 123"\nfile = "*/ktap/*"\n`);
  const r = await cli(["run", FILE, "--filter", "^(known failure|flaky|canned ktap)$", "--known-failures", known, "--junit", `${out}/junit.xml`]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^6 passed, 0 failed, 2 skipped, 2 expected to fail, 1 flaky$/m);
  assert.equal((await xmllint(`${out}/junit.xml`)).exitCode, 0);
});

test("a plain script can be a known failure too", async () => {
  const out = tempDir();
  writeFileSync(path.join(out, "known.toml"), `[[known_failures]]\ntest = "plain-known"\nreason = "the whole file"\n`);
  const r = await cli(["run", `${SUITE}/plain-known.test.lua`, "--known-failures", path.join(out, "known.toml")]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^0 passed, 0 failed, 0 skipped, 1 expected to fail$/m);
});

test("known failures are decided as sub-results are recorded: roll-ups name only the unexpected, paths are not re-split, answers do not change", async () => {
  const out = tempDir();
  const known = path.join(out, "known.toml");
  const entries = [["rolls up > expected", "bug 1"], ["path", "bug 2"], ["answers > *", "bug 3"]];
  writeFileSync(known, entries.map(([name, reason]) => `[[known_failures]]\ntest = "${name}"\nreason = "${reason}"\n`).join("\n"));
  const r = await cli(["run", `${SUITE}/known.test.lua`, "--known-failures", known, "--json", `${out}/results.json`, "--junit", `${out}/junit.xml`]);
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /^3 passed, 2 failed, 0 skipped, 4 expected to fail$/m);
  const tests = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport).files[0]!.tests;
  const byName = new Map(tests.map((t) => [t.name, t]));
  assert.deepEqual(tests.map((t) => `${t.name}: ${t.status}`), [
    "rolls up: failed", "rolls up › expected: xfail", "rolls up › unexpected: failed",
    "path: passed", "path › x › y: xfail",
    "answers: passed", "answers › fine: passed", "answers › listed: xfail", "answers › listed subtest: xfail",
  ]);
  assert.equal(byName.get("rolls up")!.failure!.message, "a subtest failed: unexpected", "the expected failure is not in the roll-up");
  assert.deepEqual(byName.get("path › x › y")!.subtest, { test: "path", path: ["x › y"] });
  assert.deepEqual(byName.get("path › x › y")!.knownFailure, { pattern: "path", reason: "bug 2" });
  assert.equal(byName.get("answers › listed")!.reason, "bug 3");
  assert.match(testcases(readFileSync(`${out}/junit.xml`, "utf8")).get("path › x › y")!, /<skipped message="expected failure: bug 2: its test&apos;s entry covers it">/);
});

test("--retries applies to every test; a bad value or known-failures file is a usage error", async () => {
  const r = await cli(["run", FILE, "--filter", "^always fails$", "--retries", "3"]);
  assert.match(r.all!, /every time\n\s*\(attempt 2 of 2: every attempt failed\)/, "the test's own retries = 1 wins");
  const bad = await cli(["run", FILE, "--retries=-1"]);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.all!, /retries must be a whole number >= 0, got '-1'/);
  const out = tempDir();
  writeFileSync(path.join(out, "bad.toml"), `[[known_failures]]\ntest = "x"\n`);
  const missingReason = await cli(["run", FILE, "--known-failures", path.join(out, "bad.toml")]);
  assert.equal(missingReason.exitCode, 2);
  assert.match(missingReason.all!, /known_failures\[1\]\.reason must be a non-empty string/);
});

test("10,000 sub-results and hostile names: valid JUnit, capped annotations, a summary under 1 MiB", async () => {
  const out = tempDir();
  const summary = path.join(out, "summary.md");
  const r = await cli(["run", `${SUITE}/many.test.lua`, "--junit", `${out}/junit.xml`, "--github"], { GITHUB_STEP_SUMMARY: summary });
  assert.equal(r.exitCode, 1);
  const lint = await xmllint(`${out}/junit.xml`);
  assert.equal(lint.exitCode, 0, lint.stderr);
  const junit = readFileSync(`${out}/junit.xml`, "utf8");
  assert.equal((junit.match(/<testcase /g) ?? []).length, 2 + 10_000 + 2);
  assert.match(junit, /name="hostile names › a,b::c%0A&#10;d &lt;x&gt;&amp;&apos;&quot;\|`\*\*` \\x00\\x1b\[31m end"/);
  const errors = r.all!.split("\n").filter((l) => l.startsWith("::error "));
  assert.equal(errors.length, 10, "GitHub shows 10 per type: the rest are counted in a notice");
  assert.match(r.all!, /^::notice::4992 more errors are not annotated/m);
  const markdown = readFileSync(summary, "utf8");
  assert.ok(Buffer.byteLength(markdown) < 1024 * 1024, `summary is ${Buffer.byteLength(markdown)} bytes`);
  assert.match(markdown, /more failures were left out to keep this summary within GitHub's size limit/);
});

test("names that break workflow commands and Markdown are escaped in annotations and the summary", async () => {
  const out = tempDir();
  const summary = path.join(out, "summary.md");
  const r = await cli(["run", `${SUITE}/many.test.lua`, "--filter", "^hostile names$", "--github"], { GITHUB_STEP_SUMMARY: summary });
  const annotation = r.all!.split("\n").find((l) => l.startsWith("::error ") && l.includes("line=10,"))!;
  assert.equal(
    annotation,
    "::error file=test/lua-suites/ktap/many.test.lua,line=10,title=hostile names › a%2Cb%3A%3Ac%250A%0Ad <x>&'\"|`**` \\x00\\x1b[31m end (test/lua-suites/ktap/many.test.lua)::bad%0D%0Amessage ::error::%25",
  );
  const markdown = readFileSync(summary, "utf8");
  assert.doesNotMatch(markdown, /[\x00\x1b]/);
  assert.match(markdown, /^#### ✗ hostile names › a,b::c%0A d &lt;x&gt;&amp;'"\|`\*\*` \\x00\\x1b\[31m end$/m);
});

test("sub-results are reported parents first, siblings in the order they finished", () => {
  const sub = (...path: string[]): SubResult => ({ path, status: "passed", line: 1, durationMs: 0, output: [] });
  const recorded = [sub("a", "x"), sub("a", "y", "deep"), sub("a", "y"), sub("a"), sub("b"), sub("c", "z"), sub("c")];
  assert.deepEqual(parentsFirst(recorded).map((s) => s.path.join("/")), ["a", "a/x", "a/y", "a/y/deep", "b", "c", "c/z"]);
  const orphans = [sub("lost", "child"), sub("b")]; // a timeout ended 'lost' before its own result
  assert.deepEqual(parentsFirst(orphans).map((s) => s.path.join("/")), ["lost/child", "b"]);
});
