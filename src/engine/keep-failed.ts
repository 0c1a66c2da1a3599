// --keep-failed: when a test fails, each VM it could use is saved at that
// moment, before anything stops it, into a bundle in the results directory
// (src/vm/bundle.ts). What cannot be kept (no room, a guest already gone) is
// a warning on the test; the run and its reports go on.
import { statfsSync, statSync } from "node:fs";
import path from "node:path";
import { readConsole } from "../vm/console-log.ts";
import { BUNDLE_SUFFIX, writeBundle } from "../vm/bundle.ts";
import type { Vm } from "../vm/vm.ts";
import type { Scope } from "./scope.ts";
import type { RunContext } from "./session.ts";

const MiB = 1024 * 1024;

/** The bytes a file takes (a sparse scratch disk, only what is written); 0 when it is gone. */
function fileSize(file: string): number {
  try {
    return statSync(file).blocks * 512;
  } catch {
    return 0;
  }
}

/** Bytes free for us where dir is. */
function freeBytes(dir: string): number {
  const fs = statfsSync(dir);
  return fs.bavail * fs.bsize;
}

export async function keepFailedVms(run: RunContext, vms: Vm[], file: string, test: string, scope: Scope): Promise<void> {
  for (const vm of new Set(vms)) {
    if (vm.state === "created") continue;
    if (vm.state !== "running") {
      const why = /Kernel panic[^\n]*/.exec(readConsole(vm.consoleLogPath))?.[0]?.trim();
      scope.warnings.push(`--keep-failed: VM ${vm.name} had already stopped${why ? ` (the guest kernel panicked: ${why})` : ""}: there is no VM to keep, its console log is kept`);
      continue;
    }
    const bundle = run.results.vmFile("kept", file, test, vm.name, BUNDLE_SUFFIX);
    // Compressed, RAM and files are usually a fraction of this, but a guest full of data does not compress.
    const need = vm.profile.memoryMiB * MiB + vm.hostFiles.reduce((sum, file) => sum + fileSize(file), 0);
    const free = freeBytes(path.dirname(bundle));
    if (free < need) {
      scope.warnings.push(`--keep-failed: VM ${vm.name} was not kept: ${path.dirname(bundle)} has ${Math.floor(free / MiB)} MiB free and its bundle may take up to ${Math.ceil(need / MiB)} MiB`);
      continue;
    }
    try {
      await writeBundle(vm, bundle, run.runDir.child("keep"), { file, name: test });
      scope.kept.push({ vm: vm.name, bundle });
      if (vm.state !== "running") scope.warnings.push(`--keep-failed: ${vm.notes.at(-1) ?? `VM ${vm.name} stopped after it was kept`}`);
    } catch (error) {
      // writeBundle leaves nothing behind: a bundle takes its name only once whole
      scope.warnings.push(`--keep-failed: VM ${vm.name} could not be kept: ${(error as Error).message}`);
    }
  }
}
