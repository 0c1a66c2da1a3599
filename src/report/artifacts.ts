// The files a CI job uploads as an artifact besides what the run itself
// left in the results directory (failed tests' console logs, kept VMs; see
// src/engine/results-dir.ts): the JUnit and JSON reports.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes what is given; returns the written paths, relative to dir. */
export async function writeArtifacts(dir: string, files: { junit?: string; json?: string }): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const wanted: [string, string][] = [];
  if (files.junit !== undefined) wanted.push(["junit.xml", files.junit]);
  if (files.json !== undefined) wanted.push(["results.json", files.json]);
  for (const [relative, content] of wanted) await writeFile(path.join(dir, relative), content);
  return wanted.map(([relative]) => relative);
}
