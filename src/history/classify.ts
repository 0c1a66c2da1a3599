// A run against its baseline and history: every result (test and
// sub-result, keyed by file and full test path) gets its change, results the
// baseline had and this run lacks are listed as gone, and the history's runs
// give the flaky ones, "failing since", the trend and the tests that slowed.
import { isFailing, isFlaky, subtestName, type ChangeKind, type Comparison, type GoneResult, type ResultChange, type RunInfo, type RunResult, type RunTotals, type TestResult } from "../engine/results.ts";
import type { Prepared } from "./baseline.ts";
import { changeCode, changeOfCode, failingCode, isRollUp, keyOf, keyFile, outcomeOfCode, splitKey, statusCode, statusOfCode, CODE } from "./keys.ts";
import { keyIndex, type KeySet } from "./record.ts";
import type { HistoryRun } from "./runs.ts";

/** What this run covers, so that what it did not run is not called gone. */
export interface CompareScope {
  /** The test files this run selected (display paths): with a shard, its files only. */
  files: Set<string>;
  /** Every test file of the suite: results of files no longer in it are gone, in the one shard that owns them (the first). */
  suiteFiles: Set<string>;
  ownsMissingFiles: boolean;
  /** Tests were selected by --filter or --tag: no result is gone. */
  selected: boolean;
}

/** Flipped between passing and failing at least this often in the history's earlier runs: flaky. */
export const FLAKY_FLIPS = 2;
/** A test is listed as slower when it grew by at least this much over its median... */
const SLOWER_MIN_MS = 100;
const SLOWER_MIN_RATIO = 1.2;
/** ...measured over at least this many earlier runs. */
const SLOWER_MIN_RUNS = 3;
const SLOWER_LISTED = 5;

/** Each distinct key set's position of every current key (-1: absent), computed once: runs of one suite share them. */
class Positions {
  private readonly cache = new Map<KeySet, Int32Array>();
  constructor(private readonly keys: string[]) {}

  of(run: HistoryRun): Int32Array {
    let positions = this.cache.get(run.keys);
    if (!positions) {
      const index = keyIndex(run.keys);
      positions = Int32Array.from(this.keys, (key) => index.get(key) ?? -1);
      this.cache.set(run.keys, positions);
    }
    return positions;
  }
}

export function compareRun(run: RunResult, prepared: Prepared, scope: CompareScope): Comparison {
  const tests = run.files.flatMap((file) => file.tests);
  const keys = tests.map(keyOf);
  const positions = new Positions(keys);
  const { baseline, window } = prepared;
  const atBaseline = baseline && positions.of(baseline);
  const windowPositions = window.map((r) => positions.of(r));
  tests.forEach((test, i) => {
    const was = atBaseline && atBaseline[i]! >= 0 ? baseline.statuses[atBaseline[i]!] : undefined;
    const change = changeOf(test, was, baseline !== undefined, () => history(window, windowPositions, i, statusCode(test)));
    if (change) test.change = change;
  });
  const notes = [...prepared.notes];
  if (scope.selected && baseline) notes.push("tests were selected (--filter, --tag): results not run are not listed as gone");
  return {
    baseline: baseline && { source: prepared.source ?? baseline.sources.join(", "), run: baseline.info },
    notes,
    gone: baseline && !scope.selected ? goneResults(baseline, new Set(keys), scope, new Set(run.notRun)) : [],
    trend: trend(window, tests, run.info, scope),
    slower: slower(tests, window, windowPositions),
  };
}

interface History {
  flips: number;
  failedRuns: number;
  runs: number;
  since?: ResultChange["since"];
}

/** The result's outcomes over the window (oldest first), then now: how often it flipped and failed, and since when it fails. */
function history(window: HistoryRun[], windowPositions: Int32Array[], i: number, now: number): History {
  // Flips are counted over the earlier runs only: a break and its fix (pass, fail, pass now) is two flips, not a flake.
  let flips = 0;
  let failedRuns = 0;
  let runs = 0;
  let last: "pass" | "fail" | undefined;
  const count = (code: number, flip: boolean) => {
    const outcome = outcomeOfCode(code);
    if (!outcome) return;
    runs++;
    if (outcome === "fail") failedRuns++;
    if (flip && last && outcome !== last) flips++;
    last = outcome;
  };
  window.forEach((run, r) => {
    const at = windowPositions[r]![i]!;
    if (at >= 0) count(run.statuses[at]!, true);
  });
  count(now, false);
  // Failing since: back from the newest run through failures (and runs where it did not run) to the first pass.
  let since: HistoryRun | undefined;
  let r = window.length - 1;
  for (; r >= 0; r--) {
    const at = windowPositions[r]![i]!;
    const code = at >= 0 ? window[r]!.statuses[at]! : undefined;
    if (code !== undefined && outcomeOfCode(code) === "pass") break;
    if (code !== undefined && failingCode(code)) since = window[r];
  }
  const beforeWindow = r < 0 && since === window[0];
  return { flips, failedRuns, runs, since: since && { time: since.info.time, commit: since.info.commit, ...(beforeWindow ? { beforeWindow } : {}) } };
}

function changeOf(test: TestResult, was: number | undefined, compared: boolean, historyOf: () => History): ResultChange | undefined {
  const wasStatus = was === undefined ? {} : { was: statusOfCode(was) };
  // A roll-up's change is its sub-results'; as a result it is only ever new.
  if (isRollUp(test)) return compared && was === undefined ? { kind: "new" } : undefined;
  if (isFlaky(test)) return { kind: "flaky", ...wasStatus };
  const failing = isFailing(test);
  const passed = test.status === "passed";
  let kind: ChangeKind | undefined;
  if (!compared) kind = undefined;
  else if (was === undefined) kind = failing ? "new-failure" : "new";
  else if (failing) kind = failingCode(was) ? "still-failing" : "new-failure";
  else if (passed && (was === CODE.failed || was === CODE.error || was === CODE.xfail)) kind = "fixed";
  // A result that flips is flaky: when it fails now, or would otherwise be called fixed.
  const h = failing || kind === "fixed" ? historyOf() : undefined;
  if (h && h.flips >= FLAKY_FLIPS) return { kind: "flaky", ...wasStatus, failedRuns: h.failedRuns, runs: h.runs };
  if (!kind) return undefined;
  if (kind === "still-failing" && h?.since) return { kind, ...wasStatus, since: h.since };
  return { kind, ...wasStatus };
}

function goneResults(baseline: HistoryRun, present: Set<string>, scope: CompareScope, notRun: Set<string>): GoneResult[] {
  const gone: GoneResult[] = [];
  baseline.keys.keys.forEach((key, i) => {
    if (present.has(key)) return;
    const file = keyFile(key);
    const covered = scope.files.has(file) ? !notRun.has(file) : scope.ownsMissingFiles && !scope.suiteFiles.has(file);
    if (!covered) return;
    const { test, path } = splitKey(key);
    gone.push({ file, name: path.length ? subtestName(test, path) : test, ...(path.length ? { subtest: { test, path } } : {}), status: statusOfCode(baseline.statuses[i]!) });
  });
  return gone;
}

/** Totals as the chart shows them: failed counts roll-ups and errors (as the console's counts do); flaky, what was judged flaky. */
function totalsOf(codes: ArrayLike<number>, changes: ArrayLike<number>, include?: Uint8Array): Omit<RunTotals, "time" | "commit"> {
  const t = { passed: 0, failed: 0, flaky: 0 };
  for (let i = 0; i < codes.length; i++) {
    if (include && !include[i]) continue;
    const code = codes[i]!;
    if (code === CODE.passed || code === CODE.passedOnRetry) t.passed++;
    else if (code === CODE.failed || code === CODE.error || code === CODE.rollUp) t.failed++;
    if (code === CODE.passedOnRetry || changeOfCode(changes[i]!) === "flaky") t.flaky++;
  }
  return t;
}

/** The window's runs and this one; a shard's chart counts its own files in every run. */
function trend(window: HistoryRun[], tests: TestResult[], info: RunInfo | undefined, scope: CompareScope): RunTotals[] {
  const masks = new Map<KeySet, Uint8Array>();
  const maskOf = (set: KeySet) => {
    if (scope.files.size === scope.suiteFiles.size) return undefined;
    let mask = masks.get(set);
    if (!mask) masks.set(set, (mask = Uint8Array.from(set.keys, (key) => (scope.files.has(keyFile(key)) ? 1 : 0))));
    return mask;
  };
  const earlier = window.map((run) => ({ time: run.info.time, commit: run.info.commit, ...totalsOf(run.statuses, run.changes, maskOf(run.keys)) }));
  const now = totalsOf(tests.map(statusCode), tests.map((t) => changeCode(t.change?.kind)));
  return [...earlier, { time: info?.time ?? new Date().toISOString(), commit: info?.commit, ...now }];
}

function slower(tests: TestResult[], window: HistoryRun[], windowPositions: Int32Array[]): Comparison["slower"] {
  if (window.length < SLOWER_MIN_RUNS) return [];
  const grown: Comparison["slower"] = [];
  tests.forEach((test, i) => {
    if (test.subtest || !(test.status === "passed" || isFailing(test))) return;
    const earlier: number[] = [];
    window.forEach((run, r) => {
      const at = windowPositions[r]![i]!;
      if (at >= 0 && outcomeOfCode(run.statuses[at]!)) earlier.push(run.durations[at]!);
    });
    if (earlier.length < SLOWER_MIN_RUNS) return;
    const medianMs = median(earlier);
    if (test.durationMs - medianMs >= SLOWER_MIN_MS && test.durationMs >= medianMs * SLOWER_MIN_RATIO)
      grown.push({ file: test.file, name: test.name, line: test.line, medianMs, nowMs: test.durationMs });
  });
  return grown.sort((a, b) => b.nowMs - b.medianMs - (a.nowMs - a.medianMs)).slice(0, SLOWER_LISTED);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
