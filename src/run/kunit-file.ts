// `provium kunit [glob…]` (and the action's kunit input) is a run of one
// test file that Provium writes itself, in the run directory: the test
// "kunit" calls provium.kunit with the globs, so every flag of `provium run`
// (reports, known failures, retries, --keep-failed) applies to the suites'
// results. It is shown as "provium kunit".
import { writeFileSync } from "node:fs";
import path from "node:path";
import { defaultRunDir } from "../host/run-dir.ts";
import { showFileAs } from "../lua/state.ts";

export const KUNIT_FILE_NAME = "provium kunit";
/** The test has no time limit of its own: each suite has its timeout, each boot its idle limit. */
const NO_LIMIT_S = 7 * 24 * 3600;

/** The test file; globs are checked (badGlob: no quotes, backslashes or spaces), so JSON strings are Lua strings. */
export function kunitTestFile(globs: string[], suiteTimeoutS: number): string {
  const file = path.join(defaultRunDir().child("kunit"), "kunit.test.lua");
  const list = `{ ${globs.map((glob) => JSON.stringify(glob)).join(", ")} }`;
  writeFileSync(
    file,
    [
      `-- ${KUNIT_FILE_NAME}${globs.map((g) => ` ${g}`).join("")}: written by Provium (src/run/kunit-file.ts)`,
      `test("kunit", { timeout = ${NO_LIMIT_S} }, function(t)`,
      `  provium.kunit(${list}, { timeout = ${suiteTimeoutS} })`,
      "end)",
      "",
    ].join("\n"),
  );
  showFileAs(file, KUNIT_FILE_NAME);
  return file;
}
