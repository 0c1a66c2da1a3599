// Hand-built results and history for the history tests: runs of named
// results with given statuses, written as records the way provium run does.
import type { FileResult, RunInfo, RunResult, TestResult, TestStatus } from "../../src/engine/results.ts";
import { recordOf } from "../../src/history/record.ts";
import { appendRecord } from "../../src/history/store.ts";

export const ENV = { profile: "minimal", kernel: { release: "6.1.0-18-cloud-amd64", version: "6.1.0-18-cloud-amd64 (debian-kernel@lists.debian.org) #1 SMP" }, arch: "x86_64" };

let sequence = 0;
/** A run's info, a day apart per call unless the time is given. */
export function info(fields: Partial<RunInfo> = {}): RunInfo {
  sequence++;
  const time = new Date(Date.UTC(2026, 10, 1 + sequence)).toISOString();
  return { id: `run-${sequence}`, time, commit: `${String(sequence).padStart(4, "0")}abcdef0123456789`, ...ENV, ...fields };
}

/** "file.test.lua › test" or "file.test.lua › test › sub" (› separates the path). */
export function result(name: string, status: TestStatus, fields: Partial<TestResult> = {}): TestResult {
  const [file, test, ...path] = name.split(" › ");
  const failing = status === "failed" || status === "error";
  const base: TestResult = {
    file: file!, name: path.length ? [test, ...path].join(" › ") : test!, line: 3, status, durationMs: 100, tags: [], logs: [], warnings: [],
    ...(path.length ? { subtest: { test: test!, path } } : {}),
    ...(failing ? { failure: { kind: status === "error" ? "error" : "failure", message: `${name} broke`, traceback: "", consoles: [] } } : {}),
  };
  return { ...base, ...fields };
}

export function runOf(tests: TestResult[], runInfo?: RunInfo): RunResult {
  const byFile = new Map<string, TestResult[]>();
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  const files: FileResult[] = [...byFile].map(([file, fileTests]) => ({ file, arch: "x86_64", durationMs: 1000, tests: fileTests }));
  return { files, durationMs: 1000, notRun: [], bootFailures: [], info: runInfo, arches: ["x86_64"], showArch: false };
}

/** Statuses by name, as a run in a history directory. */
export function recordRun(dir: string, statuses: Record<string, TestStatus>, runInfo = info(), keep = 50): string {
  const tests = Object.entries(statuses).map(([name, status]) => result(name, status));
  return appendRecord(dir, recordOf(tests, runInfo), keep);
}
