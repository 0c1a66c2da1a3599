// The job summary's "Changes" section: this run against its baseline — new
// failures with their messages and links to the Lua line, flaky, still
// failing, fixed and gone results (each list capped), a chart of the
// history's runs (Mermaid's xychart-beta, which GitHub renders), and the
// tests whose duration grew most.
import { formatSeconds } from "../util/time.ts";
import { withChange, type ChangeKind, type Comparison, type RunTotals, type TestResult } from "../engine/results.ts";
import { baselineLine, changeDetail } from "./change-text.ts";
import { cutToBytes, failureSite, siteText } from "./github-annotations.ts";
import { codeSpan, inline, table } from "./markdown.ts";

/** At most this many rows per list. */
export const LISTED = 20;
const MESSAGE_BYTES = 300;

export interface ChangesOptions {
  /** Paths as the reader's repository has them. */
  show: (file: string) => string;
  /** The repository's files at this commit (https://github.com/o/r/blob/<sha>): links to the Lua line. */
  blobUrl?: string;
  /** A test's name as the rest of the summary shows it (with its architecture). */
  label: (test: TestResult) => string;
}

export function changesSection(comparison: Comparison, tests: TestResult[], options: ChangesOptions): string {
  const where = comparison.baseline ? ` (from ${codeSpan(options.show(comparison.baseline.source))})` : "";
  const parts = [`### Changes since the baseline\n\n**${inline(baselineLine(comparison, tests))}**${where}`];
  for (const note of comparison.notes) parts.push(`> ${inline(note)}`);
  const site = (test: TestResult, at = failureSite(test)) => lineLink(at, options);
  const list = (kind: ChangeKind, title: string, header: string[], row: (test: TestResult) => string[]) =>
    capped(title, withChange(tests, kind), header, row);
  parts.push(
    list("new-failure", "New failures", ["Test", "Where", "Message"], (t) => [options.label(t), site(t), firstLine(t.failure?.message)]),
    list("flaky", "Flaky", ["Test", "Where", "Why"], (t) => [options.label(t), site(t), `${changeDetail(t.change!)}${t.failure ? `: ${firstLine(t.failure.message)}` : ""}`]),
    list("still-failing", "Still failing", ["Test", "Where", "Since"], (t) => [options.label(t), site(t), changeDetail(t.change!)]),
    list("fixed", "Fixed", ["Test", "Where"], (t) => [options.label(t), site(t, { file: t.file, line: t.line })]),
    capped("Gone", comparison.gone, ["Result", "File", "Was"], (g) => [g.name, codeSpan(options.show(g.file)), g.status]),
    trendCharts(comparison.trend),
    slowerTable(comparison, options),
  );
  return parts.filter(Boolean).join("\n\n");
}

function capped<T>(title: string, items: T[], header: string[], row: (item: T) => string[]): string {
  if (items.length === 0) return "";
  const more = items.length > LISTED ? `\n\n_…and ${items.length - LISTED} more (the JSON results list them all)._` : "";
  return `#### ${title} (${items.length})\n\n${table(header, items.slice(0, LISTED).map(row), header.length)}${more}`;
}

const firstLine = (message = "") => cutToBytes(message.split("\n")[0] ?? "", MESSAGE_BYTES);

/** `file:line`, linked to that line of the repository when the commit is known. */
function lineLink(site: { file: string; line?: number }, options: ChangesOptions): string {
  const text = codeSpan(siteText(site, options.show));
  if (!options.blobUrl) return text;
  const anchor = site.line ? `#L${site.line}` : "";
  return `[${text}](${options.blobUrl}/${options.show(site.file).split("/").map(encodeURIComponent).join("/")}${anchor})`;
}

/** Two charts: failed and flaky per run (what to watch), and passed per run (its scale is another). */
function trendCharts(trend: RunTotals[]): string {
  if (trend.length < 2) return "";
  const labels = runLabels(trend);
  const chart = (title: string, palette: string, series: string[]) =>
    [
      "```mermaid",
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      "xychart-beta",
      `  title "${title}"`,
      `  x-axis [${labels.map((l) => JSON.stringify(l)).join(", ")}]`,
      `  y-axis "results"`,
      ...series.map((s) => `  ${s}`),
      "```",
    ].join("\n");
  const values = (pick: (t: RunTotals) => number) => `[${trend.map(pick).join(", ")}]`;
  return [
    `#### The last ${trend.length} runs`,
    chart("Failed (red bars) and flaky (yellow line) per run", "#cf222e, #bf8700", [`bar ${values((t) => t.failed)}`, `line ${values((t) => t.flaky)}`]),
    chart("Passed per run", "#1a7f37", [`line ${values((t) => t.passed)}`]),
  ].join("\n\n");
}

/** "12-03" per run ("12-03 14:05" when a day has several), and "this run" for the last. */
function runLabels(trend: RunTotals[]): string[] {
  const days = trend.map((t) => t.time.slice(5, 10));
  const clash = new Set(days).size < days.length;
  return trend.map((t, i) => (i === trend.length - 1 ? "this run" : clash ? `${days[i]} ${t.time.slice(11, 16)}` : days[i]!));
}

function slowerTable(comparison: Comparison, options: ChangesOptions): string {
  if (comparison.slower.length === 0) return "";
  const rows = comparison.slower.map((s) => [s.name, lineLink(s, options), formatSeconds(s.medianMs), formatSeconds(s.nowMs)]);
  return `#### Tests that grew slower\n\n${table(["Test", "Where", `Median of the last ${comparison.trend.length - 1} runs`, "This run"], rows, 2)}`;
}
