// What comparing with a history costs (issue 19): classifying 100,000
// results against a 100,000-result baseline (target < 1 s), and a history of
// 50 such runs: its size on disk (< 50 MB) and the time to load it (< 2 s),
// then to classify against all of it (flakes, "failing since", the trend).
// Each figure is a median of wall time and, beside it, of the process's CPU
// time: on a machine shared with guests under TCG the wall time is mostly
// waiting for a core, and the CPU time is what the work itself costs (what
// an idle machine would show); the targets are checked against it.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { tmpdir } from "node:os";
import type { RunInfo, RunResult, TestResult, TestStatus } from "../src/engine/results.ts";
import { prepareBaseline } from "../src/history/baseline.ts";
import { compareRun, type CompareScope } from "../src/history/classify.ts";
import { recordOf } from "../src/history/record.ts";
import { appendRecord, loadHistory } from "../src/history/store.ts";
import { median, ms, row } from "./stats.ts";

const RESULTS = 100_000;
const RUNS = 50;
const ROUNDS = 5;
const TARGET_CLASSIFY_MS = 1000;
const TARGET_LOAD_MS = 2000;
const TARGET_DISK_BYTES = 50 * 1024 * 1024;
const COLLECTIONS = ["net", "bpf", "mm", "timers", "seccomp", "cgroup", "ftrace", "kvm", "sched", "futex"];

/** A kselftest-shaped run: 20 files × 5 tests × 1,000 sub-results; a few fail, some flip from run to run. */
function results(run: number): TestResult[] {
  const tests: TestResult[] = [];
  for (let i = 0; tests.length < RESULTS; i++) {
    const collection = COLLECTIONS[i % COLLECTIONS.length]!;
    const file = `tests/kselftest/${collection}-${Math.floor(i / 5000)}.test.lua`;
    const test = `${collection} ${Math.floor(i / 1000) % 5}`;
    const flips = i % 997 === 0 && (run + i) % 3 === 0;
    const status: TestStatus = i % 499 === 0 || flips ? "failed" : i % 37 === 0 ? "skipped" : "passed";
    const base = { file, line: 10, status, durationMs: 20 + ((i * 7919 + run * 31) % 3000), tags: [], logs: [], warnings: [] };
    if (i % 1000 === 0) tests.push({ ...base, name: test, status: "passed" });
    else tests.push({ ...base, name: `${test} › ${collection}_case_${i % 1000}.sh › run ${i}`, subtest: { test, path: [`${collection}_case_${i % 1000}.sh`, `run ${i}`] } });
  }
  return tests;
}

const ENVIRONMENT = { profile: "minimal", kernel: { release: "6.1.0-18-cloud-amd64" }, arch: "x86_64" };
const info = (run: number): RunInfo => ({ id: `bench-${run}`, time: new Date(Date.UTC(2026, 0, 1 + run)).toISOString(), commit: `${run}`.padStart(40, "0"), ...ENVIRONMENT });

function runResult(run: number): RunResult {
  const byFile = new Map<string, TestResult[]>();
  for (const test of results(run)) {
    const tests = byFile.get(test.file);
    if (tests) tests.push(test);
    else byFile.set(test.file, [test]);
  }
  return { files: [...byFile].map(([file, tests]) => ({ file, arch: "x86_64", durationMs: 0, tests })), durationMs: 0, notRun: [], bootFailures: [], info: info(run), arches: ["x86_64"], showArch: false };
}

const scopeOf = (run: RunResult): CompareScope => {
  const files = new Set(run.files.map((f) => f.file));
  return { files, suiteFiles: files, ownsMissingFiles: true, selected: false };
};

interface Cost {
  wallMs: number;
  cpuMs: number;
}

/** The median wall and CPU time of `rounds` calls of fn; prepare (untimed) runs before each. */
function costOf<T>(rounds: number, prepare: () => T, fn: (input: T) => unknown): Cost {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const input = prepare();
    const cpu = process.cpuUsage();
    const started = performance.now();
    fn(input);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

const shown = (cost: Cost, target?: number) => `${ms(cost.cpuMs)} CPU, ${ms(cost.wallMs)} wall${target ? ` (target < ${target} ms)` : ""}`;

export function benchHistory(): void {
  console.log("History: baselines and flakes");
  const dir = mkdtempSync(path.join(tmpdir(), "provium-bench-history-"));
  try {
    for (let run = 0; run < RUNS; run++) appendRecord(dir, recordOf(runResult(run).files.flatMap((f) => f.tests), info(run)), RUNS);
    const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
    const now = info(RUNS);
    const warn = (m: string) => console.log(`  ${m}`);
    let prepared = prepareBaseline({ history: dir, keep: RUNS, info: now, warn });
    const load = costOf(3, () => undefined, () => (prepared = prepareBaseline({ history: dir, keep: RUNS, info: now, warn })));
    const alone = { ...prepared, window: [] };
    const classify = costOf(ROUNDS, () => runResult(RUNS), (current) => compareRun(current, alone, scopeOf(current)));
    const withWindow = costOf(ROUNDS, () => runResult(RUNS), (current) => compareRun(current, prepared, scopeOf(current)));
    row(`classify ${RESULTS.toLocaleString("en")} vs a ${RESULTS.toLocaleString("en")}-result baseline`, shown(classify, TARGET_CLASSIFY_MS));
    row(`history of ${RUNS} runs on disk`, `${(bytes / 2 ** 20).toFixed(1)} MiB (target < 50 MB)`);
    row(`  loaded (median of 3)`, shown(load, TARGET_LOAD_MS));
    row(`  classify against all ${RUNS} (flakes, since, trend)`, shown(withWindow));
    row(`  load average while measured`, loadavg()[0]!.toFixed(1));
    const missed = [classify.cpuMs >= TARGET_CLASSIFY_MS && "classify", load.cpuMs >= TARGET_LOAD_MS && "load", bytes >= TARGET_DISK_BYTES && "size"].filter(Boolean);
    if (missed.length) {
      console.log(`  over target: ${missed.join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
