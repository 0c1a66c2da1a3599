// Fixtures: cold boot + setup against resume from a snapshot, save time and
// size, and the memory of 8 resumed VMs against 8 cold-booted ones.
import { readFileSync, statSync } from "node:fs";
import { hostResources, ResourceBudget } from "../src/host/budget.ts";
import { RunDir } from "../src/host/run-dir.ts";
import { createVm, type Snapshot, type Vm } from "../src/vm/vm.ts";
import { coldBootMs, resumeMs } from "./guests.ts";
import { median, ms, row } from "./stats.ts";

const SAMPLES = 5;
const CROWD = 8;

async function prepare(vm: Vm): Promise<void> {
  await vm.mountVfs();
  await vm.writeFile("/root/marker", "prepared");
}

function memAvailableMiB(): number {
  return Number(/MemAvailable:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1]) / 1024;
}

/** Proportional set size: shared pages are split between the processes that map them. */
function pssMiB(pid: number): number {
  return Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1]) / 1024;
}

async function crowdMemory(start: () => Promise<Vm>): Promise<{ availableDrop: number; pss: number }> {
  const before = memAvailableMiB();
  const vms: Vm[] = [];
  try {
    for (let i = 0; i < CROWD; i++) vms.push(await start());
    await Promise.all(vms.map((vm) => vm.exec("echo ready")));
    return { availableDrop: before - memAvailableMiB(), pss: vms.reduce((sum, vm) => sum + pssMiB(vm.pid!), 0) };
  } finally {
    await Promise.all(vms.map((vm) => vm.kill()));
  }
}

export async function benchFixtures(): Promise<void> {
  console.log("fixtures (setup: mount_vfs + write a file)");
  const runDir = RunDir.create();
  try {
    const saves: number[] = [];
    let snapshot: Snapshot | undefined;
    for (let i = 0; i < 3; i++) {
      const dir = runDir.child("fixture");
      const vm = createVm("minimal", { runDir, ramFile: `${dir}/ram` });
      await vm.boot();
      await prepare(vm);
      const start = performance.now();
      snapshot = await vm.saveTo(dir, { ram: "shared", then: "stop" });
      saves.push(performance.now() - start);
    }
    const snap = snapshot!;
    const cold: number[] = [];
    const resumed: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      cold.push(await coldBootMs("minimal", { runDir }, prepare));
      resumed.push(await resumeMs(runDir, snap));
    }
    row(`cold boot + setup → first exec reply (median of ${SAMPLES})`, ms(median(cold)));
    row(`fixture resume → first exec reply (median of ${SAMPLES})`, ms(median(resumed)));
    row("resume speed-up", `${(median(cold) / median(resumed)).toFixed(1)}×`);
    row("snapshot save (quiesce + state + stop, median of 3)", ms(median(saves)));
    const ram = statSync(snap.ramFile!);
    row("snapshot size: device state", `${(statSync(snap.stateFile).size / 1024).toFixed(0)} KiB`);
    row("snapshot size: RAM file (allocated / apparent)", `${(ram.blocks * 512 / 2 ** 20).toFixed(0)} / ${(ram.size / 2 ** 20).toFixed(0)} MiB`);

    // Memory is measured here, not speed: let all 8 run at once even on a host with fewer vCPUs in its budget.
    const budget = new ResourceBudget({ memoryMiB: hostResources().memoryMiB, cpus: CROWD });
    const fromFixture = await crowdMemory(async () => {
      const vm = createVm(snap.profile, { runDir, budget });
      await vm.resume(snap);
      return vm;
    });
    const coldCrowd = await crowdMemory(async () => {
      const vm = createVm("minimal", { runDir, budget });
      await vm.boot();
      return vm;
    });
    const guestMiB = snap.launch.memoryMiB;
    row(`${CROWD} resumed VMs: host memory used / sum of PSS`, `${fromFixture.availableDrop.toFixed(0)} / ${fromFixture.pss.toFixed(0)} MiB`);
    row(`${CROWD} cold-booted VMs: host memory used / sum of PSS`, `${coldCrowd.availableDrop.toFixed(0)} / ${coldCrowd.pss.toFixed(0)} MiB`);
    row(`resumed VMs' memory vs ${CROWD} × guest RAM (${CROWD * guestMiB} MiB)`, `${((fromFixture.availableDrop / (CROWD * guestMiB)) * 100).toFixed(0)} %`);
  } finally {
    runDir.remove();
  }
}
