// What a run is compared with: --baseline FILE (an earlier run's JSON
// results or a history record), --baseline DIR (a history directory: its
// newest earlier run), or with --history DIR alone that history's newest
// earlier run. Only runs of this run's environment count; the history's
// runs of it are also the window flakes and "failing since" are read from.
import { readFileSync, statSync } from "node:fs";
import type { RunInfo, TestResult, TestStatus } from "../engine/results.ts";
import { ProviumError } from "../util/errors.ts";
import { runLabel } from "../report/change-text.ts";
import { describeEnvironment, sameEnvironment } from "./environment.ts";
import { decodeRecord, RecordError, recordOf } from "./record.ts";
import type { HistoryRun } from "./runs.ts";
import { loadHistory } from "./store.ts";

/** The JSON results format versions this Provium reads (src/report/json.ts). */
export const READABLE_RESULTS_VERSIONS = [1];
const STATUSES: TestStatus[] = ["passed", "failed", "error", "skipped", "todo", "xfail"];
const WHAT_TO_GIVE = "give the results.json of an earlier `provium run --json`, a history record, or a history directory (--history)";

export interface Prepared {
  /** The run compared with; absent when there is none of this environment. */
  baseline?: HistoryRun;
  /** Where it came from, as the user named it. */
  source?: string;
  /** Earlier runs of this environment, oldest first: flakes, "failing since", the chart. */
  window: HistoryRun[];
  /** Said in every report: why nothing, or not everything, was compared. */
  notes: string[];
}

export interface BaselineOptions {
  /** --baseline FILE|DIR */
  baseline?: string;
  /** --history DIR */
  history?: string;
  /** How many runs a history keeps (and is read). */
  keep: number;
  /** This run: its environment, and its id (its other shards are not earlier runs). */
  info: RunInfo;
  warn: (message: string) => void;
}

export function prepareBaseline(options: BaselineOptions): Prepared {
  const { info } = options;
  const given = options.baseline;
  const isDir = given !== undefined && statSync(given, { throwIfNoEntry: false })?.isDirectory();
  if (given !== undefined && !isDir && !statSync(given, { throwIfNoEntry: false })) throw new ProviumError(`baseline ${given} does not exist: ${WHAT_TO_GIVE}`);
  const historyDir = isDir ? given : options.history;
  const all = historyDir ? loadHistory(historyDir, { limit: options.keep, warn: options.warn }) : [];
  const earlier = all.filter((run) => !(run.info.id === info.id && sameEnvironment(run.info, info)));
  const window = earlier.filter((run) => sameEnvironment(run.info, info));
  const notes: string[] = [];
  if (given !== undefined && !isDir) return { ...fileBaseline(given, info, notes), window, notes };
  if (!historyDir) return { window, notes };
  const baseline = [...window].reverse().find((run) => !run.info.missingShards && !run.info.selected);
  const newest = window.at(-1);
  if (newest && newest !== baseline)
    notes.push(`the newest earlier run (${runLabel(newest.info)}) ${newest.info.missingShards ? `lacks shard(s) ${newest.info.missingShards.join(", ")}` : "ran selected tests only"}: ${baseline ? `compared with ${runLabel(baseline.info)}` : "nothing compared"}`);
  else if (!newest && earlier.length)
    notes.push(`${historyDir} holds ${earlier.length} earlier run(s), none of this environment (${describeEnvironment(info)}; its newest: ${describeEnvironment(earlier.at(-1)!.info)}): nothing compared`);
  else if (!newest) notes.push(`${historyDir} holds no earlier run: nothing to compare with yet`);
  return { baseline, source: historyDir, window, notes };
}

/** --baseline FILE: checked against this run's environment. */
function fileBaseline(file: string, info: RunInfo, notes: string[]): Pick<Prepared, "baseline" | "source"> {
  const { run, knownEnvironment } = readBaselineFile(file);
  if (!knownEnvironment) notes.push(`baseline ${file} does not say its environment (written by an older Provium): compared as if it were this run's (${describeEnvironment(info)})`);
  else if (!sameEnvironment(run.info, info)) {
    notes.push(`baseline ${file} is of another environment (${describeEnvironment(run.info)}; this run: ${describeEnvironment(info)}): nothing compared`);
    return { source: file };
  }
  if (run.info.shard)
    notes.push(`baseline ${file} is shard ${run.info.shard.index}/${run.info.shard.count} of its run: results of the other shards count as new (merge the shards' history with provium merge-history, and give that)`);
  return { baseline: run, source: file };
}

/** A baseline file as a run: a history record, or JSON results. Throws a ProviumError naming the file and what is wrong. */
export function readBaselineFile(file: string): { run: HistoryRun; knownEnvironment: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ProviumError(`baseline ${file} cannot be read (${(error as Error).message})`);
  }
  if (bytes.subarray(0, 6).toString("latin1") === "PVHIST") {
    try {
      return { run: { ...decodeRecord(bytes), sources: [file] }, knownEnvironment: true };
    } catch (error) {
      if (error instanceof RecordError) throw new ProviumError(`baseline ${file} is a history record that cannot be read: ${error.message}`);
      throw error;
    }
  }
  return resultsBaseline(bytes.toString("utf8"), file);
}

interface JsonResults {
  version?: unknown;
  run?: RunInfo;
  files?: { tests?: unknown }[];
}

function resultsBaseline(text: string, file: string): { run: HistoryRun; knownEnvironment: boolean } {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch (error) {
    throw new ProviumError(`baseline ${file} is not Provium results: not JSON (${(error as Error).message}); ${WHAT_TO_GIVE}`);
  }
  if (typeof json !== "object" || json === null || typeof json.version !== "number" || !Array.isArray(json.files))
    throw new ProviumError(`baseline ${file} is not Provium results (no "version" and "files"); ${WHAT_TO_GIVE}`);
  if (!READABLE_RESULTS_VERSIONS.includes(json.version))
    throw new ProviumError(`baseline ${file} is Provium results of format version ${json.version}; this Provium reads version ${READABLE_RESULTS_VERSIONS.join(", ")}: compare with results this version wrote, or use a newer Provium`);
  const tests = json.files.flatMap((f, i) => {
    if (!Array.isArray(f?.tests)) throw new ProviumError(`baseline ${file} is not Provium results: files[${i}] has no "tests"; ${WHAT_TO_GIVE}`);
    return f.tests as TestResult[];
  });
  tests.forEach((t, i) => {
    if (typeof t?.file !== "string" || typeof t.name !== "string" || !STATUSES.includes(t.status))
      throw new ProviumError(`baseline ${file} is not Provium results: test ${i + 1} lacks a file, a name or a known status; ${WHAT_TO_GIVE}`);
  });
  const known = typeof json.run?.id === "string" && typeof json.run.time === "string";
  const mtime = statSync(file).mtime.toISOString();
  const info: RunInfo = known ? json.run! : { id: file, time: mtime, kernel: {}, profile: "?", arch: "?" };
  return { run: { ...recordOf(tests, info), sources: [file] }, knownEnvironment: known };
}
