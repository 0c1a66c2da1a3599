// The console report: a line per file as it finishes, then each failure in
// full (file:line, message, traceback, the VM console tail; new failures
// first), then the change since the baseline, then the totals.
import { formatSeconds } from "../util/time.ts";
import { sanitize } from "./junit.ts";
import { changeCounts, count, isFailing, isFlaky, labeller, reportedFailures, testsByArch, withArch, withChange, type Comparison, type FileResult, type RunResult, type TestResult } from "../engine/results.ts";
import { baselineLine, changePhrase, inChangeOrder } from "./change-text.ts";

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const red = paint(31);
const green = paint(32);
const yellow = paint(33);
const dim = paint(2);

const indent = (text: string, prefix = "    ") => text.split("\n").map((line) => prefix + line).join("\n");

/**
 * Text that came from a guest (names, messages, console lines), made harmless
 * for a terminal: control characters and C1 codes (ESC, CSI: colours, titles,
 * cursor moves, clipboard writes) and a lone carriage return (which would
 * write over the line) are shown as \x1b, \x9b, \x0d.
 */
export function terminalText(text: string): string {
  return sanitize(text.replace(/\r\n/g, "\n")).replace(/[\r\u0080-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function countsLine(tests: TestResult[]): string {
  const c = count(tests);
  const extra = [c.xfailed ? `${c.xfailed} expected to fail` : "", c.flaky ? `${c.flaky} flaky` : ""].filter(Boolean);
  return [`${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`, ...extra].join(", ");
}

/** The closing summary names at most this many fixed and gone results. */
const NAMED = 10;

/** Without --verbose, a file lists at most this many sub-results that did not pass. */
const QUIET_SUBTESTS = 50;

export interface ConsoleOptions {
  /** Every test's status and the logs as they happen. */
  verbose?: boolean;
  /** Only failing files, the failures and the totals. */
  quiet?: boolean;
  /** Names carry the guest architecture (RunResult.showArch). */
  showArch?: boolean;
}

/** " (reason)" unless the name says it already, and for a retried test how many attempts it took. */
function describe(test: TestResult): string {
  const attempts = test.attempts?.length ? ` after ${test.attempts.length} failed attempt${test.attempts.length === 1 ? "" : "s"}` : "";
  const reason = test.reason && test.reason !== test.subtest?.path.at(-1) ? ` (${test.reason})` : "";
  return `${reason}${attempts}`;
}

export class ConsoleReporter {
  private readonly verbose: boolean;
  private readonly quiet: boolean;
  private readonly showArch: boolean;

  constructor(
    private readonly write: (text: string) => void = (text) => process.stdout.write(text),
    options: ConsoleOptions = {},
  ) {
    this.verbose = options.verbose ?? false;
    this.quiet = options.quiet ?? false;
    this.showArch = options.showArch ?? false;
  }

  fileDone(result: FileResult): void {
    if (result.tests.length === 0) return;
    const failed = count(result.tests).failed > 0;
    if (this.quiet && !failed) return;
    const badge = failed ? red("FAIL") : green("PASS");
    this.write(`${badge} ${withArch(result.file, result.arch, this.showArch)}  ${countsLine(result.tests)}  ${dim(formatSeconds(result.durationMs))}\n`);
    let subtestsShown = 0;
    result.tests.forEach((test, i) => {
      const notable = test.status !== "passed" || isFlaky(test);
      const hasSubtests = !test.subtest && result.tests[i + 1]?.subtest?.test === test.name;
      if (test.subtest) {
        // Indented under its test; without --verbose only those that did not simply pass, and not thousands.
        if (this.verbose || (notable && ++subtestsShown <= QUIET_SUBTESTS)) this.write(dim(`       ${test.status.padEnd(7)} ${"  ".repeat(test.subtest.path.length)}${terminalText(`${test.subtest.path.at(-1)}${describe(test)}`)}\n`));
      } else if (this.verbose || hasSubtests || (notable && !isFailing(test)))
        this.write(dim(`       ${test.status.padEnd(7)} ${terminalText(`${test.name}${describe(test)}`)}\n`));
      for (const warning of test.warnings) this.write(yellow(`       warning: ${terminalText(`${test.name}: ${warning}`)}\n`));
    });
    if (subtestsShown > QUIET_SUBTESTS) this.write(dim(`       … ${subtestsShown - QUIET_SUBTESTS} more sub-results that did not pass (all in the JUnit and JSON reports)\n`));
  }

  log(file: string, line: string): void {
    if (this.verbose) this.write(dim(`  [${file}] ${terminalText(line)}\n`));
  }

  summary(run: RunResult): void {
    const tests = run.files.flatMap((file) => file.tests);
    const failures = inChangeOrder(reportedFailures(tests));
    if (failures.length) this.write(`\n${red("Failures:")}\n`);
    const label = labeller(run);
    for (const test of failures) this.write(`\n${this.describeFailure(test, label(test, test.file))}\n`);
    if (run.notRun.length) this.write(yellow(`\ninterrupted: ${run.notRun.length} file(s) not run: ${run.notRun.join(", ")}\n`));
    if (run.comparison) this.write(`\n${this.changes(run.comparison, tests)}`);
    this.write(`\n${countsLine(tests)}\n`);
    if (run.arches.length > 1) for (const [arch, own] of testsByArch(run)) this.write(`  ${arch}: ${countsLine(own)}\n`);
    this.write(dim(`${run.files.length} files in ${formatSeconds(run.durationMs)}\n`));
  }

  /** The change since the baseline, first; then what was fixed and what is gone, named (a few). */
  private changes(comparison: Comparison, tests: TestResult[]): string {
    const counts = changeCounts(tests);
    const line = baselineLine(comparison, tests);
    const lines = [counts["new-failure"] ? red(line) : line];
    for (const note of comparison.notes) lines.push(yellow(`  note: ${note}`));
    const named = (title: string, names: string[]) => {
      if (names.length === 0) return;
      const more = names.length > NAMED ? `, … ${names.length - NAMED} more` : "";
      lines.push(dim(`  ${title}: ${names.slice(0, NAMED).join(", ")}${more}`));
    };
    named("fixed", withChange(tests, "fixed").map((t) => `${t.file} › ${terminalText(t.name)}`));
    named("gone", comparison.gone.map((g) => `${g.file} › ${terminalText(g.name)}`));
    return `${lines.join("\n")}\n`;
  }

  /** file: the test's file as the run shows it (with its architecture). */
  private describeFailure(test: TestResult, file: string): string {
    const f = test.failure!;
    const change = test.change ? ` — ${changePhrase(test.change)}` : "";
    const parts = [`${red("✗")} ${file} › ${terminalText(test.name)}${f.kind === "error" ? " (error)" : ""}${change}`];
    parts.push(indent(terminalText(f.message)));
    if (f.file && f.line) {
      const via = f.testLine && (f.file !== test.file || f.testLine !== f.line) ? `, called from ${test.file}:${f.testLine}` : "";
      parts.push(indent(`at ${f.file}:${f.line}${via}`));
    }
    if (f.traceback) parts.push(indent(dim(terminalText(f.traceback))));
    for (const c of f.consoles) parts.push(indent(`console of VM ${c.vm} (full log: ${c.logPath}):\n${indent(terminalText(c.tail), "| ")}`));
    if (test.logs.length) parts.push(indent(`log:\n${indent(terminalText(test.logs.join("\n")), "| ")}`));
    for (const kept of test.kept ?? []) parts.push(indent(`VM ${kept.vm} kept as it was at the failure; reopen it with: provium shell --snapshot ${kept.bundle}`));
    return parts.join("\n");
  }
}
