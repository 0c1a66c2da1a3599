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
import type { ConsoleExcerpt, Failure, FileResult, RunResult, TestResult } from "../../src/engine/results.ts";
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
    durationMs: fileTests.reduce((sum, t) => sum + t.durationMs, 0),
    tests: fileTests,
  }));
  return { files, durationMs, notRun, bootFailures: [] };
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

describe("artifacts", () => {
  test("the reports", async () => {
    const dir = path.join(tempDir(), "nested", "out");
    assert.deepEqual(await writeArtifacts(dir, { junit: "<testsuites/>", json: "{}" }), ["junit.xml", "results.json"]);
    assert.equal(readFileSync(path.join(dir, "junit.xml"), "utf8"), "<testsuites/>");
    assert.deepEqual(await writeArtifacts(dir, {}), []);
  });
});
