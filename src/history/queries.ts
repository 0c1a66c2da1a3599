// Questions other commands ask of a history directory — `provium bisect`
// (issue 20) needs the good end of a bisection: the newest run in which
// these tests passed, and the commit of each run. Both read the history
// the way a run does (damaged records skipped with a warning, a sharded
// run's parts as one run) and look only at runs of one environment when
// given one: a pass on another kernel release or profile proves nothing.
import type { RunInfo } from "../engine/results.ts";
import { sameEnvironment, type Environment } from "./environment.ts";
import { CODE, failingCode, resultKey, splitKey } from "./keys.ts";
import { keyIndex } from "./record.ts";
import type { HistoryRun } from "./runs.ts";
import { loadHistory } from "./store.ts";

/** A run as a bisection sees it. */
export interface RunCommit {
  id: string;
  /** When it started (ISO 8601, UTC). */
  time: string;
  /** The suite's commit it ran: GITHUB_SHA or `git rev-parse HEAD` (absent when it was not in a repository). */
  commit?: string;
  /** The kernel it tested: its release (a tree built with CONFIG_LOCALVERSION_AUTO has its commit in it) and version string. */
  kernel: RunInfo["kernel"];
}

/** A result by its file, test name and sub-result path (none for the test itself). */
export interface ResultName {
  file: string;
  test: string;
  path?: string[];
}

export type { Environment };

/** Every run the directory holds (however many --history-keep kept), of this environment if one is given. */
function runsOf(dir: string, environment: Environment | undefined, warn: (message: string) => void): HistoryRun[] {
  const runs = loadHistory(dir, { warn });
  return environment ? runs.filter((run) => sameEnvironment(run.info, environment)) : runs;
}

const commitOf = (run: HistoryRun): RunCommit => ({ id: run.info.id, time: run.info.time, ...(run.info.commit ? { commit: run.info.commit } : {}), kernel: run.info.kernel });

/**
 * The history's runs, oldest first, each with its commit; only those of
 * this environment (profile, kernel release less its commit, architecture)
 * when one is given. Damaged records are skipped (warn says which); a
 * directory that does not exist has no runs.
 */
export function runCommits(dir: string, environment?: Environment, warn: (message: string) => void = () => {}): RunCommit[] {
  return runsOf(dir, environment, warn).map(commitOf);
}

/**
 * The newest run (of this environment, when one is given) in which every
 * one of these results passed (a pass on a retry counts), or undefined when
 * no run did. A run without one of them (not run, filtered out, skipped)
 * does not count. A test with sub-results passes only when they all did,
 * so naming the test is enough.
 */
export function newestPassingRun(dir: string, environment: Environment | undefined, results: ResultName[], warn: (message: string) => void = () => {}): RunCommit | undefined {
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

/**
 * The newest run (of this environment, when one is given) in which the
 * results a selection picks all passed: at least one of them ran, and none
 * failed or errored (as a roll-up of its sub-results either); a skip or a
 * known failure (xfail) is no failure here. For `provium bisect --good
 * last-pass`, whose tests are a selection (paths, --filter, --tag) rather
 * than names. `select` sees each result as the records name it: `file` is
 * the test file as reports show it (relative to the directory provium ran
 * in), `test` the test's name and `path` the sub-result's names below it.
 */
export function newestPassingSelection(dir: string, environment: Environment | undefined, select: (result: Required<ResultName>) => boolean, warn: (message: string) => void = () => {}): RunCommit | undefined {
  const runs = runsOf(dir, environment, warn);
  const picked = new Map<string, boolean>(); // runs mostly share their keys: each decided once
  const isPicked = (key: string) => {
    let yes = picked.get(key);
    if (yes === undefined) picked.set(key, (yes = select(splitKey(key))));
    return yes;
  };
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    let ran = false;
    let failed = false;
    run.keys.keys.forEach((key, at) => {
      if (failed || !isPicked(key)) return;
      const code = run.statuses[at]!;
      if (code === CODE.xfail) return;
      if (failingCode(code)) failed = true;
      else if (code === CODE.passed || code === CODE.passedOnRetry) ran = true;
    });
    if (ran && !failed) return commitOf(run);
  }
  return undefined;
}
