// A parser for KTAP v1 (the kernel's Documentation/dev-tools/ktap.rst) and
// TAP 13/14 output: nested subtests (KTAP's indented version lines, TAP 14's
// indented "# Subtest:" blocks), directives, diagnostics, "Bail out!", plans,
// kselftest's "# Totals:" line. It never throws on what a test binary
// printed: what is wrong with the output is a problem of the document, and
// results a plan promised but the output never gave are results of their own
// (status error) naming the last result seen. Memory is bounded: past
// maxResults (or maxDiagnosticBytes of diagnostics) the rest is cut with a note.
// Kernel logs are read too (kernel-log.ts): printk prefixes stripped, KTAP
// found among unrelated lines, and a crash (panic, Oops, BUG) quoted by the
// results it left missing. A run of zero tests is a problem, as kunit_tool
// says it is.
import { kernelLog, logLineKind } from "./kernel-log.ts";

export type KtapStatus = "pass" | "fail" | "skip" | "todo" | "xfail" | "error";

export interface KtapResult {
  /** As printed; undefined when the line had none (TAP allows that). */
  number?: number;
  /** The description; without one, the directive's text ("ok 3 # SKIP CLOCK_TAI", as kselftest.h prints), else "#<number>". */
  name: string;
  status: KtapStatus;
  /** The directive's text (SKIP/TODO/XFAIL reason, TIMEOUT/ERROR details) or the diagnostic data after '#'. */
  reason?: string;
  /** Diagnostic and unknown lines that belong to this result. */
  diagnostics: string[];
  /** 1-based line in the output (0 for results that are missing from it). */
  line: number;
  /** The raw result line, for messages. */
  text: string;
  children: KtapResult[];
  /** Set on results the output never gave. */
  missing?: boolean;
  /**
   * ParseOptions.prefixed: the KTAP document this top-level result's
   * '# '-prefixed output holds, one '# ' stripped (kselftest's runner prints
   * each test's output so); its results are this result's children, its
   * problems, plan and totals its own.
   */
  nested?: KtapDocument;
}

export interface KtapProblem {
  line: number;
  message: string;
}

/** kselftest's "# Totals: pass:N fail:N xfail:N xpass:N skip:N error:N". */
export interface KtapTotals {
  pass: number;
  fail: number;
  xfail: number;
  xpass: number;
  skip: number;
  error: number;
  line: number;
}

export interface KtapDocument {
  /** "KTAP version 1", "TAP version 13", …; undefined without a version line. */
  version?: string;
  /** The top level's plan (1..N). */
  plan?: number;
  /** "1..0 # SKIP reason": the whole run was skipped. */
  skipAll?: string;
  results: KtapResult[];
  /** What is wrong with the output (malformed lines, wrong plan, totals that disagree). */
  problems: KtapProblem[];
  /** Notes that are no error (no plan, output cut here). */
  notes: string[];
  bailOut?: { reason: string; line: number };
  totals?: KtapTotals;
  /** Lines read. */
  lines: number;
  /** Why parsing stopped early, if it did (the results so far are kept). */
  cut?: string;
  /** A kernel log: the crash report (panic, Oops, BUG) after which no result came. */
  crash?: { line: number; text: string };
}

export interface ParseOptions {
  maxResults?: number;
  maxDiagnosticBytes?: number;
  /** Why the output ended, when the reader knows ("the suite ran past its timeout (20 s)"): the results it left missing say so. */
  ending?: string;
  /** The text is the rest of a longer log from this line on: line numbers are the log's (default 1). */
  firstLine?: number;
  /**
   * The output of each top-level result is the '# '-prefixed text before it,
   * as kselftest's runner (run_kselftest.sh) prints it: when that text, one
   * '# ' stripped, holds KTAP, it is parsed as the result's nested document
   * (KtapResult.nested). One level: what the nested output prefixes is its own.
   */
  prefixed?: boolean;
}

export const DEFAULT_MAX_RESULTS = 100_000;
export const DEFAULT_MAX_DIAGNOSTIC_BYTES = 4 * 1024 * 1024;
/** Missing results named one by one; beyond, one result stands for the rest. */
const MAX_MISSING_LISTED = 100;
/** Nested levels kept; deeper ones are read as this deep (names grow with depth: bounded memory). */
const MAX_DEPTH = 16;
/** Names, reasons and result lines longer than this are cut (a runaway line must not become a 50 MB test name). */
const MAX_TEXT = 1000;
const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
/** Problems kept (their count is always right). */
const MAX_PROBLEMS = 200;

interface Level {
  indent: number;
  results: KtapResult[];
  plan?: number;
  numbers: Set<number>;
  /** Diagnostics waiting for the next result at this level. */
  pending: string[];
  /** A closed nested level waiting for its parent's result line. */
  children?: Level;
  /** TAP 14's and KUnit's "# Subtest: name". */
  header?: string;
  /** Its plan is "1..0 # SKIP …": no results is no error. */
  skipsAll?: boolean;
  /** A top level the output never printed (a kernel log whose document starts indented): its numbers are not its own. */
  implicit?: boolean;
  /** A "# Subtest:" line seen at this level names the nested level that follows. */
  nextHeader?: string;
  planLine?: number;
}

const VERSION = /^(?:K?TAP) version (\d+)\s*$/;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const BAIL_OUT = /^Bail out!\s*(.*)$/;
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/;
const TOTALS = /^#\s*Totals:\s*pass:(\d+)\s+fail:(\d+)\s+xfail:(\d+)\s+xpass:(\d+)\s+skip:(\d+)\s+error:(\d+)/;
const DIRECTIVE = /^(skip\w*|todo|xfail|timeout|error)\b[:\s]*(.*)$/i;

const ENDED = "the output ended";

/** The diagnostics waiting at a level, handed over without copying. */
function takePending(level: Level): string[] {
  const pending = level.pending;
  level.pending = [];
  return pending;
}

const newLevel = (indent: number, header?: string): Level => ({ indent, results: [], numbers: new Set(), pending: [], header });

export function parseKtap(text: string, options: ParseOptions = {}): KtapDocument {
  return new Parser(options).parse(text);
}

class Parser {
  private readonly doc: KtapDocument = { results: [], problems: [], notes: [], lines: 0 };
  private readonly stack: Level[] = [];
  private problemCount = 0;
  private resultCount = 0;
  private diagnosticBytes = 0;
  private diagnosticsCut = false;
  /** Indentation of one nesting level, learned from the first nested line (2 in KTAP, 4 in TAP 14). */
  private unit?: number;
  private lastResult?: KtapResult;
  private tooDeep = false;
  /** A TAP 13 YAML block ("---" … "...") after a result: its lines belong to that result. */
  private yaml?: KtapResult;
  /** Results made for what the output never gave. */
  private missingCount = 0;
  /** Reading stops (a kernel log's KTAP is over, or the kernel panicked). */
  private stopped = false;
  /** A kernel log whose version line has a prefix: the rest of the log after the document is not its. */
  private inLog = false;
  private readonly maxResults: number;
  private readonly maxDiagnosticBytes: number;
  private readonly ending: string;
  private readonly firstLine: number;
  /** ParseOptions.prefixed: the output of the next top-level result so far, one '# ' stripped, and its first line. */
  private readonly block?: { lines: string[]; first: number; ktap: boolean };

  constructor(private readonly options: ParseOptions) {
    this.firstLine = options.firstLine ?? 1;
    if (options.prefixed) this.block = { lines: [], first: 0, ktap: false };
    this.maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
    this.maxDiagnosticBytes = options.maxDiagnosticBytes ?? DEFAULT_MAX_DIAGNOSTIC_BYTES;
    this.ending = options.ending ?? ENDED;
  }

  parse(text: string): KtapDocument {
    const log = kernelLog(text);
    this.inLog = log !== undefined;
    let start = log?.start ?? 0;
    let lineNo = (log?.firstLine ?? 1) - 1 + this.firstLine - 1;
    while (start < text.length && !this.stopped) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      lineNo++;
      const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      if (this.resultCount >= this.maxResults) {
        this.doc.cut = `parsing stopped after ${this.maxResults} results (line ${lineNo - 1}); the remaining ${text.length - start} characters were not read`;
        break;
      }
      const stripped = log ? log.strip(raw) : raw;
      // A line of the log without its prefix is unrelated text: never a KTAP line.
      if (stripped === undefined) this.unknown(raw.trim(), lineNo);
      else {
        if (this.block) this.collect(stripped, lineNo);
        this.line(stripped, lineNo);
      }
      start = end + 1;
    }
    this.doc.lines = lineNo - this.firstLine + 1;
    this.finish();
    return this.doc;
  }

  /**
   * ParseOptions.prefixed: a line of the next top-level result's output, one
   * '# ' stripped; a structural line of the top level is nobody's output
   * (a result takes the block, see result()).
   */
  private collect(raw: string, lineNo: number): void {
    const block = this.block!;
    const prefixed = raw.charCodeAt(0) === 35; /* # */
    if (!prefixed && classify(raw.trim()) !== "other") {
      if (resultPrefix(raw.trim()) === 0) this.resetBlock();
      return;
    }
    const line = prefixed ? raw.slice(raw.startsWith("# ") ? 2 : 1) : raw;
    if (block.lines.length === 0) block.first = lineNo;
    // Bounded like the diagnostics: past their limit the nested document is cut short.
    if (this.diagnosticBytes + line.length <= this.maxDiagnosticBytes) block.lines.push(line);
    if (!block.ktap) {
      const kind = classify(line.trim());
      block.ktap = kind === "version" || kind === "plan" || kind === "result";
    }
  }

  private resetBlock(): { lines: string[]; first: number; ktap: boolean } | undefined {
    const block = this.block;
    if (!block || block.lines.length === 0) return undefined;
    const taken = { ...block };
    Object.assign(block, { lines: [], first: 0, ktap: false });
    return taken;
  }

  /**
   * The output a top-level result's '# '-prefixed block holds, parsed as a
   * document of its own, when it holds KTAP. ending: why it ended, when no
   * result of the runner's ended it.
   */
  private nestedDocument(ending?: string): KtapDocument | undefined {
    const block = this.resetBlock();
    if (!block?.ktap) return undefined;
    const nested = new Parser({
      maxResults: Math.max(1, this.maxResults - this.resultCount),
      maxDiagnosticBytes: Math.max(1, this.maxDiagnosticBytes - this.diagnosticBytes),
      ending,
      firstLine: block.first,
    }).parse(block.lines.join("\n"));
    this.resultCount += countResults(nested.results);
    return nested;
  }

  private problem(line: number, message: string): void {
    if (++this.problemCount <= MAX_PROBLEMS) this.doc.problems.push({ line, message });
    else if (this.problemCount === MAX_PROBLEMS + 1) this.doc.notes.push(`more than ${MAX_PROBLEMS} problems: only the first ${MAX_PROBLEMS} are listed`);
  }

  private get top(): Level | undefined {
    return this.stack[this.stack.length - 1];
  }

  private line(raw: string, lineNo: number): void {
    const content = raw.trimStart();
    const indent = raw.length - content.length;
    if (this.yaml) {
      if (content === "...") this.yaml = undefined;
      else this.diagnostic(this.yaml.diagnostics, raw.trimEnd());
      return;
    }
    const trimmed = content.trimEnd();
    const kind = classify(trimmed);
    if (kind === "other") return this.other(trimmed, lineNo);
    if (kind === "yaml") {
      // Indented or not (size/get_size indents it by one space), it belongs to the result before it.
      if (this.lastResult) this.yaml = this.lastResult;
      else this.unknown(trimmed, lineNo);
      return;
    }
    const level = this.levelFor(indent, kind, trimmed, lineNo);
    switch (kind) {
      case "version":
        if (level === this.stack[0] && this.doc.version === undefined) this.doc.version = trimmed;
        return;
      case "subtest": {
        // KUnit prints it inside the nested level (after its version line); TAP 14 producers just before it.
        const name = SUBTEST.exec(trimmed)![1]?.trim() || undefined;
        const fresh = level !== this.stack[0] && level.results.length === 0 && level.plan === undefined;
        if (fresh) level.header = name;
        else level.nextHeader = name;
        return;
      }
      case "plan":
        return this.plan(level, trimmed, lineNo);
      case "result":
        return this.result(level, trimmed, lineNo);
      case "bail":
        this.doc.bailOut ??= { reason: BAIL_OUT.exec(trimmed)![1]!.trim(), line: lineNo };
        return;
    }
  }

  /** A line that is no KTAP line: a crash report's first line is noted (a panic ends the log), kunit_tool's end marker ends it. */
  private other(trimmed: string, lineNo: number): void {
    const kind = logLineKind(trimmed);
    if (kind === "end") return void (this.stopped = true);
    if (kind && this.top) {
      // KUnit survives an Oops in a test case (the case fails): a result after it clears this.
      this.doc.crash ??= { line: lineNo, text: cut(trimmed) };
      if (kind === "panic") this.stopped = true;
    }
    this.unknown(trimmed, lineNo);
  }

  /** A diagnostic or unknown line: waits for the next result at the innermost level (kselftest prints them before the result). */
  private unknown(trimmed: string, lineNo: number): void {
    const totals = trimmed.charCodeAt(0) === 35 && trimmed.includes("Totals:") ? TOTALS.exec(trimmed) : null;
    if (totals) {
      const [pass, fail, xfail, xpass, skip, error] = totals.slice(1).map(Number) as [number, number, number, number, number, number];
      this.doc.totals ??= { pass, fail, xfail, xpass, skip, error, line: lineNo };
      return; // a summary of the run, not a diagnostic of its last result
    }
    if (trimmed === "" || !this.top) return;
    this.diagnostic(this.top.pending, trimmed.startsWith("#") ? trimmed.replace(/^#\s?/, "") : trimmed);
  }

  private diagnostic(into: string[], line: string): void {
    if (this.diagnosticsCut) return;
    this.diagnosticBytes += line.length + 1;
    if (this.diagnosticBytes > this.maxDiagnosticBytes) {
      this.diagnosticsCut = true;
      this.doc.notes.push(`diagnostic lines beyond ${this.maxDiagnosticBytes} characters were dropped`);
      return;
    }
    into.push(line);
  }

  /**
   * The level a structural line belongs to: deeper indentation opens a nested
   * level (one at a time: a jump of several is a problem), shallower closes
   * nested levels, which wait for their parent's result line.
   */
  private levelFor(indent: number, kind: LineKind, trimmed: string, lineNo: number): Level {
    if (this.stack.length === 0) {
      // A kernel log whose document starts indented is a suite whose top level was never printed (KUnit's modules before Linux 6.3).
      const implicit = this.inLog && indent > 0;
      this.stack.push({ ...newLevel(implicit ? 0 : indent), implicit });
      if (!implicit) return this.stack[0]!;
    }
    let top = this.top!;
    if (indent > top.indent && this.stack.length >= MAX_DEPTH) {
      if (!this.tooDeep) this.problem(lineNo, `subtests nested more than ${MAX_DEPTH} levels deep: deeper lines are read as level ${MAX_DEPTH}`);
      this.tooDeep = true;
      return top;
    }
    if (indent > top.indent) {
      // A version line or TAP 14 subtest header opens a nested level; a deeper plan or result does too (TAP 13 producers skip the header).
      const step = indent - top.indent;
      this.unit ??= step;
      if (step > this.unit) this.problem(lineNo, `indentation jumps from ${top.indent} to ${indent} spaces (one level is ${this.unit}): '${trimmed}'`);
      if (top.children) this.closeOrphan(top, lineNo);
      const nested = newLevel(indent, top.nextHeader);
      top.nextHeader = undefined;
      this.stack.push(nested);
      return nested;
    }
    while (indent < top.indent && this.stack.length > 1) {
      const closed = this.stack.pop()!;
      top = this.top!;
      if (top.children) this.closeOrphan(top, lineNo);
      top.children = closed;
      if (indent > top.indent) {
        this.problem(lineNo, `indentation of ${indent} spaces matches no open level: '${trimmed}'`);
        break;
      }
    }
    return top;
  }

  private plan(level: Level, trimmed: string, lineNo: number): void {
    const [, count, comment] = PLAN.exec(trimmed)!;
    if (level.plan !== undefined) return this.problem(lineNo, `a second plan '${trimmed}' (the first was on line ${level.planLine})`);
    level.plan = Number(count);
    level.planLine = lineNo;
    const skip = comment && DIRECTIVE.exec(comment.trim());
    level.skipsAll = level.plan === 0 && !!skip && /^skip/i.test(skip[1]!);
    if (level === this.stack[0]) {
      this.doc.plan = level.plan;
      if (level.skipsAll) this.doc.skipAll = skip![2]!.trim() || "skipped";
    }
  }

  private result(level: Level, trimmed: string, lineNo: number): void {
    const prefix = resultPrefix(trimmed);
    const { number, description, directive, reason, badNumber } = splitResult(trimmed.slice(prefix).trimStart());
    if (badNumber) this.problem(lineNo, `bad test number '${badNumber}': '${trimmed}'`);
    const expected = level.results.length + 1;
    if (number !== undefined && !level.implicit) {
      if (level.numbers.has(number)) this.problem(lineNo, `duplicate test number ${number}: '${trimmed}'`);
      else if (number !== expected) this.problem(lineNo, `test number ${number} out of sequence (expected ${expected}): '${trimmed}'`);
      level.numbers.add(number);
    }
    const result: KtapResult = {
      number: number ?? expected,
      // kselftest.h's skip/xfail/error results have no description: what follows the directive is the test's name.
      name: cut(description || (directive ? reason : "") || `#${number ?? expected}`),
      status: statusOf(prefix === 2, directive),
      reason: reason ? cut(reason) : undefined,
      diagnostics: takePending(level),
      line: lineNo,
      text: cut(trimmed),
      children: [],
    };
    const nested = level.children;
    level.children = undefined;
    if (nested) this.adopt(result, nested, "the subtest ended");
    if (this.block && level === this.stack[0]) this.nest(result, this.nestedDocument());
    level.results.push(result);
    this.resultCount++;
    this.lastResult = result;
    this.doc.crash = undefined; // a result after a crash report: it was survived
    // In a kernel log, what follows the last result the plan promised is the rest of the boot.
    if (this.inLog && level === this.stack[0] && level.plan !== undefined && level.results.length >= level.plan) this.stopped = true;
  }

  /** ParseOptions.prefixed: the document a result's output holds is its nested document, its results the result's children. */
  private nest(result: KtapResult, doc: KtapDocument | undefined): void {
    if (!doc) return;
    result.nested = doc;
    if (result.children.length > 0) return;
    // The runner's verdict is the program's (its exit status): results of its own
    // that contradict a pass or a skip are left out, and a note says which.
    const contradicted = result.status === "pass" || result.status === "skip" ? doc.results.filter((r) => r.status === "fail" || r.status === "error") : [];
    result.children = doc.results.filter((r) => !contradicted.includes(r));
    if (contradicted.length === 0) return;
    const named = contradicted.slice(0, 3).map((r) => (r.missing ? `${r.name} (${r.reason})` : `'${r.text}' (line ${r.line})`));
    const more = contradicted.length > 3 ? ` and ${contradicted.length - 3} more` : "";
    this.doc.notes.push(`'${result.text}' (line ${result.line}): the runner's verdict stands, though the program's own KTAP has ${contradicted.length} failing or missing results, not reported: ${named.join("; ")}${more}`);
  }

  /** A nested level's results become the children of its parent's result; its plan is checked, and a subtest that ran no test is an error. */
  private adopt(parent: KtapResult, nested: Level, ending: string): void {
    parent.children = nested.results;
    parent.diagnostics.unshift(...nested.pending.splice(0));
    this.checkPlan(nested, parent.children, ending);
    if (parent.children.length === 0 && !nested.skipsAll && parent.status === "pass") {
      parent.status = "error";
      parent.reason = nested.plan === 0 ? "no tests ran: its plan is 1..0 (without '# SKIP' to say why)" : "no tests ran: its subtest has no results";
    }
  }

  /** A nested level closed, then another opened before its parent's result: its results get a parent of their own. */
  private closeOrphan(level: Level, lineNo: number): void {
    const nested = level.children!;
    level.children = undefined;
    this.problem(lineNo, `a subtest ended without a result line for it`);
    level.results.push(this.missingParent(nested, level.results.length + 1, "missing: the subtest's own result line never came", "the subtest ended"));
  }

  private missingParent(nested: Level, number: number, reason: string, ending: string): KtapResult {
    const parent: KtapResult = { number, name: nested.header ?? `#${number}`, status: "error", reason, diagnostics: [], line: 0, text: "", children: [], missing: true };
    this.missingCount++;
    this.adopt(parent, nested, ending);
    return parent;
  }

  /** Too many results is a problem; too few are missing results, named after the last result seen. */
  private checkPlan(level: Level, results: KtapResult[], ending: string): void {
    if (level.plan === undefined) return;
    if (results.length > level.plan) this.problem(level.planLine ?? 0, `the plan 1..${level.plan} promised ${level.plan} results, but there are ${results.length}`);
    if (results.length >= level.plan || this.doc.bailOut || this.doc.cut) return;
    // At the end of the output, the last result anywhere tells where it stopped; inside, this level's last.
    const lastHere = [...results].reverse().find((r) => !r.missing);
    const lastSeen = ending !== "the subtest ended" ? this.lastResult : (lastHere ?? this.lastResult);
    const last = lastSeen ? `'${lastSeen.text}' (line ${lastSeen.line})` : "no result at all";
    const message = `missing: the plan 1..${level.plan} promised it, but ${ending} after ${last}`;
    const have = new Set(results.map((r) => r.number));
    const missing = [...Array(level.plan).keys()].map((i) => i + 1).filter((n) => !have.has(n)).slice(0, level.plan - results.length);
    this.missingCount += missing.length;
    for (const number of missing.slice(0, MAX_MISSING_LISTED))
      results.push({ number, name: `#${number}`, status: "error", reason: message, diagnostics: [], line: 0, text: "", children: [], missing: true });
    if (missing.length > MAX_MISSING_LISTED) {
      const rest = missing.slice(MAX_MISSING_LISTED);
      const name = `#${rest[0]}–#${rest.at(-1)}`;
      results.push({ name, status: "error", reason: `${rest.length} more results ${message.replace(/^missing: the plan/, "are missing: the plan")}`, diagnostics: [], line: 0, text: "", children: [], missing: true });
    }
  }

  /** End of output: open levels close (their parents' results are missing), then the top level's plan and totals are checked. */
  private finish(): void {
    const crash = this.doc.crash;
    // A crash ended the output: what it left missing quotes it.
    const ending = crash ? `the kernel crashed ('${crash.text}', line ${crash.line})` : this.ending;
    const inside = `${ending} inside this subtest`;
    const missingBefore = this.missingCount;
    const endedInside = (level: Level) => {
      if (level.children) level.results.push(this.missingParent(level.children, level.results.length + 1, `missing: ${inside}`, ending));
      level.children = undefined;
    };
    while (this.stack.length > 1) {
      const closed = this.stack.pop()!;
      endedInside(closed);
      this.top!.children = closed;
    }
    const root = this.stack[0];
    if (!root) {
      if (!this.doc.cut) this.problem(0, "no KTAP or TAP output: no version line, plan or result");
      return;
    }
    endedInside(root);
    // Trailing diagnostics belong to the last result ("they follow" it).
    if (root.pending.length) {
      const last = root.results[root.results.length - 1];
      if (last) last.diagnostics.push(...root.pending.splice(0));
    }
    this.doc.results = root.results;
    if (root.plan === undefined && !root.implicit && !this.doc.cut && !this.doc.bailOut) this.doc.notes.push("no plan line (1..N): had the output stopped early, nothing would show it");
    this.checkPlan(root, root.results, ending);
    // The output of a result that never came (the runner was stopped mid-test) is the first missing one's.
    const unfinished = this.block && root.results.find((r) => r.missing && !r.nested);
    if (unfinished) this.nest(unfinished, this.nestedDocument(this.options.ending));
    if (this.doc.cut) this.doc.notes.push(this.doc.cut);
    if (root.results.length === 0 && !root.skipsAll && !this.doc.cut && !this.doc.bailOut)
      this.problem(root.planLine ?? 0, root.plan === 0 ? "no tests ran: the plan is 1..0 (without '# SKIP' to say why)" : "no tests ran: the output has no results");
    // Without a plan, nothing else would say that the kernel died after the last result.
    if (crash && this.missingCount === missingBefore) this.problem(crash.line, `the kernel crashed after ${this.lastResult ? `'${this.lastResult.text}' (line ${this.lastResult.line})` : "no result at all"}: '${crash.text}'`);
    this.checkTotals(root.results);
  }


  private checkTotals(results: KtapResult[]): void {
    const totals = this.doc.totals;
    if (!totals) return;
    const seen = { pass: 0, fail: 0, xfail: 0, xpass: 0, skip: 0, error: 0 };
    for (const r of results) if (!r.missing) seen[r.status === "todo" ? "fail" : r.status]++;
    const keys = ["pass", "fail", "xfail", "xpass", "skip", "error"] as const;
    const differ = keys.filter((key) => seen[key] !== totals[key]);
    if (differ.length === 0) return;
    const show = (c: Record<(typeof keys)[number], number>) => differ.map((key) => `${key}:${c[key]}`).join(" ");
    this.problem(totals.line, `the '# Totals:' line says ${show(totals)}, but the results say ${show(seen)}`);
  }
}

function countResults(results: KtapResult[]): number {
  return results.reduce((n, r) => n + 1 + countResults(r.children), 0);
}

type LineKind = "version" | "plan" | "result" | "bail" | "subtest" | "yaml" | "other";

/** Cheap first-character checks before any regular expression: this runs on every line. */
function classify(line: string): LineKind {
  const c = line.charCodeAt(0);
  if (c === 111 /* o */ || c === 110 /* n */) return resultPrefix(line) ? "result" : "other";
  if (c === 49 /* 1 */) return PLAN.test(line) ? "plan" : "other";
  if (c === 75 /* K */ || c === 84 /* T */) return VERSION.test(line) ? "version" : "other";
  if (c === 66 /* B */) return BAIL_OUT.test(line) ? "bail" : "other";
  if (c === 35 /* # */) return SUBTEST.test(line) ? "subtest" : "other";
  if (line === "---") return "yaml";
  return "other";
}

/** The length of "ok" or "not ok" when the line is a result line (followed by whitespace or nothing), else 0. */
function resultPrefix(line: string): number {
  const length = line.startsWith("ok") ? 2 : line.startsWith("not ok") ? 6 : 0;
  if (length === 0) return 0;
  const next = line.charCodeAt(length);
  return Number.isNaN(next) || next === 32 || next === 9 ? length : 0;
}

interface ResultParts {
  number?: number;
  description: string;
  directive?: string;
  reason: string;
  badNumber?: string;
}

/** "3 - name # SKIP why" → number 3, description "name", directive SKIP, reason "why". */
function splitResult(rest: string): ResultParts {
  const parts: ResultParts = { description: "", reason: "" };
  let text = rest;
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 43 || first === 45) {
    const space = text.search(/\s/);
    const token = space < 0 ? text : text.slice(0, space);
    if (/^\d+$/.test(token)) {
      if (Number(token) > 0 && Number(token) <= 2 ** 31) parts.number = Number(token);
      else parts.badNumber = token;
      text = text.slice(token.length);
    } else if (/^[-+]?\d/.test(token)) {
      parts.badNumber = token;
      text = text.slice(token.length);
    }
  }
  const hash = text.indexOf("#") < 0 ? -1 : findDirectiveHash(text);
  let description = (hash < 0 ? text : text.slice(0, hash)).trim();
  if (description.startsWith("-")) description = description.slice(1).trimStart();
  parts.description = description.includes("\\#") ? description.replace(/\\#/g, "#") : description;
  if (hash >= 0) {
    const comment = text.slice(hash + 1).trim();
    const directive = DIRECTIVE.exec(comment);
    if (directive) {
      parts.directive = directive[1]!.toUpperCase();
      parts.reason = directive[2]!.trim();
    } else parts.reason = comment;
  }
  return parts;
}

/** The first '#' not escaped as '\#'. */
function findDirectiveHash(text: string): number {
  for (let i = text.indexOf("#"); i >= 0; i = text.indexOf("#", i + 1)) if (text[i - 1] !== "\\") return i;
  return -1;
}

function statusOf(ok: boolean, directive: string | undefined): KtapStatus {
  if (directive?.startsWith("SKIP")) return "skip";
  if (directive === "TODO") return "todo";
  if (directive === "XFAIL") return "xfail";
  if (directive === "TIMEOUT" || directive === "ERROR") return "error";
  return ok ? "pass" : "fail";
}
