// The words every report uses for what changed since the baseline: one
// wording in the console, the job summary, annotations and JUnit.
import { changeCounts, type ChangeKind, type Comparison, type ResultChange, type TestResult } from "../engine/results.ts";

/** A run as people name it: "2026-12-03 a1b2c3d". */
export function runLabel(run: { time: string; commit?: string }): string {
  return [run.time.slice(0, 10), run.commit?.slice(0, 7)].filter(Boolean).join(" ");
}

const LABELS: Record<ChangeKind, [one: string, many: string]> = {
  "new-failure": ["new failure", "new failures"],
  fixed: ["fixed", "fixed"],
  "still-failing": ["still failing", "still failing"],
  new: ["new", "new"],
  flaky: ["flaky", "flaky"],
};

export const changeLabel = (kind: ChangeKind) => LABELS[kind][0];

/** "failing since 2026-11-28, commit d4e5f6a" ("failing in every run kept, since …" when the streak began before them), "failed 3 of the last 20 runs", "was skipped", "not in the baseline". */
export function changeDetail(change: ResultChange): string {
  if (change.since) {
    const commit = change.since.commit ? `, commit ${change.since.commit.slice(0, 7)}` : "";
    return `failing ${change.since.beforeWindow ? "in every run kept, " : ""}since ${change.since.time.slice(0, 10)}${commit}`;
  }
  if (change.kind === "flaky" && change.runs) return `failed ${change.failedRuns} of the last ${change.runs} runs`;
  if (change.kind === "flaky") return "passed on a retry";
  if (change.was === undefined) return "not in the baseline";
  return `was ${change.was}`;
}

/** "new failure (was passed)": a result's change in one phrase. */
export const changePhrase = (change: ResultChange) => `${changeLabel(change.kind)} (${changeDetail(change)})`;

/** The order reports list changes in: what needs a look first. */
export const CHANGE_ORDER: ChangeKind[] = ["new-failure", "flaky", "still-failing", "fixed", "new"];

/** Failures in the order that matters: new ones first, then flaky, still failing, and those with no change. */
export function inChangeOrder(failures: TestResult[]): TestResult[] {
  const rank = (t: TestResult) => (t.change ? CHANGE_ORDER.indexOf(t.change.kind) : CHANGE_ORDER.length);
  return failures.map((test, i) => ({ test, i })).sort((a, b) => rank(a.test) - rank(b.test) || a.i - b.i).map((e) => e.test);
}

/** "vs baseline 2026-12-03 a1b2c3d: 2 new failures, 1 fixed, 3 still failing, 1 flaky", or why there is none. */
export function baselineLine(comparison: Comparison, tests: TestResult[]): string {
  if (!comparison.baseline) return "no baseline to compare with";
  const counts = changeCounts(tests);
  const parts = CHANGE_ORDER.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${LABELS[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (comparison.gone.length) parts.push(`${comparison.gone.length} gone`);
  return `vs baseline ${runLabel(comparison.baseline.run)}: ${parts.length ? parts.join(", ") : "nothing changed"}`;
}
