// provium kselftest on the example tree (examples/kselftest/build.sh's eleven
// static programs in six collections, built from the distribution's kernel
// source): the whole command, as a user runs it, at -j 1 and -j 2, rounds
// alternating so that the host's load falls on both alike.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import type { JsonReport } from "../src/report/json.ts";
import { buildKselftests } from "../test/support/kselftests.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 3;
const JOBS = [1, 2];

export async function benchKselftest(): Promise<void> {
  console.log("provium kselftest (the example tree)");
  let tree: string;
  try {
    tree = await buildKselftests();
  } catch (error) {
    return row("provium kselftest", `the example tree could not be built: ${(error as Error).message.split("\n")[0]}`);
  }
  const out = mkdtempSync(path.join(tmpdir(), "provium-bench-kselftest-"));
  const times = new Map<number, number[]>(JOBS.map((j) => [j, []]));
  let programs = 0;
  let collections = 0;
  try {
    for (let round = 0; round < SAMPLES; round++) {
      for (const jobs of round % 2 ? [...JOBS].reverse() : JOBS) {
        const json = path.join(out, `${jobs}-${round}.json`);
        const args = ["--import", "tsx", "src/cli/main.ts", "kselftest", tree, "-j", String(jobs), "-q", "--json", json];
        // One second per clock for inconsistency-check, as examples/kselftest does (its default is 30 s each).
        const env = { KSELFTEST_INCONSISTENCY_CHECK_ARGS: "-t 1" };
        times.get(jobs)!.push(await timeMs(() => execa("node", args, { env, reject: false })));
        const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
        collections = report.files.length;
        programs = report.files.flatMap((f) => f.tests).filter((t) => t.subtest?.path.length === 1).length;
      }
    }
    const one = median(times.get(1)!);
    row(`${programs} programs, ${collections} collections, -j 1 (median of ${SAMPLES})`, ms(one));
    const two = median(times.get(2)!);
    row(`the same, -j 2 (median of ${SAMPLES})`, `${ms(two)} (${(one / two).toFixed(2)}× faster)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
