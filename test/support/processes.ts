import { readdirSync, readFileSync } from "node:fs";

/** PIDs of live processes whose command line mentions text (e.g. a run directory). */
export function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const state = /State:\s+(\S)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1];
      if (state === "Z") continue;
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(text)) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
