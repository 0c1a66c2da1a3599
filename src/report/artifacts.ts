// The files a CI job uploads as an artifact: the JUnit and JSON reports, and
// the whole console log of every VM of every failed test (the run directory
// that held them is gone by now; the reports carry only their tails).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { isFailing, type RunResult, type TestResult } from "../engine/results.ts";

/** Short enough for any file system, even with several segments in a path. */
const MAX_SEGMENT = 80;

/** Writes what is given and the failed tests' console logs; returns the written paths, relative to dir. */
export async function writeArtifacts(dir: string, run: RunResult, files: { junit?: string; json?: string }): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const wanted: [string, string][] = [];
  if (files.junit !== undefined) wanted.push(["junit.xml", files.junit]);
  if (files.json !== undefined) wanted.push(["results.json", files.json]);
  wanted.push(...consoleLogs(run));
  const written: string[] = [];
  for (const [relative, content] of wanted) {
    const target = path.join(dir, ...relative.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    written.push(relative);
  }
  return written;
}

/** [path, log] for each console of each failed test: logs/<file>/<test>/<vm>.console.log, each path distinct. */
function consoleLogs(run: RunResult): [string, string][] {
  const fileDirs = new UniqueNames();
  const testDirs = new Map<string, UniqueNames>();
  const logs: [string, string][] = [];
  for (const file of run.files) {
    const failed = file.tests.filter((test) => isFailing(test) && test.failure?.consoles.length);
    if (failed.length === 0) continue;
    const fileDir = fileDirs.claim(file.file);
    const testNames = testDirs.get(fileDir) ?? new UniqueNames();
    testDirs.set(fileDir, testNames);
    for (const test of failed) logs.push(...testLogs(`logs/${fileDir}/${testNames.claim(test.name)}`, test));
  }
  return logs;
}

function testLogs(testDir: string, test: TestResult): [string, string][] {
  const vms = new UniqueNames();
  return test.failure!.consoles.map((c) => [`${testDir}/${vms.claim(c.vm, ".console.log")}`, c.full]);
}

/** Hands out sanitized path segments, none twice (ignoring case, for case-insensitive file systems). */
class UniqueNames {
  private readonly taken = new Set<string>();

  claim(name: string, suffix = ""): string {
    const base = sanitize(name, MAX_SEGMENT - suffix.length);
    let candidate = base;
    for (let n = 2; this.taken.has((candidate + suffix).toLowerCase()); n++) {
      const counter = `-${n}`;
      candidate = base.slice(0, MAX_SEGMENT - suffix.length - counter.length) + counter;
    }
    this.taken.add((candidate + suffix).toLowerCase());
    return candidate + suffix;
  }
}

/** One safe path segment: [A-Za-z0-9._-] only, never empty, "." or "..", at most max characters. */
function sanitize(name: string, max: number): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, max);
  return safe === "" || /^\.+$/.test(safe) ? "_" : safe;
}
