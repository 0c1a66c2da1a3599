// What a failing test leaves in the run's results directory (--artifacts,
// default provium-results/), where it outlives the run's temporary
// directory: the whole console log of each VM it could use (the failure
// message points there), and, with --keep-failed, its VMs' bundles. One
// layout for both: <kind>/<test file>/<test name>/<vm><suffix>, each
// segment sanitized and distinct.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { UniqueNames } from "../util/names.ts";
import type { Failure } from "./results.ts";

export class ResultsLayout {
  private readonly files = new UniqueNames();
  private readonly tests = new Map<string, UniqueNames>();
  private readonly vms = new Map<string, UniqueNames>();

  constructor(readonly root: string) {}

  /** A fresh path for one VM's file of one test, its directory made. */
  vmFile(kind: "logs" | "kept", file: string, test: string, vm: string, suffix: string): string {
    const fileDir = this.files.of(file);
    const testNames = this.tests.get(fileDir) ?? new UniqueNames();
    this.tests.set(fileDir, testNames);
    const testDir = path.join(fileDir, testNames.of(test));
    const vmNames = this.vms.get(`${kind}/${testDir}`) ?? new UniqueNames();
    this.vms.set(`${kind}/${testDir}`, vmNames);
    const dir = path.join(this.root, kind, testDir);
    mkdirSync(dir, { recursive: true });
    return path.join(dir, vmNames.claim(vm, suffix));
  }

  /**
   * Copies each console log of the failure into the results directory and
   * points the failure (its excerpts and its message) at the copies.
   */
  keepConsoles(failure: Failure, file: string, test: string): void {
    for (const excerpt of failure.consoles) {
      if (!excerpt.logPath || !existsSync(excerpt.logPath)) continue;
      const kept = this.vmFile("logs", file, test, excerpt.vm, ".console.log");
      copyFileSync(excerpt.logPath, kept);
      failure.message = failure.message.split(excerpt.logPath).join(kept);
      excerpt.logPath = kept;
    }
  }
}
