// `provium kunit` and `provium kselftest` (and the action's kunit and
// kselftest inputs) are runs of test files that Provium writes itself, in the
// run directory, so every flag of `provium run` (reports, shards, known
// failures, retries, --keep-failed) applies to their results. Each file is
// shown as what it stands for ("provium kunit", "provium kselftest timers").
import { writeFileSync } from "node:fs";
import path from "node:path";
import { defaultRunDir } from "../host/run-dir.ts";
import { showFileAs } from "../lua/state.ts";
import { kselftestTestFile } from "./kselftest-file.ts";
import type { KselftestTree } from "./kselftest-tree.ts";

/** What a run generates its test files from, instead of discovering them. */
export type GeneratedSuite =
  /** The kernel's KUnit suites these kunit.filter_glob patterns select (none: every suite); timeoutS each suite's. */
  | { kind: "kunit"; globs: string[]; timeoutS: number }
  /**
   * The collections of a kselftest tree (as read and selected), one file each
   * so that the worker pool spreads them; timeoutS (--timeout, when given)
   * replaces each collection's settings, and under TCG each is tcgFactor times longer.
   */
  | { kind: "kselftest"; tree: KselftestTree; timeoutS?: number; tcgFactor: number; env: Record<string, string> };

export const KUNIT_FILE_NAME = "provium kunit";
export const KSELFTEST_FILE_NAME = "provium kselftest";

/** A generated test has no time limit of its own: each suite or test program has its timeout, each boot its idle limit. */
export const NO_LIMIT_S = 7 * 24 * 3600;

/** The test files of the suite, written into the run directory. */
export function generatedTestFiles(suite: GeneratedSuite): string[] {
  if (suite.kind === "kunit") return [write("kunit", "kunit.test.lua", KUNIT_FILE_NAME, kunitTestFile(suite.globs, suite.timeoutS))];
  return suite.tree.collections.map((collection, i) => {
    const shown = `${KSELFTEST_FILE_NAME} ${collection.name}`;
    return write("kselftest", `${i}.test.lua`, shown, kselftestTestFile(shown, suite, collection, NO_LIMIT_S));
  });
}

function write(dir: string, name: string, shownAs: string, text: string): string {
  const file = path.join(defaultRunDir().child(dir), name);
  writeFileSync(file, text);
  showFileAs(file, shownAs);
  return file;
}

/** The test "kunit" calls provium.kunit with the globs; they are checked (badGlob: no quotes, backslashes or spaces), so JSON strings are Lua strings. */
function kunitTestFile(globs: string[], suiteTimeoutS: number): string {
  const list = `{ ${globs.map((glob) => JSON.stringify(glob)).join(", ")} }`;
  return [
    `-- ${KUNIT_FILE_NAME}${globs.map((g) => ` ${g}`).join("")}: written by Provium (src/run/generated-suite.ts)`,
    `test("kunit", { timeout = ${NO_LIMIT_S} }, function(t)`,
    `  provium.kunit(${list}, { timeout = ${suiteTimeoutS} })`,
    "end)",
    "",
  ].join("\n");
}
