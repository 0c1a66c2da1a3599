// The GitHub job summary (Markdown for $GITHUB_STEP_SUMMARY): the totals, the
// changes since the baseline (github-changes.ts), a table of files, the
// slowest tests, and each failure (new ones first) with its message,
// traceback and console tail. GitHub rejects a summary over 1 MiB, so detail
// is shed until it fits: console tails first, then tracebacks, then failures.
import { formatSeconds } from "../util/time.ts";
import { count, isFlaky, labeller, reportedFailures, testsByArch, type RunResult, type TestResult } from "../engine/results.ts";
import { changePhrase, inChangeOrder } from "./change-text.ts";
import { countsLine } from "./console.ts";
import { changesSection } from "./github-changes.ts";
import { sanitize } from "./junit.ts";
import { codeSpan, fence, inline, table } from "./markdown.ts";
import { calledFrom, cutToBytes, failureSite, repoPath, siteText } from "./github-annotations.ts";

export interface SummaryOptions {
  /** The GitHub workspace: paths are shown relative to it. */
  repoRoot: string;
  /** The repository's files at this commit (https://github.com/o/r/blob/<sha>): the Changes section links to Lua lines. */
  blobUrl?: string;
  /** In UTF-8 bytes; GitHub's limit is 1 MiB. */
  maxBytes?: number;
}

/** One runaway message or log must not push every other failure out of the summary. */
const MAX_BLOCK_BYTES = 64 * 1024;
const SLOWEST = 5;
/** What each failure shows, from the most to the least: tried in this order until the summary fits. */
const DETAILS = ["console", "traceback", "message"] as const;
type Detail = (typeof DETAILS)[number];
type Show = (file: string) => string;
/** A test's name as the run shows it (with its architecture). */
type Label = (test: TestResult) => string;

export function jobSummary(run: RunResult, options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const show: Show = (file) => repoPath(file, options.repoRoot);
  const tests = run.files.flatMap((file) => file.tests);
  const labelOf = labeller(run);
  const label: Label = (test) => labelOf(test, test.name);
  const changes = run.comparison && changesSection(run.comparison, tests, { show, blobUrl: options.blobUrl, label });
  // With a baseline, the Changes section lists the flaky tests (those that passed on a retry among them).
  const flakyListed = run.comparison?.baseline !== undefined;
  const parts = [titleLines(run, tests), interrupted(run, show), changes, filesTable(run, show), keptSection(tests, show, label), slowestTable(tests, show, label), expectedAndFlaky(tests, show, label, flakyListed)];
  const head = parts.filter(Boolean).join("\n\n") + "\n";
  const failed = inChangeOrder(reportedFailures(tests));
  const failures = failed.length ? failuresSection(failed, show, label, maxBytes - bytes(head)) : "";
  // The last resort, should the head alone be too big (a huge number of files).
  // Control characters from names and guest output (NUL, ESC) are shown as \x00, \x1b.
  return cutToBytes(sanitize(head + failures), maxBytes);
}

function titleLines(run: RunResult, tests: TestResult[]): string {
  const mark = count(tests).failed > 0 ? "❌" : "✅";
  const files = `${run.files.length} file${run.files.length === 1 ? "" : "s"} in ${formatSeconds(run.durationMs)}`;
  // A run of several architectures: each one's totals, so that a failure on one is never read as the other's.
  const perArch = run.arches.length > 1 ? testsByArch(run).map(([arch, own]) => `- **${arch}**: ${countsLine(own)}`).join("\n") + "\n\n" : "";
  const on = run.showArch ? ` (${run.arches.join(", ")})` : "";
  return `## ${mark} Provium${on}: ${countsLine(tests)}\n\n${perArch}${files}`;
}

/** Files never started tell the reader the totals are not the whole suite. */
function interrupted(run: RunResult, show: Show): string {
  if (run.notRun.length === 0) return "";
  return `**Interrupted:** ${run.notRun.length} file(s) not run: ${run.notRun.map((file) => codeSpan(show(file))).join(", ")}`;
}

/** With an Arch column where the run's names show the architecture: a file is then a row per architecture. */
function filesTable(run: RunResult, show: Show): string {
  const rows = run.files.map((file) => {
    const c = count(file.tests);
    return [show(file.file), ...(run.showArch ? [file.arch] : []), c.passed, c.failed, c.skipped, formatSeconds(file.durationMs)];
  });
  return table(["File", ...(run.showArch ? ["Arch"] : []), "Passed", "Failed", "Skipped", "Time"], rows, run.showArch ? 2 : 1);
}

/** --keep-failed's bundles, and how to reopen one. */
function keptSection(tests: TestResult[], show: Show, label: Label): string {
  const rows = tests.flatMap((test) => (test.kept ?? []).map((kept) => [label(test), kept.vm, codeSpan(show(kept.bundle))]));
  if (rows.length === 0) return "";
  const how =
    "The VMs of failing tests were kept as they were at the failure, in the uploaded results. Download the artifact, then reopen one with " +
    "`npx provium shell --snapshot <bundle>` (a shell) or `npx provium repl --snapshot <bundle>` (Lua, `vm` bound): " +
    "it needs the same kernel (give it with `--kernel` when it is elsewhere) and a QEMU at least as new as the runner's.";
  return `### Kept VMs\n\n${how}\n\n${table(["Test", "VM", "Bundle"], rows, 3)}`;
}

function slowestTable(tests: TestResult[], show: Show, label: Label): string {
  const ran = tests.filter((test) => !test.subtest && test.status !== "skipped" && test.status !== "todo");
  const slowest = [...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, SLOWEST);
  if (slowest.length === 0) return "";
  const rows = slowest.map((test) => [label(test), `${show(test.file)}:${test.line}`, formatSeconds(test.durationMs)]);
  return `### Slowest tests\n\n${table(["Test", "File", "Time"], rows, 2)}`;
}

/** At most this many rows each for expected failures and flaky tests. */
const LISTED = 20;

/** Known failures that failed and flaky tests: green, but worth seeing in every report. */
function expectedAndFlaky(tests: TestResult[], show: Show, label: Label, flakyListed: boolean): string {
  const section = (title: string, chosen: TestResult[], why: (test: TestResult) => string) => {
    if (chosen.length === 0) return "";
    const rows = chosen.slice(0, LISTED).map((test) => [label(test), `${show(test.file)}:${test.line}`, why(test)]);
    const more = chosen.length > LISTED ? `\n\n_…and ${chosen.length - LISTED} more (the JUnit and JSON reports list them all)._` : "";
    return `### ${title}\n\n${table(["Test", "File", "Why"], rows, 3)}${more}`;
  };
  const expected = section("Expected failures", tests.filter((t) => t.status === "xfail"), (t) => cutToBytes(t.reason ?? "", 300));
  const flaky = section("Flaky tests", flakyListed ? [] : tests.filter(isFlaky), (t) => `passed after ${t.attempts!.length} failed attempt${t.attempts!.length === 1 ? "" : "s"}: ${cutToBytes(t.attempts![0]!.failure.message, 300)}`);
  return [expected, flaky].filter(Boolean).join("\n\n");
}

/** Sheds detail level by level; at the least detail, cuts the list. */
function failuresSection(failed: TestResult[], show: Show, label: Label, budget: number): string {
  for (const detail of DETAILS) {
    const heading = ["### Failures", shedNote(detail)].filter(Boolean).join("\n\n");
    const { blocks, leftOut } = fitting(failed, detail, show, label, budget - bytes(heading) - 2);
    if (leftOut === 0 || detail === "message") return `\n${[heading, ...blocks, leftOutNote(leftOut)].filter(Boolean).join("\n\n")}\n`;
  }
  return "";
}

/**
 * The failure blocks that fit in budget with room kept for the left-out note,
 * and how many did not. Stops at the first that does not fit, so a shed level
 * never renders thousands of blocks it will throw away.
 */
function fitting(failed: TestResult[], detail: Detail, show: Show, label: Label, budget: number): { blocks: string[]; leftOut: number } {
  let used = bytes(leftOutNote(failed.length)) + 2;
  const blocks: string[] = [];
  for (const test of failed) {
    const block = failureBlock(test, detail, show, label);
    used += bytes(block) + 2;
    if (used > budget) break;
    blocks.push(block);
  }
  return { blocks, leftOut: failed.length - blocks.length };
}

function failureBlock(test: TestResult, detail: Detail, show: Show, label: Label): string {
  const f = test.failure!;
  const from = calledFrom(test, show);
  const change = test.change ? ` — ${changePhrase(test.change)}` : "";
  const parts = [
    `#### ✗ ${inline(label(test))}${f.kind === "error" ? " (error)" : ""}${inline(change)}`,
    `at ${codeSpan(siteText(failureSite(test), show))}${from ? `, called from ${codeSpan(from)}` : ""}`,
  ];
  const traceback = detail !== "message" && f.traceback ? `\n\n${cutToBytes(f.traceback, MAX_BLOCK_BYTES)}` : "";
  parts.push(fence(cutToBytes(f.message, MAX_BLOCK_BYTES) + traceback));
  if (detail === "console") parts.push(...f.consoles.map((c) => consoleDetails(c.vm, c.tail)));
  return parts.join("\n\n");
}

/** Collapsed, so a long log does not bury the next failure. Its end is what matters. */
function consoleDetails(vm: string, tail: string): string {
  const block = fence(cutToBytes(tail, MAX_BLOCK_BYTES, "end"));
  return `<details><summary>Console of VM ${inline(vm)} (last lines)</summary>\n\n${block}\n\n</details>`;
}

function shedNote(detail: Detail): string {
  if (detail === "console") return "";
  const what = detail === "traceback" ? "Console tails are" : "Console tails and tracebacks are";
  return `_${what} left out to keep this summary within GitHub's size limit; the JUnit and JSON artifacts and the console logs have them._`;
}

function leftOutNote(leftOut: number): string {
  if (leftOut === 0) return "";
  const failures = leftOut === 1 ? "failure was" : "failures were";
  return `_${leftOut} more ${failures} left out to keep this summary within GitHub's size limit; the JUnit and JSON artifacts have them all._`;
}

const bytes = (text: string) => Buffer.byteLength(text);
