// Files of test/lua-suites run by the file runner, in one run context per
// calling test file (made before its tests, removed after them).
import path from "node:path";
import { after, before } from "node:test";
import { runTestFile, type Selection } from "../../src/run/file-runner.ts";
import type { RunContext } from "../../src/engine/session.ts";
import type { FileResult, TestResult } from "../../src/engine/results.ts";
import { createRunContext } from "../../src/run/run.ts";

export const SUITES = path.resolve("test/lua-suites");

/** Runs a file given relative to test/lua-suites; call at the top level of a test file. */
export function suiteFileRunner(): (file: string, selection?: Selection) => Promise<FileResult> {
  let context: RunContext;
  before(() => (context = createRunContext({ suiteRoot: SUITES, config: { profiles: {} }, timeoutMs: 60_000 })));
  after(() => context.runDir.remove());
  return (file, selection = {}) => runTestFile(`${SUITES}/${file}`, context, selection);
}

export function byName(result: FileResult): Map<string, TestResult> {
  return new Map(result.tests.map((t) => [t.name, t]));
}
