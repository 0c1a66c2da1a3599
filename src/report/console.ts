// The console report: a line per file as it finishes, then each failure in
// full (file:line, message, traceback, the VM console tail), then the totals.
import { formatSeconds } from "../util/time.ts";
import { sanitize } from "./junit.ts";
import { count, isFailing, isFlaky, reportedFailures, type FileResult, type RunResult, type TestResult } from "../engine/results.ts";

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

/** Without --verbose, a file lists at most this many sub-results that did not pass. */
const QUIET_SUBTESTS = 50;

export interface ConsoleOptions {
  /** Every test's status and the logs as they happen. */
  verbose?: boolean;
  /** Only failing files, the failures and the totals. */
  quiet?: boolean;
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

  constructor(
    private readonly write: (text: string) => void = (text) => process.stdout.write(text),
    options: ConsoleOptions = {},
  ) {
    this.verbose = options.verbose ?? false;
    this.quiet = options.quiet ?? false;
  }

  fileDone(result: FileResult): void {
    if (result.tests.length === 0) return;
    const failed = count(result.tests).failed > 0;
    if (this.quiet && !failed) return;
    const badge = failed ? red("FAIL") : green("PASS");
    this.write(`${badge} ${result.file}  ${countsLine(result.tests)}  ${dim(formatSeconds(result.durationMs))}\n`);
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
    const failures = reportedFailures(tests);
    if (failures.length) this.write(`\n${red("Failures:")}\n`);
    for (const test of failures) this.write(`\n${this.describeFailure(test)}\n`);
    if (run.notRun.length) this.write(yellow(`\ninterrupted: ${run.notRun.length} file(s) not run: ${run.notRun.join(", ")}\n`));
    this.write(`\n${countsLine(tests)}\n`);
    this.write(dim(`${run.files.length} files in ${formatSeconds(run.durationMs)}\n`));
  }

  private describeFailure(test: TestResult): string {
    const f = test.failure!;
    const parts = [`${red("✗")} ${test.file} › ${terminalText(test.name)}${f.kind === "error" ? " (error)" : ""}`];
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
