// The guest architectures side by side (profile minimal, both under TCG on
// an x86-64 host, KVM where the host is of that architecture): a cold boot,
// a fixture resume and an exec round trip, each to the first agent reply,
// and CPU-bound work in the guest.
// Rounds alternate the architectures so that the machine's load falls on both
// alike; the ratio is arm64's median over x86-64's.
import { RunDir } from "../src/host/run-dir.ts";
import { ARCHES, type Arch } from "../src/util/arch.ts";
import { createVm, type Snapshot } from "../src/vm/vm.ts";
import { coldBootMs, resumeMs, snapshotOf } from "./guests.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const ROUNDS = 5;
const ROUND_TRIPS = 30;
/** CPU-bound guest work (busybox sh counting): what emulating the instructions costs, apart from boot and I/O. */
const LOOP = "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done";

type Figures = Record<Arch, number[]>;
const figures = (): Figures => Object.fromEntries(ARCHES.map((arch) => [arch, []])) as unknown as Figures;

/** Why an architecture cannot be measured here (its guest is not set up), if so. */
function unavailable(arch: Arch): string | undefined {
  try {
    createVm("minimal", { arch });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function print(label: string, values: Figures): void {
  const [x86, arm] = [median(values.x86_64), median(values.arm64)];
  row(label, `${ms(x86).padStart(9)}  ${ms(arm).padStart(9)}  ${(arm / x86).toFixed(2)}×`);
}

export async function benchArches(): Promise<void> {
  console.log(`guest architectures side by side (profile minimal; medians; ${"x86_64".padStart(9)}  ${"arm64".padStart(9)}  arm64/x86_64)`);
  const missing = ARCHES.map((arch) => [arch, unavailable(arch)] as const).filter(([, why]) => why);
  if (missing.length) {
    for (const [arch, why] of missing) row(`${arch}`, `not measured: ${why}`);
    return;
  }
  const runDir = RunDir.create();
  try {
    const boots = figures();
    const resumes = figures();
    const trips = figures();
    const loops = figures();
    const snapshots = {} as Record<Arch, Snapshot>;
    for (const arch of ARCHES) snapshots[arch] = await snapshotOf(runDir, "minimal", { arch });
    for (let round = 0; round < ROUNDS; round++) {
      // each round starts with the other architecture
      for (const arch of round % 2 ? [...ARCHES].reverse() : ARCHES) {
        boots[arch].push(await coldBootMs("minimal", { arch, runDir }));
        resumes[arch].push(await resumeMs(runDir, snapshots[arch]));
      }
    }
    // both guests up, their round trips taken in turn
    const vms = ARCHES.map((arch) => ({ arch, vm: createVm("minimal", { arch, runDir }) }));
    try {
      for (const { vm } of vms) await vm.boot(), await vm.exec(["true"]);
      for (let i = 0; i < ROUND_TRIPS; i++) for (const { arch, vm } of vms) trips[arch].push(await timeMs(() => vm.exec(["true"])));
      for (let i = 0; i < ROUNDS; i++) for (const { arch, vm } of vms) loops[arch].push(await timeMs(() => vm.exec(LOOP)));
    } finally {
      for (const { vm } of vms) await vm.kill();
    }
    print(`cold boot → first exec reply (${ROUNDS} each)`, boots);
    print(`fixture resume → first exec reply (${ROUNDS} each)`, resumes);
    print(`exec round trip (${ROUND_TRIPS} each, after the first)`, trips);
    print(`a shell loop of 20,000 steps (${ROUNDS} each)`, loops);
  } finally {
    runDir.remove();
  }
}
