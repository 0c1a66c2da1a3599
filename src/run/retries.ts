// Retries for flaky tests: a failed test runs again (in a fresh scope: new
// VMs, fixtures resumed anew) up to N more times. Passing on a retry makes
// it flaky — passed, with the failed attempts kept and a warning; failing
// every time reports the last failure and how many attempts there were.
import { isFailing, type Attempt, type TestResult } from "../engine/results.ts";

/** runOnce gives the test's result then its sub-results; stop() ends retrying early (an internal error, Ctrl-C). */
export async function withRetries(retries: number, runOnce: () => Promise<TestResult[]>, stop: () => boolean): Promise<TestResult[]> {
  const attempts: Attempt[] = [];
  for (let n = 1; ; n++) {
    const group = await runOnce();
    const test = group[0]!;
    if (isFailing(test) && n <= retries && !stop()) {
      attempts.push({ status: test.status as Attempt["status"], failure: test.failure!, durationMs: test.durationMs, logs: test.logs });
      continue;
    }
    if (attempts.length === 0) return group;
    test.attempts = attempts;
    const failing = attempts.length === 1 ? "failing once" : `failing ${attempts.length} times`;
    if (test.status === "passed") test.warnings.push(`flaky: passed on attempt ${n} of ${retries + 1} after ${failing} (first failure: ${attempts[0]!.failure.message})`);
    else if (isFailing(test) && test.failure) test.failure = { ...test.failure, message: `${test.failure.message}\n(attempt ${n} of ${retries + 1}: every attempt failed)` };
    return group;
  }
}
