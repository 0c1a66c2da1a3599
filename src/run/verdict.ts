// What one run says about the kernel it tested, for bisecting: its tests
// passed, failed, or could not judge it (its kernel never booted, no test
// ran), or Provium itself failed. `provium run --git-bisect` turns it into
// git bisect run's exit statuses; `provium bisect` into good, bad and skip.
import { count, isFailing, type BootFailure, type RunResult, type TestResult } from "../engine/results.ts";
import { INTERNAL_ERROR_PREFIX } from "../lua/bridge.ts";

export type RunVerdict =
  | { kind: "passed"; passed: number }
  | { kind: "failed"; failed: TestResult[] }
  /** Tests failed, and a guest never reached its agent: the kernel's boot, not the tests, is what failed. */
  | { kind: "did-not-boot"; bootFailure: BootFailure }
  /** Every selected test skipped itself (or none was selected): nothing was judged. */
  | { kind: "nothing-ran"; skipped: number }
  | { kind: "internal-error"; message: string }
  | { kind: "interrupted" };

export function runVerdict(run: RunResult, interrupted: boolean): RunVerdict {
  if (interrupted) return { kind: "interrupted" };
  const tests = run.files.flatMap((file) => file.tests);
  const internal = tests.find((test) => test.failure?.message.startsWith(INTERNAL_ERROR_PREFIX));
  if (internal) return { kind: "internal-error", message: `${internal.file}: ${internal.name}: ${internal.failure!.message}` };
  const failed = tests.filter(isFailing);
  if (failed.length) return run.bootFailures[0] ? { kind: "did-not-boot", bootFailure: run.bootFailures[0] } : { kind: "failed", failed };
  const c = count(tests);
  return c.passed + c.xfailed > 0 ? { kind: "passed", passed: c.passed } : { kind: "nothing-ran", skipped: c.skipped };
}

/** git bisect run's convention: 0 good, 1 bad, 125 cannot be tested (skip), above 127 stops the bisect. */
export const GIT_BISECT = { good: 0, bad: 1, skip: 125, abort: 255, interrupted: 130 } as const;

export function gitBisectStatus(verdict: RunVerdict): number {
  switch (verdict.kind) {
    case "passed":
      return GIT_BISECT.good;
    case "failed":
      return GIT_BISECT.bad;
    case "did-not-boot":
    case "nothing-ran":
      return GIT_BISECT.skip;
    case "internal-error":
      return GIT_BISECT.abort;
    case "interrupted":
      return GIT_BISECT.interrupted;
  }
}

/** The verdict in words, with the status it gives: "bad (exit 1): 2 tests failed (first: …)". */
export function describeVerdict(verdict: RunVerdict): string {
  const status = gitBisectStatus(verdict);
  const as = (word: string) => `${word} (exit ${status})`;
  switch (verdict.kind) {
    case "passed":
      return `${as("good")}: ${plural(verdict.passed, "test")} passed`;
    case "failed":
      return `${as("bad")}: ${failedLine(verdict.failed)}`;
    case "did-not-boot":
      return `${as("skip")}: ${didNotBoot(verdict.bootFailure)}`;
    case "nothing-ran":
      return `${as("skip")}: no selected test ran${verdict.skipped ? ` (${verdict.skipped} skipped)` : ""}`;
    case "internal-error":
      return `${as("stop")}: ${verdict.message.split("\n")[0]}`;
    case "interrupted":
      return `${as("stop")}: interrupted`;
  }
}

/** "did not boot: <what happened>". */
export function didNotBoot(failure: BootFailure): string {
  return `did not boot: ${failure.message}`;
}

/** "2 tests failed (first: name: message's first line)". */
export function failedLine(failed: TestResult[]): string {
  const first = failed[0]!;
  return `${plural(failed.length, "test")} failed (${failed.length > 1 ? "first: " : ""}${first.name}: ${first.failure?.message.split("\n")[0] ?? first.status})`;
}

export const plural = (n: number, what: string, whats = `${what}s`) => `${n} ${n === 1 ? what : whats}`;
