// The JUnit and JSON reports: valid against the schema whatever a guest
// printed, faithful when read back, capped in size, and mergeable across shards.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { jsonResults, type JsonReport } from "../../src/report/json.ts";
import { junitXml, mergeJunit, parseXml, TEXT_LIMIT, type XmlElement } from "../../src/report/junit.ts";
import type { FileResult, RunResult, TestResult } from "../../src/engine/results.ts";
import { xmllint } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

const dir = tempDir();

/** Everything XML 1.0 cannot carry, plus its special characters and an emoji. */
const NASTY = `bad \x00 \x1b \ud800 <>&"' 🚀 end`;
const NASTY_READ_BACK = `bad \\x00 \\x1b \\ud800 <>&"' 🚀 end`;
const HUGE_TAIL = `boot ok\n${"console line ✓\n".repeat(70_000)}KERNEL PANIC: the last line`;

function result(fields: Partial<TestResult> & Pick<TestResult, "file" | "name" | "status">): TestResult {
  return { line: 1, durationMs: 12, tags: [], logs: [], warnings: [], ...fields };
}

const TCP = "tests/net/tcp.test.lua";
const EXT4 = "tests/fs/ext4.test.lua";

const tcp: FileResult = {
  file: TCP,
  durationMs: 1500,
  tests: [
    result({ file: TCP, name: "connects", line: 3, status: "passed", logs: ["hello <log>", "second"], tags: ["net"] }),
    result({
      file: TCP, name: "sends", line: 10, status: "failed", warnings: ["slow & steady"],
      failure: {
        kind: "failure", message: "expected 1, got 2\n\tsecond line\r\nthird", file: TCP, line: 12, testLine: 12,
        traceback: `stack traceback:\n\t${TCP}:12: in function <${TCP}:10>`,
        consoles: [{ vm: "server", tail: "eth0 up\nlast line", logPath: "/run/x/server.log" }],
      },
    }),
    result({
      file: TCP, name: "via helper", line: 18, status: "failed",
      failure: { kind: "failure", message: "helper says no", file: "tests/lib/helper.lua", line: 5, testLine: 20, traceback: "", consoles: [] },
    }),
  ],
};

const ext4: FileResult = {
  file: EXT4,
  durationMs: 2250,
  tests: [
    result({
      file: EXT4, name: "mounts", line: 7, status: "error",
      failure: { kind: "error", message: NASTY, traceback: "", consoles: [{ vm: "vm1", tail: HUGE_TAIL, logPath: "/run/x/vm1.log" }] },
    }),
    result({ file: EXT4, name: "big disks", line: 20, status: "skipped", reason: "needs kvm" }),
    result({ file: EXT4, name: "later", line: 30, status: "todo", reason: "write it" }),
  ],
};

const run: RunResult = { files: [tcp, ext4], durationMs: 3000, notRun: [], bootFailures: [] };

function write(name: string, xml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return file;
}

async function assertValid(file: string) {
  const { exitCode, stderr } = await xmllint(file);
  assert.equal(exitCode, 0, `xmllint rejects ${file} (is libxml2-utils installed?):\n${stderr}`);
}

const children = (node: XmlElement, name: string) => node.children.filter((child) => child.name === name);
function only(node: XmlElement, name: string): XmlElement {
  const found = children(node, name);
  assert.equal(found.length, 1, `one <${name}> in <${node.name}>`);
  return found[0]!;
}
function testcase(root: XmlElement, name: string): XmlElement {
  const found = children(root, "testsuite").flatMap((suite) => children(suite, "testcase")).filter((c) => c.attributes.name === name);
  assert.equal(found.length, 1, `one testcase named ${name}`);
  return found[0]!;
}

const xml = junitXml(run, { suiteName: "kernel tests", timestamp: new Date("2024-05-01T12:00:00.123Z") });

test("the JUnit report validates against the schema", async () => {
  await assertValid(write("report.xml", xml));
});

test("a malformed report fails the schema (negative control)", async () => {
  const noName = xml.replace(' name="connects"', "");
  assert.notEqual(noName, xml);
  const { exitCode, stderr } = await xmllint(write("no-name.xml", noName));
  assert.notEqual(exitCode, 0, "a testcase without a name passed the schema");
  assert.match(stderr, /name/);
  const badCount = await xmllint(write("bad-count.xml", xml.replace('tests="6"', 'tests="six"')));
  assert.notEqual(badCount.exitCode, 0, "a non-numeric count passed the schema");
});

test("counts, names, files and lines read back", () => {
  const root = parseXml(xml);
  assert.equal(root.name, "testsuites");
  assert.deepEqual(root.attributes, { name: "kernel tests", tests: "6", failures: "2", errors: "1", skipped: "2", time: "3.000" });
  const suites = children(root, "testsuite");
  assert.deepEqual(suites.map((s) => s.attributes), [
    { name: TCP, file: TCP, tests: "3", failures: "2", errors: "0", skipped: "0", time: "1.500", timestamp: "2024-05-01T12:00:00Z" },
    { name: EXT4, file: EXT4, tests: "3", failures: "0", errors: "1", skipped: "2", time: "2.250", timestamp: "2024-05-01T12:00:00Z" },
  ]);
  assert.deepEqual(testcase(root, "connects").attributes, { classname: "tests.net.tcp", name: "connects", file: TCP, line: "3", time: "0.012" });
  assert.equal(testcase(root, "sends").attributes.line, "12", "the failing line in the test file");
  assert.equal(testcase(root, "via helper").attributes.line, "20", "the test file's line on the way to a helper's failure");
  assert.equal(testcase(root, "mounts").attributes.line, "7", "no failure location: the test's own line");
  assert.equal(testcase(root, "mounts").attributes.classname, "tests.fs.ext4");
});

test("statuses map to failure, error and skipped elements", () => {
  const root = parseXml(xml);
  assert.equal(testcase(root, "connects").children.some((c) => ["failure", "error", "skipped"].includes(c.name)), false);
  const failure = only(testcase(root, "sends"), "failure");
  assert.equal(failure.attributes.type, "AssertionError");
  assert.equal(failure.attributes.message, "expected 1, got 2\n\tsecond line\r\nthird", "newlines, tabs and CR survive in attributes");
  assert.equal(
    failure.text,
    `expected 1, got 2\n\tsecond line\r\nthird\nat ${TCP}:12\nstack traceback:\n\t${TCP}:12: in function <${TCP}:10>\nconsole of VM server (last lines):\neth0 up\nlast line`,
  );
  assert.equal(only(testcase(root, "mounts"), "error").attributes.type, "Error");
  assert.deepEqual(only(testcase(root, "big disks"), "skipped").attributes, { message: "needs kvm" });
  assert.deepEqual(only(testcase(root, "later"), "skipped").attributes, { message: "todo: write it" });
  assert.equal(only(testcase(root, "connects"), "system-out").text, "hello <log>\nsecond");
  assert.equal(only(testcase(root, "sends"), "system-err").text, "slow & steady");
  assert.doesNotMatch(xml, /FULL LOG/, "full console logs stay in the artifacts");
});

test("text a guest printed survives: escaped, invalid characters made visible", async () => {
  const error = only(testcase(parseXml(xml), "mounts"), "error");
  assert.equal(error.attributes.message, NASTY_READ_BACK);
  assert.ok(error.text.startsWith(`${NASTY_READ_BACK}\nconsole of VM vm1 (last lines):\nboot ok\n`));
  // Read back by another parser too: libxml2's.
  const file = write("xpath.xml", xml);
  const { stdout } = await execa("xmllint", ["--xpath", 'string(//testcase[@name="mounts"]/error/@message)', file]);
  assert.equal(stdout, NASTY_READ_BACK);
});

test("huge text is cut to 64 KiB, keeping its head and its end", () => {
  const error = only(testcase(parseXml(xml), "mounts"), "error");
  assert.ok(xml.length < 100 * 1024, `the report is ${xml.length} characters`);
  assert.ok(Buffer.byteLength(error.text) <= TEXT_LIMIT, `${Buffer.byteLength(error.text)} bytes`);
  assert.ok(error.text.endsWith("console line ✓\nKERNEL PANIC: the last line"));
  const cut = /\n\[\.\.\. (\d+) bytes cut; the full console log is in the artifacts \.\.\.\]\n/.exec(error.text);
  assert.ok(cut, "a note says what was cut");
  const [head, tail] = error.text.split(cut[0]);
  const original = Buffer.byteLength(`${NASTY_READ_BACK}\nconsole of VM vm1 (last lines):\n${HUGE_TAIL}`);
  assert.equal(Buffer.byteLength(head!) + Number(cut[1]) + Buffer.byteLength(tail!), original, "the note counts the bytes cut");
  assert.doesNotMatch(error.text, /\ufffd/, "no character split at the cuts");
});

const shard1 = junitXml({ files: [tcp], durationMs: 1600, notRun: [], bootFailures: [] }, { suiteName: "sharded" });
const shard2 = junitXml({ files: [ext4], durationMs: 2300, notRun: [], bootFailures: [] });

test("merging shards sums counts and times, and validates", async () => {
  const merged = mergeJunit([shard1, shard2]);
  await assertValid(write("merged.xml", merged));
  const root = parseXml(merged);
  assert.deepEqual(root.attributes, { name: "sharded", tests: "6", failures: "2", errors: "1", skipped: "2", time: "3.750" });
  assert.deepEqual(children(root, "testsuite").map((s) => s.attributes.name), [TCP, EXT4]);
  assert.deepEqual(root, { ...parseXml(junitXml(run)), attributes: root.attributes }, "the suites pass through unchanged");
});

test("merging takes a lone <testsuite> root, and counts what its attributes leave out", () => {
  const lone = `<testsuite name="other"><testcase name="a" classname="x" time="1"><failure type="E">boom</failure></testcase><testcase name="b" classname="x" time="0"/></testsuite>`;
  const root = parseXml(mergeJunit([shard1, lone]));
  assert.deepEqual(root.attributes, { name: "sharded", tests: "5", failures: "3", errors: "0", skipped: "0", time: "1.500" });
});

test("merging rejects a broken input, naming it", () => {
  assert.throws(() => mergeJunit([shard1, "<testsuites><testsuite name='x'>"]), /JUnit input 2 is broken: not well-formed XML/);
  assert.throws(() => mergeJunit([shard1, shard2, ""]), /JUnit input 3 is broken: not well-formed XML/);
  assert.throws(() => mergeJunit(["<report/>"]), /JUnit input 1 is broken: its root is <report>/);
  assert.throws(() => mergeJunit([shard1.replace(/(<testsuite [^>]*)tests="3"/, '$1tests="many"')]), /JUnit input 1 is broken: .*tests="many", not a non-negative number/);
  assert.throws(() => mergeJunit(["<testsuites><testcase name='a'/></testsuites>"]), /JUnit input 1 is broken: <testsuites> holds a <testcase>/);
});

test("the JSON report round-trips with the documented shape", () => {
  const text = jsonResults(run);
  const report = JSON.parse(text) as JsonReport;
  assert.equal(report.version, 1);
  assert.deepEqual(report.summary, { passed: 1, failed: 3, skipped: 2, xfailed: 0, flaky: 0, durationMs: 3000 });
  assert.deepEqual(report.files.map((f) => [f.file, f.durationMs, f.tests.length]), [[TCP, 1500, 3], [EXT4, 2250, 3]]);
  assert.deepEqual(report.files[0]!.tests[1], {
    name: "sends", file: TCP, line: 10, status: "failed", durationMs: 12, tags: [], logs: [], warnings: ["slow & steady"],
    failure: {
      kind: "failure", message: "expected 1, got 2\n\tsecond line\r\nthird", file: TCP, line: 12, testLine: 12,
      traceback: `stack traceback:\n\t${TCP}:12: in function <${TCP}:10>`, consoles: [{ vm: "server", tail: "eth0 up\nlast line" }],
    },
  });
  assert.deepEqual(report.files[1]!.tests[1], { name: "big disks", file: EXT4, line: 20, status: "skipped", durationMs: 12, tags: [], reason: "needs kvm", logs: [], warnings: [] });
  assert.deepEqual(report.notRun, []);
  assert.deepEqual((JSON.parse(jsonResults({ ...run, notRun: ["tests/late.test.lua"] })) as JsonReport).notRun, ["tests/late.test.lua"]);
  assert.equal(report.files[1]!.tests[0]!.failure!.message, NASTY, "JSON carries even a lone surrogate");
  assert.doesNotMatch(text, /"full"|"logPath"|FULL LOG/, "whole console logs stay in the artifacts");
});
