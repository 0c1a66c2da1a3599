// A bisect's result for people and tools: the answer and the step log as
// console text, as JSON (--json), and as a GitHub job summary.
import { cutToBytes } from "../report/github-annotations.ts";
import { sanitize } from "../report/junit.ts";
import { codeSpan, fence, inline, table } from "../report/markdown.ts";
import { formatSeconds } from "../util/time.ts";
import type { CommitInfo } from "./git.ts";
import { short, type BisectResult, type Step, type TestFailure } from "./result.ts";

const indent = (text: string, prefix = "    ") => text.split("\n").map((line) => prefix + line).join("\n");
const commitLines = (commit: CommitInfo) => [`commit ${commit.hash}`, `Author: ${commit.author}`, `Date:   ${commit.date}`, "", `    ${commit.subject}`];
const where = (f: TestFailure) => `${f.file}:${f.line}`;
const times = (step: Step) => `build ${formatSeconds(step.buildMs)}, tests ${formatSeconds(step.testMs)}`;

/** The answer, then the step log: printed at the end of a bisect. */
export function resultText(result: BisectResult): string {
  const out: string[] = [""];
  if (result.outcome === "found" && result.firstBad) {
    const { commit, failures, parent } = result.firstBad;
    out.push(`${commit.hash} is the first bad commit`, ...commitLines(commit), "");
    out.push(`failing there (${failures.length}):`);
    for (const f of failures) out.push(`  ✗ ${f.test} (${where(f)})`, indent(f.message));
    if (parent) out.push("", `at its parent ${short(parent.commit)} (step ${parent.step}): ${parent.tests.map((t) => `${t.test} ${t.status}`).join(", ")}`);
  } else if (result.outcome === "ambiguous") {
    out.push(`${result.message}; the first bad commit could be any of:`);
    for (const c of result.candidates ?? []) out.push(`  ${c.hash} ${c.subject}`);
  } else out.push(`no answer: ${result.message}`);
  out.push("", "steps:");
  for (const step of result.steps) out.push(`  ${String(step.number).padStart(2)}. ${short(step.commit)} ${step.verdict.padEnd(4)} ${step.reason}  (${times(step)})`);
  return `${out.join("\n")}\n`;
}

/**
 * Version 1:
 * { version: 1, outcome: found|ambiguous|endpoints|interrupted, selection, good, bad,   // commits: { hash, subject, author, date }
 *   firstBad?: { commit, failures: [{ test, file, line, message }], parent?: { commit, step, tests: [{ test, status }] } },
 *   candidates?: [commit], message?,
 *   steps: [{ number, role, commit, verdict: good|bad|skip, reason, buildMs, testMs, tries, failures, passed, tail? }] }
 */
export function resultJson(result: BisectResult): string {
  return `${JSON.stringify({ version: 1, ...result }, null, 2)}\n`;
}

/** Per table cell and failure message; the whole summary stays far below GitHub's 1 MiB. */
const MAX_CELL_BYTES = 300;
const MAX_BLOCK_BYTES = 16 * 1024;
const MAX_SUMMARY_BYTES = 1024 * 1024;

export function resultMarkdown(result: BisectResult): string {
  const parts = [`## ${title(result)}`];
  if (result.outcome === "found" && result.firstBad) {
    const { commit, failures, parent } = result.firstBad;
    parts.push(`${codeSpan(commit.hash)} ${inline(commit.subject)}\n\n${inline(commit.author)}, ${commit.date}`);
    for (const f of failures) parts.push(`#### ✗ ${inline(f.test)}\n\nat ${codeSpan(where(f))}\n\n${fence(cutToBytes(f.message, MAX_BLOCK_BYTES))}`);
    if (parent) parts.push(`At its parent ${codeSpan(short(parent.commit))} (step ${parent.step}): ${parent.tests.map((t) => `${inline(t.test)} ${t.status}`).join(", ")}.`);
  } else if (result.outcome === "ambiguous") {
    parts.push(`${inline(result.message ?? "")}; the first bad commit could be any of:`, table(["Commit", "Subject"], (result.candidates ?? []).map((c) => [short(c), c.subject]), 2));
  } else parts.push(inline(result.message ?? ""));
  const rows = result.steps.map((s) => [s.number, short(s.commit), s.verdict, cutToBytes(s.reason, MAX_CELL_BYTES), formatSeconds(s.buildMs), formatSeconds(s.testMs)]);
  parts.push(`### Steps\n\nTests: ${inline(result.selection)}; good ${codeSpan(short(result.good))}, bad ${codeSpan(short(result.bad))}.`, table(["#", "Commit", "Verdict", "Why", "Build", "Tests"], rows, 4));
  return cutToBytes(sanitize(`${parts.join("\n\n")}\n`), MAX_SUMMARY_BYTES);
}

function title(result: BisectResult): string {
  switch (result.outcome) {
    case "found":
      return `🎯 Provium bisect: ${short(result.firstBad!.commit)} is the first bad commit`;
    case "ambiguous":
      return `❓ Provium bisect: ${result.candidates?.length ?? 0} candidates for the first bad commit`;
    case "endpoints":
      return "❌ Provium bisect: the endpoints do not bracket a failure";
    case "interrupted":
      return "⏹ Provium bisect: interrupted";
  }
}
