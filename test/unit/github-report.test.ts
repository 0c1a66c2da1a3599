// The GitHub-facing reports, from hand-built results: annotations on the
// failing lines (escaped, limited per type), the job summary (within its size
// limit), and the artifact files (safe, distinct names).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { writeArtifacts } from "../../src/report/artifacts.ts";
import { annotations } from "../../src/report/github-annotations.ts";
import { jobSummary } from "../../src/report/github-summary.ts";
import { jsonResults } from "../../src/report/json.ts";
import { junitXml, mergeJunit } from "../../src/report/junit.ts";
import type { Comparison, ConsoleExcerpt, Failure, FileResult, RunResult, TestResult } from "../../src/engine/results.ts";
import { ConsoleReporter } from "../../src/report/console.ts";
import { tempDir } from "../support/temp.ts";

// The workspace is the parent of our cwd, so result paths (relative to the cwd) must be re-rooted.
const repoRoot = path.dirname(process.cwd());
const here = path.basename(process.cwd());

function testResult(fields: Partial<TestResult> & { name: string }): TestResult {
  return { file: "tests/net.lua", line: 1, status: "passed", durationMs: 100, tags: [], logs: [], warnings: [], ...fields };
}

function failed(name: string, failure: Partial<Failure> = {}, fields: Partial<TestResult> = {}): TestResult {
  const full: Failure = { kind: "failure", message: `${name} failed`, traceback: "", consoles: [], ...failure };
  return testResult({ name, status: full.kind === "error" ? "error" : "failed", failure: full, ...fields });
}

function excerpt(vm: string, full: string, tail = full.slice(-200)): ConsoleExcerpt {
  return { vm, tail, logPath: `/tmp/run/${vm}.log` };
}

function runOf(tests: TestResult[], durationMs = 5000, notRun: string[] = []): RunResult {
  const byFile = new Map<string, TestResult[]>();
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  const files: FileResult[] = [...byFile].map(([file, fileTests]) => ({
    file,
    arch: "x86_64",
    durationMs: fileTests.reduce((sum, t) => sum + t.durationMs, 0),
    tests: fileTests,
  }));
  return { files, durationMs, notRun, bootFailures: [], arches: ["x86_64"], showArch: false };
}

describe("annotations", () => {
  test("a failure in a helper: on the helper's line, escaped, with the test's own line", () => {
    const run = runOf([
      testResult({ name: "passes" }),
      failed(
        "ping, then: pong",
        { message: "expected 100% up\ngot: down", file: "tests/lib/helper.lua", line: 4, testLine: 12 },
        { line: 10 },
      ),
    ]);
    assert.deepEqual(annotations(run, { repoRoot }), [
      `::error file=${here}/tests/lib/helper.lua,line=4,title=ping%2C then%3A pong (${here}/tests/net.lua)::` +
        `expected 100%25 up%0Agot: down%0Aat ${here}/tests/lib/helper.lua:4, called from ${here}/tests/net.lua:12`,
    ]);
  });

  test("an error without a file: on the test's line, marked as an error; a failure on the test's own line adds nothing", () => {
    const run = runOf([
      failed("boots", { kind: "error", message: "QEMU died\r\n" }, { file: "tests/boot.lua", line: 3 }),
      failed("checks", { message: "no", file: "tests/boot.lua", line: 7, testLine: 7 }, { file: "tests/boot.lua", line: 6 }),
    ]);
    assert.deepEqual(annotations(run, { repoRoot }), [
      `::error file=${here}/tests/boot.lua,line=3,title=error%3A boots (${here}/tests/boot.lua)::QEMU died%0D%0A`,
      `::error file=${here}/tests/boot.lua,line=7,title=checks (${here}/tests/boot.lua)::no`,
    ]);
  });

  test("a file that failed as a whole (line 0) is annotated without a line", () => {
    const run = runOf([failed("tests/x.lua", { kind: "error", message: "internal error" }, { file: "tests/x.lua", line: 0 })]);
    assert.deepEqual(annotations(run, { repoRoot }), [
      `::error file=${here}/tests/x.lua,title=error%3A tests/x.lua (${here}/tests/x.lua)::internal error`,
    ]);
  });

  test("warnings are ::warning on the test's line", () => {
    const run = runOf([testResult({ name: "leaves a VM", line: 20, warnings: ["VM left running", "50% slower"] })]);
    assert.deepEqual(annotations(run, { repoRoot }), [
      `::warning file=${here}/tests/net.lua,line=20,title=leaves a VM (${here}/tests/net.lua)::VM left running`,
      `::warning file=${here}/tests/net.lua,line=20,title=leaves a VM (${here}/tests/net.lua)::50%25 slower`,
    ]);
  });

  test("at most 10 per type; one notice counts the rest and says where they are", () => {
    const tests = Array.from({ length: 13 }, (_, i) => failed(`t${i}`, {}, { line: i + 1 }));
    tests.push(testResult({ name: "w", warnings: Array.from({ length: 12 }, (_, i) => `warning ${i}`) }));
    const lines = annotations(runOf(tests), { repoRoot, detailsHint: "see the job summary and the JUnit artifact" });
    assert.equal(lines.filter((l) => l.startsWith("::error ")).length, 10);
    assert.equal(lines.filter((l) => l.startsWith("::warning ")).length, 10);
    assert.ok(lines[9]!.includes("line=10,"), "the first ones, in order");
    assert.deepEqual(lines.slice(20), [
      "::notice::3 more errors and 2 more warnings are not annotated (GitHub shows at most 10 per type); " +
        "see the job summary and the JUnit artifact",
    ]);
    const only = annotations(runOf(tests.slice(0, 11)), { repoRoot, limitPerType: 10 });
    assert.equal(only.at(-1), "::notice::1 more error is not annotated (GitHub shows at most 10 per type)");
    assert.equal(annotations(runOf(tests.slice(0, 10)), { repoRoot }).length, 10, "no notice when all are shown");
  });

  test("a long message is cut under 4 KB without splitting an escape", () => {
    const [line] = annotations(runOf([failed("big", { message: "%".repeat(5000) })]), { repoRoot });
    const message = line!.slice(line!.indexOf("::", 2) + 2);
    assert.ok(Buffer.byteLength(message) <= 4000, `${Buffer.byteLength(message)} bytes`);
    assert.match(message, /^(%25)+…$/);
  });
});

describe("job summary", () => {
  const tests = [
    testResult({ name: "passes", durationMs: 1200 }),
    failed(
      "a | b",
      {
        message: "expected ```x```",
        traceback: "stack traceback:\n\ttests/lib/helper.lua:4: in function 'check'",
        file: "tests/lib/helper.lua",
        line: 4,
        testLine: 12,
        consoles: [excerpt("router", "boot\n[ 1.0] eth0 down\n")],
      },
      { durationMs: 300 },
    ),
    testResult({ name: "skipped one", status: "skipped", reason: "no KVM", durationMs: 0 }),
    failed("boots", { kind: "error", message: "QEMU died" }, { file: "tests/boot.lua", line: 3, durationMs: 9000 }),
    ...[50, 60, 70, 80].map((ms, i) => testResult({ name: `quick ${i}`, file: "tests/quick.lua", durationMs: ms })),
  ];
  const summary = jobSummary(runOf(tests, 12_000), { repoRoot });

  test("the totals, a table of files, the slowest tests", () => {
    assert.ok(summary.startsWith("## ❌ Provium: 5 passed, 2 failed, 1 skipped\n\n3 files in 12 s\n"), summary);
    assert.ok(summary.includes(`| ${here}/tests/net.lua | 1 | 1 | 1 | 1.5 s |`), summary);
    assert.ok(summary.includes(`| ${here}/tests/boot.lua | 0 | 1 | 0 | 9 s |`));
    assert.ok(summary.includes(`| ${here}/tests/quick.lua | 4 | 0 | 0 | 0.3 s |`));
    const slowest = summary.slice(summary.indexOf("### Slowest tests"), summary.indexOf("### Failures"));
    const names = [...slowest.matchAll(/^\| (.+?) \| /gm)].map((m) => m[1]).slice(2);
    assert.deepEqual(names, ["boots", "passes", "a \\| b", "quick 3", "quick 2"]);
  });

  test("each failure: where, which test, message and traceback fenced, the console tail collapsed", () => {
    const failures = summary.slice(summary.indexOf("### Failures"));
    assert.ok(
      failures.includes(
        "#### ✗ a | b\n\n" +
          `at \`${here}/tests/lib/helper.lua:4\`, called from \`${here}/tests/net.lua:12\`\n\n` +
          "````text\nexpected ```x```\n\nstack traceback:\n\ttests/lib/helper.lua:4: in function 'check'\n````\n\n" +
          "<details><summary>Console of VM router (last lines)</summary>\n\n```text\nboot\n[ 1.0] eth0 down\n\n```\n\n</details>",
      ),
      failures,
    );
    assert.ok(failures.includes(`#### ✗ boots (error)\n\nat \`${here}/tests/boot.lua:3\`\n\n\`\`\`text\nQEMU died\n\`\`\``));
  });

  test("an interrupted run says which files did not run", () => {
    const cut = jobSummary(runOf([testResult({ name: "ok" })], 1000, ["tests/a.lua", "tests/b.lua"]), { repoRoot });
    assert.ok(cut.includes(`\n\n**Interrupted:** 2 file(s) not run: \`${here}/tests/a.lua\`, \`${here}/tests/b.lua\`\n\n| File |`), cut);
    assert.ok(!summary.includes("Interrupted"));
  });

  test("kept VMs (--keep-failed): which bundle is which test's, and how to reopen one", () => {
    const kept = failed("breaks", {}, { kept: [{ vm: "minimal-1", bundle: `${repoRoot}/provium-results/kept/t.lua/breaks/minimal-1.bundle` }] });
    const text = jobSummary(runOf([kept]), { repoRoot });
    assert.ok(text.includes("### Kept VMs"), text);
    assert.ok(text.includes("`npx provium shell --snapshot <bundle>`"));
    assert.match(text, /\| breaks \| minimal-1 \| `.*provium-results\/kept\/t\.lua\/breaks\/minimal-1\.bundle` \|/);
    assert.ok(!summary.includes("Kept VMs"));
  });

  test("a passing run has no failures section", () => {
    const clean = jobSummary(runOf([testResult({ name: "ok" })]), { repoRoot });
    assert.ok(clean.startsWith("## ✅ Provium: 1 passed, 0 failed, 0 skipped"));
    assert.ok(!clean.includes("Failures"));
  });

  const huge = "console line\n".repeat(240_000); // about 3 MB
  const bytes = (text: string) => Buffer.byteLength(text);

  test("within 1 MiB with many failures and 3 MB console tails: detail shed, the rest counted", () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      failed(`test ${i}`, { message: `m${i} ${"x".repeat(1000)}`, traceback: "t".repeat(1000), consoles: [excerpt("vm", huge, huge)] }),
    );
    const text = jobSummary(runOf(many), { repoRoot });
    assert.ok(bytes(text) <= 1024 * 1024, `${bytes(text)} bytes`);
    assert.ok(bytes(text) > 1000 * 1024, "the room is used");
    assert.ok(!text.includes("<details>") && !text.includes("tttt"), "console tails and tracebacks went first");
    const shown = [...text.matchAll(/^#### ✗ test \d+$/gm)].length;
    assert.ok(shown > 100 && shown < 2000, `${shown} shown`);
    assert.ok(text.trimEnd().endsWith(`_${2000 - shown} more failures were left out to keep this summary within GitHub's size limit; the JUnit and JSON artifacts have them all._`));
  });

  test("console tails go before tracebacks, tracebacks before failures", () => {
    const some = Array.from({ length: 30 }, (_, i) =>
      failed(`test ${i}`, { traceback: `trace ${i}`, consoles: [excerpt("vm", huge, huge)] }),
    );
    const text = jobSummary(runOf(some), { repoRoot });
    assert.ok(bytes(text) <= 1024 * 1024);
    assert.ok(!text.includes("<details>") && text.includes("trace 29\n"), "every traceback kept, no console tail");
    assert.ok(text.includes("_Console tails are left out"));
    const one = jobSummary(runOf(some.slice(0, 1)), { repoRoot });
    assert.ok(one.includes("<details>") && bytes(one) < 70 * 1024, "one huge tail is cut to its end, not dropped");
    assert.ok(one.includes("console line\n\n```\n\n</details>"), "the end is kept");
  });
});

describe("changes since the baseline", () => {
  const baselineRun = { id: "7", time: "2026-12-03T03:17:00.000Z", commit: "a1b2c3d4e5f6", kernel: { release: "6.1.0-18-cloud-amd64" }, profile: "minimal", arch: "x86_64" };
  const since = { time: "2026-11-28T03:17:00.000Z", commit: "d4e5f6a7b8c9" };
  const changed = [
    failed("broke", { message: "expected 1\ngot 2", file: "tests/net.lua", line: 7 }, { change: { kind: "still-failing", was: "failed", since } }),
    failed("regressed", { message: "EINVAL", file: "tests/net.lua", line: 9 }, { change: { kind: "new-failure", was: "passed" } }),
    failed("wobbles", { message: "timed out" }, { change: { kind: "flaky", was: "passed", failedRuns: 3, runs: 20 } }),
    testResult({ name: "mended", line: 12, change: { kind: "fixed", was: "failed" } }),
    testResult({ name: "added", change: { kind: "new" } }),
  ];
  const comparison = (fields: Partial<Comparison> = {}): Comparison => ({
    baseline: { source: `${repoRoot}/.provium-history/nightly`, run: baselineRun },
    notes: [],
    gone: [{ file: "tests/old.lua", name: "removed", status: "passed" }],
    trend: [
      { time: "2026-12-01T03:00:00.000Z", passed: 90, failed: 1, flaky: 0 },
      { time: "2026-12-02T03:00:00.000Z", passed: 89, failed: 2, flaky: 1 },
      { time: "2026-12-04T03:00:00.000Z", passed: 88, failed: 3, flaky: 1 },
    ],
    slower: [{ file: "tests/net.lua", name: "boots", line: 30, medianMs: 2000, nowMs: 5000 }],
    ...fields,
  });
  const run = { ...runOf(changed), comparison: comparison() };

  test("annotations: new failures are errors saying so, first; flaky ones warnings; still-failing ones notices", () => {
    assert.deepEqual(annotations(run, { repoRoot }), [
      `::error file=${here}/tests/net.lua,line=9,title=new failure (was passed)%3A regressed (${here}/tests/net.lua)::EINVAL`,
      `::warning file=${here}/tests/net.lua,line=1,title=flaky (failed 3 of the last 20 runs)%3A wobbles (${here}/tests/net.lua)::timed out`,
      `::notice file=${here}/tests/net.lua,line=7,title=still failing (failing since 2026-11-28%2C commit d4e5f6a)%3A broke (${here}/tests/net.lua)::expected 1%0Agot 2`,
    ]);
  });

  test("annotations: the notice counting the rest leaves room for itself among the notices", () => {
    const many = Array.from({ length: 12 }, (_, i) => failed(`old ${i}`, {}, { change: { kind: "still-failing", was: "failed" } }));
    const lines = annotations({ ...runOf(many), comparison: comparison() }, { repoRoot });
    assert.equal(lines.filter((l) => l.startsWith("::notice ")).length, 9);
    assert.equal(lines.at(-1), "::notice::3 more notices are not annotated (GitHub shows at most 10 per type)");
  });

  test("the console leads its closing lines with the change, new failures first, and names what was fixed and what is gone", () => {
    const out: string[] = [];
    new ConsoleReporter((text) => out.push(text)).summary(run);
    const text = out.join("");
    const order = [...text.matchAll(/^✗ \S+ › (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(order, ["regressed", "wobbles", "broke"]);
    assert.match(text, /^vs baseline 2026-12-03 a1b2c3d: 1 new failure, 1 flaky, 1 still failing, 1 fixed, 1 new, 1 gone\n {2}fixed: tests\/net.lua › mended\n {2}gone: tests\/old.lua › removed\n\n2 passed, 3 failed, 0 skipped$/m);
  });

  test("an arm64 run's Changes section names its tests as the rest of the summary does, with the architecture", () => {
    const armRun: RunResult = { ...run, files: run.files.map((f) => ({ ...f, arch: "arm64" })), arches: ["arm64"], showArch: true };
    const text = jobSummary(armRun, { repoRoot });
    const section = text.slice(text.indexOf("### Changes since the baseline"), text.indexOf("| File |"));
    for (const name of ["regressed", "wobbles", "broke", "mended"]) assert.ok(section.includes(`| [arm64] ${name} |`), `${name}: ${section}`);
    assert.match(text, /#### ✗ \[arm64\] regressed/);
  });

  test("the job summary's Changes section: the headline, each list with messages and links to the Lua line, the chart, the slower tests", () => {
    const text = jobSummary(run, { repoRoot, blobUrl: "https://github.com/o/r/blob/abc" });
    const section = text.slice(text.indexOf("### Changes since the baseline"), text.indexOf("| File | Passed |"));
    assert.ok(section.startsWith(`### Changes since the baseline\n\n**vs baseline 2026-12-03 a1b2c3d: 1 new failure, 1 flaky, 1 still failing, 1 fixed, 1 new, 1 gone** (from \`.provium-history/nightly\`)`), section);
    assert.ok(section.includes(`#### New failures (1)\n\n| Test | Where | Message |\n| :--- | :--- | :--- |\n| regressed | [\`${here}/tests/net.lua:9\`](https://github.com/o/r/blob/abc/${here}/tests/net.lua#L9) | EINVAL |`), section);
    assert.ok(section.includes("| wobbles |") && section.includes("| failed 3 of the last 20 runs: timed out |"));
    assert.ok(section.includes("| failing since 2026-11-28, commit d4e5f6a |"));
    assert.ok(section.includes(`#### Fixed (1)\n\n| Test | Where |\n| :--- | :--- |\n| mended | [\`${here}/tests/net.lua:12\`]`));
    assert.ok(section.includes(`#### Gone (1)\n\n| Result | File | Was |\n| :--- | :--- | :--- |\n| removed | \`${here}/tests/old.lua\` | passed |`), section);
    assert.ok(section.includes('xychart-beta\n  title "Failed (red bars) and flaky (yellow line) per run"\n  x-axis ["12-01", "12-02", "this run"]\n  y-axis "results"\n  bar [1, 2, 3]\n  line [0, 1, 1]\n```'), section);
    assert.ok(section.includes('  line [90, 89, 88]'));
    assert.ok(section.includes(`| boots | [\`${here}/tests/net.lua:30\`](https://github.com/o/r/blob/abc/${here}/tests/net.lua#L30) | 2 s | 5 s |`));
    assert.ok(!text.includes("### Flaky tests"), "flaky tests are listed once, among the changes");
    const failures = text.slice(text.indexOf("### Failures"));
    assert.deepEqual([...failures.matchAll(/^#### ✗ (\w+)/gm)].map((m) => m[1]), ["regressed", "wobbles", "broke"], "new failures first");
    assert.ok(failures.includes("#### ✗ regressed — new failure (was passed)"));
  });

  test("lists are capped; notes are said; without a baseline the section says why", () => {
    const many = Array.from({ length: 25 }, (_, i) => failed(`new ${i}`, {}, { change: { kind: "new-failure", was: "passed" } }));
    const text = jobSummary({ ...runOf(many), comparison: comparison({ notes: ["the newest earlier run lacks shard(s) 2"] }) }, { repoRoot });
    const section = text.slice(0, text.indexOf("| File |"));
    assert.equal([...section.matchAll(/^\| new \d+ \|/gm)].length, 20);
    assert.ok(text.includes("_…and 5 more (the JSON results list them all)._"));
    assert.ok(text.includes("> the newest earlier run lacks shard(s) 2"));
    const none = jobSummary({ ...runOf(many), comparison: comparison({ baseline: undefined, notes: ["history holds no earlier run"], gone: [], trend: [] }) }, { repoRoot });
    assert.ok(none.includes("**no baseline to compare with**\n\n> history holds no earlier run"), none);
  });
});

describe("artifacts", () => {
  test("the reports", async () => {
    const dir = path.join(tempDir(), "nested", "out");
    assert.deepEqual(await writeArtifacts(dir, { junit: "<testsuites/>", json: "{}" }), ["junit.xml", "results.json"]);
    assert.equal(readFileSync(path.join(dir, "junit.xml"), "utf8"), "<testsuites/>");
    assert.deepEqual(await writeArtifacts(dir, {}), []);
  });
});

describe("one file on two architectures", () => {
  // The same test passes on x86_64 and fails on arm64: no report may let the one be read as the other.
  const file = "tests/net.lua";
  const onX86: FileResult = { file, arch: "x86_64", durationMs: 100, tests: [testResult({ name: "ping" })] };
  const onArm: FileResult = { file, arch: "arm64", durationMs: 300, tests: [failed("ping", { file, line: 7 }, { line: 7 })] };
  const run: RunResult = { files: [onX86, onArm], durationMs: 400, notRun: [], bootFailures: [], arches: ["x86_64", "arm64"], showArch: true };

  test("the annotation and the job summary name the failure's architecture; the summary gives each one's totals and an Arch column", () => {
    assert.deepEqual(annotations(run, { repoRoot }), [`::error file=${here}/${file},line=7,title=[arm64] ping (${here}/${file})::ping failed`]);
    const summary = jobSummary(run, { repoRoot });
    assert.match(summary, /^## ❌ Provium \(x86_64, arm64\): 1 passed, 1 failed/m);
    assert.match(summary, /^- \*\*x86_64\*\*: 1 passed, 0 failed/m);
    assert.match(summary, /^- \*\*arm64\*\*: 0 passed, 1 failed/m);
    assert.match(summary, /^\| File \| Arch \| Passed \| Failed \| Skipped \| Time \|$/m);
    assert.match(summary, new RegExp(`^\\| ${here}/tests/net\\.lua \\| arm64 \\| 0 \\| 1 \\| 0 \\|`, "m"));
    assert.match(summary, /^\| \[x86_64\] ping \| /m, "the slowest tests name their architecture");
    assert.match(summary, /### Failures\n\n#### ✗ \[arm64\] ping\n/);
    assert.doesNotMatch(summary, /#### ✗ \[x86_64\]/, "the test that passed is not among the failures");
  });

  test("JSON keys every file and test by architecture; JUnit of an architecture matrix merges into distinct testsuites", () => {
    const json = JSON.parse(jsonResults(run)) as { arches: string[]; files: { arch: string; tests: { arch: string; status: string }[] }[] };
    assert.deepEqual(json.arches, ["x86_64", "arm64"]);
    assert.deepEqual(json.files.map((f) => [f.arch, f.tests.map((t) => `${t.arch} ${t.status}`)]), [["x86_64", ["x86_64 passed"]], ["arm64", ["arm64 failed"]]]);
    // a matrix job per architecture (--arch x86_64, --arch arm64), then merge-junit
    const shard = (own: FileResult): string => junitXml({ ...run, files: [own], arches: [own.arch] });
    const merged = mergeJunit([shard(onX86), shard(onArm)]);
    assert.match(merged, /<testsuite name="\[x86_64\] tests\/net\.lua"[^>]* tests="1" failures="0"/);
    assert.match(merged, /<testsuite name="\[arm64\] tests\/net\.lua"[^>]* tests="1" failures="1"/);
    assert.match(merged, /<testcase classname="arm64\.tests\.net" name="ping"[^>]*>\s*<failure/);
  });
});
