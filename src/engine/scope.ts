// What a test (or a file's top level, or a fixture script) owns while it
// runs: its VMs, the processes it spawned, its log lines and its warnings.
import type { GuestProcess } from "../vm/process.ts";
import type { Vm } from "../vm/vm.ts";
import { isFailing, type KeptVm, type TestStatus } from "./results.ts";
import type { SubtestLog } from "./subtests.ts";

export class Scope {
  readonly vms: Vm[] = [];
  /** VMs resumed from fixtures: leaving them running is normal. */
  readonly resumed = new Set<Vm>();
  /** internal: a vm:tail follower (ended without a log line). */
  readonly processes: { process: GuestProcess; internal: boolean }[] = [];
  readonly logs: string[] = [];
  readonly warnings: string[] = [];
  /** Its VMs kept at its failure (--keep-failed). */
  readonly kept: KeptVm[] = [];

  /** A test's sub-results (a file's top level and fixture scripts have none). */
  constructor(readonly subtests?: SubtestLog) {}
}

/**
 * Ends the scope's processes: each one still running is killed with its
 * process group and logged, or, when keepRunning (a fixture about to be
 * snapshotted), left running in the guest without a host handle.
 */
export async function endProcesses(scope: Scope, keepRunning: boolean): Promise<void> {
  const owned = scope.processes.splice(0);
  await Promise.all(
    owned.map(async ({ process, internal }) => {
      const running = await process.end(keepRunning).catch(() => false); // a VM gone meanwhile took it along
      if (running && !internal && !keepRunning) scope.logs.push(`${process.description} was still running at the end and has been killed`);
    }),
  );
}

/**
 * Stops the scope's processes, then its VMs. A VM resumed from a fixture is
 * killed: nothing of it is kept, and a clean power-off costs ~40 ms of a
 * fixture test's ~150 (a test that wants one calls vm:shutdown()). A VM
 * created and left running by a passing test is shut down, with a warning.
 */
export async function endScope(scope: Scope, status: TestStatus, warn: boolean): Promise<void> {
  await endProcesses(scope, false);
  const failed = isFailing({ status });
  await Promise.all(
    scope.vms.map(async (vm) => {
      if (vm.state === "stopped") return;
      if (failed || vm.state !== "running" || scope.resumed.has(vm)) return vm.kill();
      if (warn) scope.warnings.push(`VM ${vm.name} was left running and has been shut down (end with vm:shutdown())`);
      await vm.shutdown();
    }),
  );
}
