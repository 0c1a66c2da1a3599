// Whole tests as a run reports them (JUnit times), at the default -j: eight
// files whose test resumes a fixture, runs one command and ends, against eight
// whose test boots the same guest cold and does the same; and the eight cold
// files at -j 1 against the default. The suites are written into a temporary
// directory: one template, eight copies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { discoverTestFiles } from "../src/run/discover.ts";
import { runSuite } from "../src/run/run.ts";
import type { RunResult } from "../src/engine/results.ts";
import { median, ms, row } from "./stats.ts";

const FILES = 8;

const FIXTURE = `local vm = provium.create("minimal")
vm:boot()
vm:write_file("/root/marker", "prepared")
`;
const FIXTURE_TEST = `test("resume, one exec, end", function(t)
  local vm = provium.fixture("prepared")
  t:assert_eq(vm:exec("cat /root/marker").stdout, "prepared")
end)
`;
const COLD_TEST = `test("boot, one exec, end", function(t)
  local vm = provium.create("minimal")
  vm:boot()
  vm:write_file("/root/marker", "prepared")
  t:assert_eq(vm:exec("cat /root/marker").stdout, "prepared")
  vm:shutdown()
end)
`;

function writeSuite(root: string, name: string, test: string, fixture?: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, "fixtures"), { recursive: true });
  if (fixture) writeFileSync(path.join(dir, "fixtures", "prepared.lua"), fixture);
  for (let i = 1; i <= FILES; i++) writeFileSync(path.join(dir, `t${i}.test.lua`), test);
  return dir;
}

async function run(dir: string, jobs: number): Promise<{ wallMs: number; result: RunResult }> {
  const start = performance.now();
  const result = await runSuite({ files: discoverTestFiles([dir], dir), suiteRoot: dir, config: { profiles: {} }, timeoutMs: 120_000, jobs });
  const failed = result.files.flatMap((f) => f.tests).filter((t) => t.status !== "passed");
  if (failed.length) throw new Error(`bench suite ${dir}: ${failed.map((t) => t.failure?.message).join("; ")}`);
  return { wallMs: performance.now() - start, result };
}

const testTimes = (result: RunResult) => result.files.flatMap((f) => f.tests.map((t) => t.durationMs));

export async function benchTestTimes(): Promise<void> {
  const jobs = availableParallelism();
  const root = mkdtempSync(path.join(tmpdir(), "provium-bench-"));
  try {
    const fixtureSuite = writeSuite(root, "fixture", FIXTURE_TEST, FIXTURE);
    const coldSuite = writeSuite(root, "cold", COLD_TEST);
    console.log(`tests as a run times them (${FILES} files each, -j ${jobs} unless said)`);
    // Side by side, twice each, alternating.
    const fixture: number[] = [];
    const cold: number[] = [];
    const serialWall: number[] = [];
    const parallelWall: number[] = [];
    for (let i = 0; i < 2; i++) {
      fixture.push(...testTimes((await run(fixtureSuite, jobs)).result));
      const parallel = await run(coldSuite, jobs);
      cold.push(...testTimes(parallel.result));
      parallelWall.push(parallel.wallMs);
      serialWall.push((await run(coldSuite, 1)).wallMs);
    }
    row("fixture test: resume, one exec, end (median)", ms(median(fixture)));
    row("the same test booting cold (median)", ms(median(cold)));
    row("fixture test speed-up (JUnit times)", `${(median(cold) / median(fixture)).toFixed(1)}×`);
    row(`${FILES} cold files at -j 1 (median of 2)`, ms(median(serialWall)));
    row(`${FILES} cold files at -j ${jobs} (median of 2)`, ms(median(parallelWall)));
    row(`-j ${jobs} speed-up`, `${(median(serialWall) / median(parallelWall)).toFixed(2)}×`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
