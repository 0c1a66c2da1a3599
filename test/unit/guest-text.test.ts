// Names and text a guest chooses (KTAP sub-result names, console lines,
// error text, links it makes) reach reports and the results directory, never
// a path outside it, the runner's terminal as commands, or an uploaded
// artifact as the runner's own files.
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { resultFiles } from "../../src/action/services.ts";
import { ResultsLayout } from "../../src/engine/results-dir.ts";
import type { FileResult, TestResult } from "../../src/engine/results.ts";
import { ConsoleReporter, terminalText } from "../../src/report/console.ts";
import { tempDir } from "../support/temp.ts";

const PATH_LIKE = ["../../etc/passwd", "/etc/cron.d/job", "a/../../../b", "..", ".", "", "x\0y", "C:\\Windows"];

test("names that look like paths (KTAP's, a VM's) become plain segments inside the results directory", () => {
  const root = path.join(tempDir(), "results");
  const layout = new ResultsLayout(root);
  for (const name of PATH_LIKE) {
    const file = layout.vmFile("logs", name, name, name, ".console.log");
    const relative = path.relative(root, file);
    assert.ok(!relative.startsWith("..") && !path.isAbsolute(relative), `${JSON.stringify(name)} → ${file}`);
    assert.equal(relative.split(path.sep).length, 4, `${JSON.stringify(name)} → ${relative}: kind/file/test/vm`);
    for (const segment of relative.split(path.sep)) assert.match(segment, /^[A-Za-z0-9._-]+$/);
  }
});

test("a guest's symlinks in the results directory are neither uploaded nor walked through", () => {
  const results = tempDir();
  const secrets = tempDir({ "token": "runner secret" });
  mkdirSync(path.join(results, "pulled", "tree"), { recursive: true });
  writeFileSync(path.join(results, "pulled", "tree", "log"), "guest log");
  writeFileSync(path.join(results, "junit.xml"), "<testsuites/>");
  symlinkSync(secrets, path.join(results, "pulled", "tree", "dir-link"));
  symlinkSync(path.join(secrets, "token"), path.join(results, "pulled", "file-link"));
  assert.deepEqual(resultFiles(results).map((f) => path.relative(results, f)).sort(), ["junit.xml", "pulled/tree/log"]);
});

test("the console report shows a guest's control characters instead of sending them to the terminal", () => {
  assert.equal(terminalText("ok\r\nline\x1b]52;c;b3duZWQ=\x07 \x1b[2J \u009b31m done\rPASS"), "ok\nline\\x1b]52;c;b3duZWQ=\\x07 \\x1b[2J \\x9b31m done\\x0dPASS");
  const hostile = "\x1b]0;owned\x07\x1b[2J";
  const failing: TestResult = {
    name: `ktap ${hostile}`,
    file: "t.lua",
    line: 1,
    status: "failed",
    durationMs: 1,
    logs: [`log ${hostile}`],
    warnings: [`warning ${hostile}`],
    failure: { kind: "failure", message: `message ${hostile}`, file: "t.lua", line: 1, traceback: `traceback ${hostile}`, consoles: [{ vm: "minimal-1", tail: `[ 1.0] console ${hostile}\r\n`, logPath: "/x" }] },
  } as TestResult;
  let out = "";
  const reporter = new ConsoleReporter((text) => (out += text), { verbose: true });
  reporter.fileDone({ file: "t.lua", tests: [failing], durationMs: 1 } as FileResult);
  reporter.log("t.lua", `guest| ${hostile}`);
  reporter.summary({ files: [{ file: "t.lua", tests: [failing], durationMs: 1 } as FileResult], notRun: [], durationMs: 1 } as never);
  assert.doesNotMatch(out.replace(/\x1b\[\d+m/g, ""), /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, "only the report's own colours reach the terminal");
  assert.equal(out.split("\\x1b]0;owned\\x07").length - 1 >= 6, true, out);
});
