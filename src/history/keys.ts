// How a result is named across runs (its file and full test path), and its
// outcome in one byte: the vocabulary of history records and baselines.
import { CHANGE_KINDS, isFailing, isFlaky, type ChangeKind, type TestResult, type TestStatus } from "../engine/results.ts";

/**
 * Joins a key's parts: a control character no file or test name carries in
 * practice, so a test name may contain " › " or "/" and keys stay distinct.
 */
const SEPARATOR = "\u001f";

/** A result's key: its file, its test, and the sub-result path below the test. */
export function resultKey(file: string, test: string, path: readonly string[] = []): string {
  return [file, test, ...path].join(SEPARATOR);
}

/** The key of a test or sub-result as the results model has it. */
export function keyOf(result: Pick<TestResult, "file" | "name" | "subtest">): string {
  return result.subtest ? resultKey(result.file, result.subtest.test, result.subtest.path) : resultKey(result.file, result.name);
}

/** A key back into its file, test and sub-result path. */
export function splitKey(key: string): { file: string; test: string; path: string[] } {
  const [file = "", test = "", ...path] = key.split(SEPARATOR);
  return { file, test, path };
}

/** The file part of a key, without splitting the rest. */
export const keyFile = (key: string) => key.slice(0, key.indexOf(SEPARATOR));

// One byte per result: its status, with the two distinctions the history needs
// (a pass after retries, and a failure that is only its subtests' roll-up).
export const CODE = {
  passed: 0x70, // p
  passedOnRetry: 0x72, // r
  failed: 0x66, // f
  error: 0x65, // e
  rollUp: 0x75, // u: failed because sub-results failed (they are results of their own)
  skipped: 0x73, // s
  todo: 0x74, // t
  xfail: 0x78, // x
} as const;

const STATUS_OF_CODE = new Map<number, TestStatus>([
  [CODE.passed, "passed"], [CODE.passedOnRetry, "passed"], [CODE.failed, "failed"], [CODE.error, "error"],
  [CODE.rollUp, "failed"], [CODE.skipped, "skipped"], [CODE.todo, "todo"], [CODE.xfail, "xfail"],
]);

/** Whether a failing result is only the roll-up of its failing sub-results. */
export const isRollUp = (test: TestResult) => isFailing(test) && test.failure?.fromSubtests === true;

export function statusCode(test: TestResult): number {
  if (isRollUp(test)) return CODE.rollUp;
  if (isFlaky(test)) return CODE.passedOnRetry;
  return CODE[test.status];
}

export const isStatusCode = (code: number) => STATUS_OF_CODE.has(code);
export const statusOfCode = (code: number): TestStatus => STATUS_OF_CODE.get(code) ?? "skipped";

/** What a flip is counted on: a pass or a failure of its own (not a roll-up, a skip or an expected failure). */
export function outcomeOfCode(code: number): "pass" | "fail" | undefined {
  if (code === CODE.passed || code === CODE.passedOnRetry) return "pass";
  if (code === CODE.failed || code === CODE.error) return "fail";
  return undefined;
}

/** Failing in any way: of its own, as a roll-up, or as expected. A failing streak runs through all three. */
export const failingCode = (code: number) => code === CODE.failed || code === CODE.error || code === CODE.rollUp || code === CODE.xfail;

/** A change as a byte: 0 for none, else its place in CHANGE_KINDS plus one. */
export const changeCode = (kind: ChangeKind | undefined) => (kind ? CHANGE_KINDS.indexOf(kind) + 1 : 0);
export const changeOfCode = (code: number): ChangeKind | undefined => CHANGE_KINDS[code - 1];
