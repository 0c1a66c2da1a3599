// What a test (or a file's top level, or a fixture script) owns while it
// runs: its VMs, its log lines and its warnings.
import type { Vm } from "../vm/vm.ts";
import type { TestStatus } from "./results.ts";
import type { SubtestLog } from "./subtests.ts";

export class Scope {
  readonly vms: Vm[] = [];
  /** VMs resumed from fixtures: leaving them running is normal. */
  readonly resumed = new Set<Vm>();
  readonly logs: string[] = [];
  readonly warnings: string[] = [];
  /** A test's sub-results (a file's top level and fixture scripts have none). */
  constructor(readonly subtests?: SubtestLog) {}
}

/** Stops the scope's VMs; one created and left running by a passing test is a warning. */
export async function endScope(scope: Scope, status: TestStatus, warn: boolean): Promise<void> {
  const failed = status === "failed" || status === "error";
  await Promise.all(
    scope.vms.map(async (vm) => {
      if (vm.state === "stopped") return;
      if (failed || vm.state !== "running") return vm.kill();
      if (warn && !scope.resumed.has(vm)) scope.warnings.push(`VM ${vm.name} was left running and has been shut down (end with vm:shutdown())`);
      await vm.shutdown();
    }),
  );
}
