// The timings several benchmarks take of guests: a cold boot (with an
// optional setup) to the first exec reply, a fixture snapshot of a prepared
// VM, and resumes of it to the first exec reply. Each VM is killed after.
import type { RunDir } from "../src/host/run-dir.ts";
import type { Profile } from "../src/vm/profile.ts";
import { createVm, type Snapshot, type Vm, type VmOptions } from "../src/vm/vm.ts";
import { timeMs } from "./stats.ts";

type Setup = (vm: Vm) => Promise<unknown>;

/** Boot (+ setup) → first exec reply, in ms. */
export async function coldBootMs(profile: string | Profile, options: VmOptions, setup?: Setup): Promise<number> {
  const vm = createVm(profile, options);
  try {
    return await timeMs(async () => (await vm.boot(), await setup?.(vm), await vm.exec("true")));
  } finally {
    await vm.kill();
  }
}

/** A fixture's snapshot: a VM booted with its RAM in a file, set up, saved. */
export async function snapshotOf(runDir: RunDir, profile: string | Profile, options: VmOptions = {}, setup?: Setup): Promise<Snapshot> {
  const dir = runDir.child("fixture");
  const vm = createVm(profile, { ...options, runDir, ramFile: `${dir}/ram` });
  await vm.boot();
  await setup?.(vm);
  return vm.saveTo(dir, { ram: "shared", then: "stop" });
}

/** Resume → first exec reply, in ms. */
export async function resumeMs(runDir: RunDir, snapshot: Snapshot, options: VmOptions = {}): Promise<number> {
  const vm = createVm(snapshot.profile, { ...options, runDir });
  try {
    return await timeMs(async () => (await vm.resume(snapshot), await vm.exec("true")));
  } finally {
    await vm.kill();
  }
}
