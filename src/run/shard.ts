// --shard i/n: split the files between n machines (GitHub Actions matrix
// jobs) so that together they run every file exactly once. Deterministic:
// every shard computes the same split from the same file list and times.
import { mustBe } from "../util/checks.ts";
import { ProviumError } from "../util/errors.ts";
import type { Durations } from "./durations.ts";

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new ProviumError(mustBe("shard", "i/n with 1 ≤ i ≤ n (for example 1/4 … 4/4)", text));
  return { index, count };
}

/**
 * With every file's time known: longest first, each to the least loaded
 * shard (ties to the lower shard). Otherwise: round-robin over the sorted
 * list, which balances by count.
 */
export function shardFiles(files: string[], shard: Shard, durations: Durations): string[] {
  const sorted = [...files].sort();
  if (sorted.length && sorted.every((file) => durations.has(file))) {
    const load = new Array<number>(shard.count).fill(0);
    const mine: string[] = [];
    const byTime = [...sorted].sort((a, b) => durations.get(b)! - durations.get(a)! || (a < b ? -1 : 1));
    for (const file of byTime) {
      const target = load.indexOf(Math.min(...load));
      load[target]! += durations.get(file)!;
      if (target === shard.index - 1) mine.push(file);
    }
    return sorted.filter((file) => mine.includes(file));
  }
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
