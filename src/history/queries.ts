// Questions other commands ask of a history directory — `provium bisect`
// (issue 20) needs the good end of a bisection: the newest run in which
// these tests passed, and the commit of each run.
import type { RunInfo } from "../engine/results.ts";
import { sameEnvironment } from "./environment.ts";
import { CODE, resultKey } from "./keys.ts";
import { keyIndex } from "./record.ts";
import type { HistoryRun } from "./runs.ts";
import { DEFAULT_HISTORY_KEEP, loadHistory } from "./store.ts";

/** A run as a bisection sees it. */
export interface RunCommit {
  id: string;
  /** When it started (ISO 8601, UTC). */
  time: string;
  /** The suite's commit it ran (absent when it was not in a repository). */
  commit?: string;
}

/** A result by its file, test name and sub-result path (none for the test itself). */
export interface ResultName {
  file: string;
  test: string;
  path?: string[];
}

type Environment = Pick<RunInfo, "profile" | "kernel" | "arch">;

function runsOf(dir: string, environment: Environment, warn: (message: string) => void): HistoryRun[] {
  return loadHistory(dir, { limit: DEFAULT_HISTORY_KEEP * 100, warn }).filter((run) => sameEnvironment(run.info, environment));
}

const commitOf = (run: HistoryRun): RunCommit => ({ id: run.info.id, time: run.info.time, ...(run.info.commit ? { commit: run.info.commit } : {}) });

/** The history's runs of this environment, oldest first, each with its commit. Damaged records are skipped (warn says which). */
export function runCommits(dir: string, environment: Environment, warn: (message: string) => void = () => {}): RunCommit[] {
  return runsOf(dir, environment, warn).map(commitOf);
}

/**
 * The newest run of this environment in which every one of these results
 * passed (a pass on a retry counts), or undefined when no run did. A run
 * without one of them (not run, filtered out) does not count.
 */
export function newestPassingRun(dir: string, environment: Environment, results: ResultName[], warn: (message: string) => void = () => {}): RunCommit | undefined {
  const keys = results.map((r) => resultKey(r.file, r.test, r.path ?? []));
  const runs = runsOf(dir, environment, warn);
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    const index = keyIndex(run.keys);
    const passed = keys.every((key) => {
      const at = index.get(key);
      const code = at === undefined ? undefined : run.statuses[at];
      return code === CODE.passed || code === CODE.passedOnRetry;
    });
    if (passed) return commitOf(run);
  }
  return undefined;
}
