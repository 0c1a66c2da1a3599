// The JUnit XML report (the Jenkins/Ant dialect CI systems read), and the
// merge of several shards' reports into one.
//
// Writing uses a small serializer of our own rather than an XML builder:
// the builders we tried (xmlbuilder2, fast-xml-parser's XMLBuilder) write
// newlines, tabs and carriage returns raw inside attributes and text, where
// every XML reader turns them into spaces or line feeds, so a multi-line
// failure message would not read back as it was. Reading uses saxes, a strict
// parser: it rejects what is not well-formed, with line and column, where
// lenient parsers quietly repair a broken shard.
import { SaxesParser } from "saxes";
import { withArch, type Attempt, type Failure, type FileResult, type RunResult, type TestResult } from "../engine/results.ts";
import { changeDetail } from "./change-text.ts";

/** An element as written or read: attributes, its text, then its child elements (JUnit has no mixed content). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

export interface JunitOptions {
  /** The name of the root <testsuites>; "provium" by default. */
  suiteName?: string;
  /** When the run started: written as each <testsuite>'s timestamp. */
  timestamp?: Date;
}

/** Each text body (and failure message) is cut to this many UTF-8 bytes. */
export const TEXT_LIMIT = 64 * 1024;
const CONSOLE_HINT = "; the full console log is in the artifacts";

export function junitXml(run: RunResult, options: JunitOptions = {}): string {
  const timestamp = options.timestamp?.toISOString().replace(/\.\d{3}Z$/, "Z");
  const suites = run.files.map((file) => testsuite(file, timestamp, run.showArch));
  const totals = { ...sumTotals(run.files.map(fileTotals)), time: run.durationMs / 1000 };
  return xmlDocument(element("testsuites", { name: options.suiteName ?? "provium", ...totalsAttributes(totals) }, suites));
}

/** One report for a sharded run: every input's <testsuite> elements under one <testsuites>, counts and times summed. */
export function mergeJunit(xmlDocuments: string[]): string {
  const shards = xmlDocuments.map(readShard);
  const suites = shards.flatMap((shard) => shard.suites);
  const totals = sumTotals(shards.flatMap((shard) => shard.totals));
  const name = shards.find((shard) => shard.name !== undefined)?.name ?? "provium";
  return xmlDocument(element("testsuites", { name, ...totalsAttributes(totals) }, suites));
}

// ---- From results to elements ----

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Seconds. */
  time: number;
}

function fileTotals(file: FileResult): Totals {
  const withStatus = (...statuses: TestResult["status"][]) => file.tests.filter((t) => statuses.includes(t.status)).length;
  return {
    tests: file.tests.length,
    failures: withStatus("failed"),
    errors: withStatus("error"),
    skipped: withStatus("skipped", "todo", "xfail"),
    time: file.durationMs / 1000,
  };
}

function sumTotals(list: Totals[]): Totals {
  const sum = (key: keyof Totals) => list.reduce((total, t) => total + t[key], 0);
  return { tests: sum("tests"), failures: sum("failures"), errors: sum("errors"), skipped: sum("skipped"), time: sum("time") };
}

const seconds = (s: number) => s.toFixed(3);
const totalsAttributes = (t: Totals) => ({ tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped, time: seconds(t.time) });

/**
 * A file's results on one architecture: its property "arch" always says
 * which; where the run's names show it (showArch), so do the suite's name and
 * its test cases' class names (arm64.tests.net.tcp), which CI systems group by.
 */
function testsuite(file: FileResult, timestamp: string | undefined, showArch: boolean): XmlElement {
  const attributes = { name: withArch(file.file, file.arch, showArch), file: file.file, ...totalsAttributes(fileTotals(file)), timestamp };
  const properties = element("properties", {}, [element("property", { name: "arch", value: file.arch })]);
  return element("testsuite", attributes, [properties, ...file.tests.map((test) => testcase(test, showArch ? `${file.arch}.` : ""))]);
}

function testcase(test: TestResult, classPrefix: string): XmlElement {
  const attributes = { classname: classPrefix + className(test.file), name: test.name, file: test.file, line: reportedLine(test), time: seconds(test.durationMs / 1000) };
  return element("testcase", attributes, [
    ...changeProperties(test),
    ...outcome(test),
    ...textElement("system-out", test.logs),
    ...textElement("system-err", test.warnings),
  ]);
}

/**
 * What changed since the baseline, as properties of the test case (as pytest
 * and Jenkins read them): provium.change (new-failure, fixed, still-failing,
 * new, flaky) and provium.change.detail ("failing since 2026-11-28, commit d4e5f6a").
 */
function changeProperties(test: TestResult): XmlElement[] {
  if (!test.change) return [];
  const property = (name: string, value: string) => element("property", { name, value });
  return [element("properties", {}, [property("provium.change", test.change.kind), property("provium.change.detail", changeDetail(test.change))])];
}

/** tests/net/tcp.test.lua → tests.net.tcp: CI systems group test cases by the dotted class name. */
const className = (file: string) => file.replace(/(\.test)?\.lua$/, "").replaceAll("/", ".");

/** Where to point a reader: the failing line when it is in the test file, else the test file's line on the way there. */
function reportedLine(test: TestResult): number {
  const failure = test.failure;
  if (!failure) return test.line;
  if (failure.file === test.file && failure.line !== undefined) return failure.line;
  return failure.testLine ?? test.line;
}

/**
 * The outcome elements, in the order Surefire's schema wants them: a retried
 * test's earlier failed attempts follow as rerunFailure/rerunError when it
 * failed every time, as flakyFailure/flakyError when it passed in the end.
 */
function outcome(test: TestResult): XmlElement[] {
  const attempts = test.attempts ?? [];
  const earlier = (prefix: "rerun" | "flaky", status: Attempt["status"]) =>
    attempts.filter((a) => a.status === status).map((a) => attemptElement(`${prefix}${status === "failed" ? "Failure" : "Error"}`, a));
  switch (test.status) {
    case "passed":
      return [...earlier("flaky", "failed"), ...earlier("flaky", "error")];
    case "failed":
      return [problem("failure", "AssertionError", test), ...earlier("rerun", "failed"), ...earlier("rerun", "error")];
    case "error":
      return [...earlier("rerun", "failed"), problem("error", "Error", test), ...earlier("rerun", "error")];
    case "skipped":
      return [element("skipped", { message: test.reason })];
    case "todo":
      return [element("skipped", { message: test.reason ? `todo: ${test.reason}` : "todo" })];
    case "xfail": {
      const why = [test.reason, test.failure?.message].filter(Boolean).join(": ");
      return [element("skipped", { message: capText(`expected failure${why ? `: ${why}` : ""}`) }, [], capText(failureText(test.failure)))];
    }
  }
}

function problem(name: "failure" | "error", type: string, test: TestResult): XmlElement {
  const message = capText(test.failure?.message ?? test.status);
  return element(name, { message, type }, [], capText(failureText(test.failure), CONSOLE_HINT));
}

function attemptElement(name: string, attempt: Attempt): XmlElement {
  const type = attempt.status === "failed" ? "AssertionError" : "Error";
  return element(name, { message: capText(attempt.failure.message), type }, [
    element("stackTrace", {}, [], capText(failureText(attempt.failure), CONSOLE_HINT)),
    ...textElement("system-out", attempt.logs),
  ]);
}

/** The message, where it failed, the traceback, then each VM's last console lines. */
function failureText(failure: Failure | undefined): string {
  if (!failure) return "";
  const parts = [failure.message];
  if (failure.file && failure.line !== undefined) parts.push(`at ${failure.file}:${failure.line}`);
  if (failure.traceback) parts.push(failure.traceback);
  for (const excerpt of failure.consoles) parts.push(`console of VM ${excerpt.vm} (last lines):\n${excerpt.tail}`);
  return parts.join("\n");
}

/** system-out and system-err appear only when there is something to say. */
function textElement(name: string, lines: string[]): XmlElement[] {
  return lines.length ? [element(name, {}, [], capText(lines.join("\n")))] : [];
}

function element(name: string, attributes: Record<string, string | number | undefined>, children: XmlElement[] = [], text = ""): XmlElement {
  const defined: Record<string, string> = {}; // a plain loop: a report can hold 100,000 test cases
  for (const key in attributes) if (attributes[key] !== undefined) defined[key] = String(attributes[key]);
  return { name, attributes: defined, text, children };
}

// ---- Text that survives whatever a guest printed ----

/** What XML 1.0 cannot carry at all, not even as a character reference (NUL, most C0 controls, lone surrogates, U+FFFE/F). */
const INVALID_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");

/** Replaces each such character by visible text (ESC → \x1b, a lone surrogate → \ud800), so the report stays readable. */
export function sanitize(text: string): string {
  return text.replace(INVALID_XML_CHAR, (char) => {
    const code = char.codePointAt(0)!;
    return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

// Carriage returns, newlines and tabs go as character references where a
// reader would otherwise normalize them away: CR anywhere, the others in
// attribute values (which readers turn into spaces).
const REFERENCES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;",
};
const TEXT_SPECIALS = /[&<>"'\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"'\r\n\t]/g;

/** Anything escapeXml might change: most names and times have none, and a report can hold 100,000 test cases. */
const NEEDS_ESCAPING = /[&<>"'\x00-\x1f\ud800-\udfff\ufffe\uffff]/;

function escapeXml(text: string, specials: RegExp): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return sanitize(text).replace(specials, (char) => REFERENCES[char]!);
}

/**
 * Cuts text over TEXT_LIMIT bytes, keeping a quarter from the head (the
 * message and traceback) and the rest from the end (the last console lines,
 * where a crash shows), with a note of what was cut in between.
 */
export function capText(text: string, hint = ""): string {
  const clean = sanitize(text); // first: a lone surrogate would not survive UTF-8
  const bytes = Buffer.from(clean);
  if (bytes.length <= TEXT_LIMIT) return clean;
  const keep = TEXT_LIMIT - 256; // room for the note
  const head = bytes.subarray(0, charStart(bytes, Math.floor(keep / 4)));
  const tail = bytes.subarray(charStart(bytes, bytes.length - (keep - head.length)));
  const cut = bytes.length - head.length - tail.length;
  return `${head.toString()}\n[... ${cut} bytes cut${hint} ...]\n${tail.toString()}`;
}

/** The index moved back to the first byte of a UTF-8 sequence, so no character is split. */
function charStart(bytes: Buffer, index: number): number {
  while (index > 0 && ((bytes[index] ?? 0) & 0xc0) === 0x80) index--;
  return index;
}

function serialize(node: XmlElement, indent = ""): string {
  const attributes = Object.entries(node.attributes).map(([key, value]) => ` ${key}="${escapeXml(value, ATTRIBUTE_SPECIALS)}"`);
  const open = `${indent}<${node.name}${attributes.join("")}`;
  if (!node.text && node.children.length === 0) return `${open}/>`;
  const children = node.children.map((child) => `\n${serialize(child, `${indent}  `)}`).join("");
  const close = node.children.length ? `\n${indent}</${node.name}>` : `</${node.name}>`;
  return `${open}>${escapeXml(node.text, TEXT_SPECIALS)}${children}${close}`;
}

const xmlDocument = (root: XmlElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;

// ---- Reading (for merging shards) ----

/** Parses a whole document strictly; throws with line and column if it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const node = { name: tag.name, attributes: { ...tag.attributes }, text: "", children: [] };
    open.at(-1)?.children.push(node);
    root ??= node;
    open.push(node);
  });
  parser.on("closetag", () => void open.pop());
  const addText = (text: string) => {
    const node = open.at(-1);
    if (node) node.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  dropIndentation(root);
  return root;
}

/** Whitespace between child elements is layout, not content. */
function dropIndentation(node: XmlElement): void {
  if (node.children.length && !node.text.trim()) node.text = "";
  node.children.forEach(dropIndentation);
}

interface Shard {
  name?: string;
  suites: XmlElement[];
  totals: Totals[];
}

function readShard(xml: string, index: number): Shard {
  const fail = (why: string): never => {
    throw new Error(`JUnit input ${index + 1} is broken: ${why}`); // counted from 1, as people count files
  };
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return fail(`not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  // A report of a single suite may have <testsuite> as its root.
  const suites = root.name === "testsuite" ? [root] : root.name === "testsuites" ? root.children : fail(`its root is <${root.name}>, not <testsuites> or <testsuite>`);
  const stray = suites.find((child) => child.name !== "testsuite");
  if (stray) fail(`<testsuites> holds a <${stray.name}>; only <testsuite> elements are expected`);
  const totals = suites.map((suite) => {
    try {
      return suiteTotals(suite);
    } catch (error) {
      return fail((error as Error).message);
    }
  });
  return { name: root.name === "testsuites" ? root.attributes.name : undefined, suites, totals };
}

/** What a child element of a test case says, by count. */
const OUTCOME_OF: Record<"failures" | "errors" | "skipped", string> = { failures: "failure", errors: "error", skipped: "skipped" };

/** A suite's counts from its attributes; a missing count is counted from its test cases. */
function suiteTotals(suite: XmlElement): Totals {
  const cases = suite.children.filter((child) => child.name === "testcase");
  const read = (key: keyof Totals, missing: () => number) => {
    const value = suite.attributes[key];
    if (value === undefined) return missing();
    const number = Number(value.replaceAll(",", "")); // Surefire writes 1,234.5
    if (value.trim() === "" || !Number.isFinite(number) || number < 0)
      throw new Error(`<testsuite name="${suite.attributes.name ?? ""}"> has ${key}="${value}", not a non-negative number`);
    return number;
  };
  const outcomes = (key: keyof typeof OUTCOME_OF) => () => cases.filter((c) => c.children.some((child) => child.name === OUTCOME_OF[key])).length;
  return {
    tests: read("tests", () => cases.length),
    failures: read("failures", outcomes("failures")),
    errors: read("errors", outcomes("errors")),
    skipped: read("skipped", outcomes("skipped")),
    time: read("time", () => 0),
  };
}
