// `provium merge-history`: a sharded run's shards each add a record of
// their own; this puts them together into one run record (-o FILE), or
// gathers whole history directories — each shard's copy — into one
// (--history DIR): whole records copied, each run's shard records merged
// into one, the newest N runs kept.
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";
import { encodeRecord, type RunRecord } from "./record.ts";
import { groupRuns } from "./runs.ts";
import { pruneHistory, readRecordFile, recordFiles, writeRecord, writeWhole } from "./store.ts";

export interface MergeOptions {
  /** Record files, or history directories. */
  inputs: string[];
  /** Write the one merged run record here. */
  output?: string;
  /** Or gather everything into this history directory. */
  history?: string;
  keep: number;
  warn: (message: string) => void;
}

/** What was written: paths, and how many runs were merged from shards. */
export function mergeHistory(options: MergeOptions): { written: string[]; merged: number } {
  const files = options.inputs.flatMap((input) => {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new ProviumError(`merge-history: ${input} does not exist`);
    return stat.isDirectory() ? recordFiles(input) : [input];
  });
  const records = files.flatMap((file) => {
    const record = readRecordFile(file, { warn: options.warn });
    return record ? [{ record, source: file }] : [];
  });
  const parts = records.filter((r) => r.record.info.shard);
  const runs = groupRuns(parts);
  for (const run of runs)
    if (run.info.missingShards) options.warn(`merge-history: run ${run.info.id} lacks the records of shard(s) ${run.info.missingShards.join(", ")}: merged without them (it is not used as a baseline)`);
  if (options.output !== undefined) return { written: [writeOne(options.output, runs, files)], merged: runs.length };
  const dir = options.history!;
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const { source } of records.filter((r) => !r.record.info.shard)) {
    const target = path.join(dir, path.basename(source));
    if (existsSync(target) || path.resolve(source) === path.resolve(target)) continue;
    writeWhole(target, readFileSync(source)); // whole already: copied under its own name
    written.push(target);
  }
  for (const run of runs) written.push(writeRecord(dir, run));
  pruneHistory(dir, options.keep);
  return { written, merged: runs.length };
}

function writeOne(output: string, runs: RunRecord[], files: string[]): string {
  if (runs.length !== 1)
    throw new ProviumError(
      runs.length === 0
        ? `merge-history: no shard records in ${files.length ? files.join(", ") : "the inputs"} (a shard's record is written by provium run --shard i/n --history DIR)`
        : `merge-history: the inputs hold shard records of ${runs.length} runs (${runs.map((r) => r.info.id).join(", ")}): give one run's records with -o, or gather them all with --history DIR`,
    );
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  writeWhole(path.resolve(output), encodeRecord(runs[0]!));
  return output;
}
