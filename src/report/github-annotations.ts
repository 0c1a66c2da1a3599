// GitHub workflow-command annotations: each failure shown on the failing line
// of the .lua file in the pull request (titled with its change since the
// baseline), each test warning as a warning.
// GitHub shows only a few per type, so the rest are counted in one notice.
import path from "node:path";
import { labeller, reportedFailures, type RunResult, type TestResult } from "../engine/results.ts";
import { changePhrase, inChangeOrder } from "./change-text.ts";
import { sanitize } from "./junit.ts";

export interface AnnotationOptions {
  /** The GitHub workspace: annotation paths must be relative to it. */
  repoRoot: string;
  /** GitHub shows at most 10 annotations per type per step. */
  limitPerType?: number;
  /** Where the rest can be read, e.g. "see the job summary and the JUnit artifact". */
  detailsHint?: string;
}

/** Keeps one annotation well under GitHub's size limit for a workflow command. */
const MAX_MESSAGE_BYTES = 4000;

interface Annotation {
  file: string;
  line?: number;
  title: string;
  message: string;
}

/**
 * Failures are errors, new ones first; with a baseline, a flaky failure is a
 * warning and one that was failing already a notice, so that what this
 * change broke stands out.
 */
export function annotations(run: RunResult, options: AnnotationOptions): string[] {
  const limit = options.limitPerType ?? 10;
  const tests = run.files.flatMap((file) => file.tests);
  const label = labeller(run);
  const failures = inChangeOrder(reportedFailures(tests));
  const level = (test: TestResult): Level => (test.change?.kind === "still-failing" ? "notice" : test.change?.kind === "flaky" ? "warning" : "error");
  const of = (wanted: Level) => failures.filter((test) => level(test) === wanted).map((test) => failureAnnotation(test, label(test, test.name), options.repoRoot));
  const errors = of("error");
  const warnings = [...of("warning"), ...tests.flatMap((test) => warningAnnotations(test, label(test, test.name), options.repoRoot))];
  const notices = of("notice");
  const beyond = (all: Annotation[], room = limit) => Math.max(0, all.length - room);
  const overflow = beyond(errors) + beyond(warnings) + beyond(notices) > 0;
  const noticeRoom = overflow ? limit - 1 : limit; // the notice counting the rest is a notice too
  const lines = [
    ...errors.slice(0, limit).map((a) => command("error", a)),
    ...warnings.slice(0, limit).map((a) => command("warning", a)),
    ...notices.slice(0, noticeRoom).map((a) => command("notice", a)),
  ];
  const notice = overflowNotice([[beyond(errors), "error"], [beyond(warnings), "warning"], [beyond(notices, noticeRoom), "notice"]], limit, options.detailsHint);
  if (notice) lines.push(`::notice::${escapeData(notice)}`);
  return lines;
}

type Level = "error" | "warning" | "notice";

/** A result path (relative to our cwd) as GitHub wants it: relative to the workspace, with forward slashes. */
export function repoPath(file: string, repoRoot: string): string {
  return path.relative(path.resolve(repoRoot), path.resolve(process.cwd(), file)).split(path.sep).join("/");
}

/** Where a failure points: the failing line, or the test's own when the failure has no file. */
export function failureSite(test: TestResult): { file: string; line?: number } {
  const f = test.failure;
  return f?.file ? { file: f.file, line: f.line } : { file: test.file, line: test.line };
}

/** The test file's own line when a helper elsewhere failed, so the reader can find the test. */
export function calledFrom(test: TestResult, show: (file: string) => string): string | undefined {
  const f = test.failure;
  if (!f?.file || !f.testLine) return undefined;
  if (f.file === test.file && f.testLine === f.line) return undefined;
  return `${show(test.file)}:${f.testLine}`;
}

/** "file:line", or just the file when the failure has no line (a file that failed as a whole). */
export function siteText(site: { file: string; line?: number }, show: (file: string) => string): string {
  return site.line ? `${show(site.file)}:${site.line}` : show(site.file);
}

/** name: the test's as the run shows it (with its architecture). */
function failureAnnotation(test: TestResult, name: string, repoRoot: string): Annotation {
  const f = test.failure!;
  const site = failureSite(test);
  const show = (file: string) => repoPath(file, repoRoot);
  const from = calledFrom(test, show);
  const change = test.change ? `${changePhrase(test.change)}: ` : "";
  return {
    file: show(site.file),
    line: site.line,
    title: `${change}${f.kind === "error" ? "error: " : ""}${name} (${show(test.file)})`,
    message: from ? `${f.message}\nat ${siteText(site, show)}, called from ${from}` : f.message,
  };
}

function warningAnnotations(test: TestResult, name: string, repoRoot: string): Annotation[] {
  const file = repoPath(test.file, repoRoot);
  return test.warnings.map((message) => ({ file, line: test.line, title: `${name} (${file})`, message }));
}

function command(type: Level, a: Annotation): string {
  // Line 0 (a file that failed as a whole) is no line: GitHub then annotates the file.
  // Control characters a guest printed (NUL, ESC) are shown as \x00, \x1b: raw, they garble the log.
  const properties = [`file=${escapeProperty(a.file)}`, ...(a.line ? [`line=${a.line}`] : []), `title=${escapeProperty(sanitize(a.title))}`];
  return `::${type} ${properties.join(",")}::${messageText(sanitize(a.message))}`;
}

function overflowNotice(more: [number, Level][], limit: number, hint?: string): string | undefined {
  const parts = more.map(([n, level]) => plural(n, level)).filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  const where = hint ? `; ${hint}` : "";
  const verb = more.reduce((sum, [n]) => sum + n, 0) === 1 ? "is" : "are";
  return `${parts.join(" and ")} ${verb} not annotated (GitHub shows at most ${limit} per type)${where}`;
}

const plural = (n: number, word: string) => (n > 0 ? `${n} more ${word}${n === 1 ? "" : "s"}` : undefined);

/** Workflow-command message text: GitHub decodes these three. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also end at ',' and '::'. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Escaped, then cut without leaving half an escape sequence ("%0") before the ellipsis. */
function messageText(message: string): string {
  return cutToBytes(escapeData(message), MAX_MESSAGE_BYTES).replace(/%.?…$/, "…");
}

const ELLIPSIS = "…";

/** Cuts text to at most maxBytes of UTF-8, ellipsis included, on a character boundary; keeps its start or its end. */
export function cutToBytes(text: string, maxBytes: number, keep: "start" | "end" = "start"): string {
  const buffer = Buffer.from(text);
  if (buffer.length <= maxBytes) return text;
  if (maxBytes < Buffer.byteLength(ELLIPSIS)) return "";
  const room = maxBytes - Buffer.byteLength(ELLIPSIS);
  const isContinuation = (at: number) => ((buffer[at] ?? 0) & 0xc0) === 0x80;
  if (keep === "start") {
    let end = room;
    while (end > 0 && isContinuation(end)) end--;
    return buffer.subarray(0, end).toString() + ELLIPSIS;
  }
  let start = buffer.length - room;
  while (start < buffer.length && isContinuation(start)) start++;
  return ELLIPSIS + buffer.subarray(start).toString();
}
