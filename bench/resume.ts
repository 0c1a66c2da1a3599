// Where a fixture resume's time goes, step by step (medians of ROUNDS), with
// a QEMU started for the resume and with one started ahead of time (a warm
// start, what every resume of a fixture after its first gets), and how a
// test's end costs: a clean power-off, or killing the VM (what a fixture's
// VM left running gets at the end of its test).
import type { RunDir } from "../src/host/run-dir.ts";
import { RunDir as Dirs } from "../src/host/run-dir.ts";
import { createVm, type Snapshot } from "../src/vm/vm.ts";
import { snapshotOf } from "./guests.ts";
import { median, ms, row } from "./stats.ts";

const ROUNDS = 12;

type Steps = Map<string, number[]>;

function add(steps: Steps, name: string, value: number): void {
  steps.set(name, [...(steps.get(name) ?? []), value]);
}

async function resumeRound(runDir: RunDir, snapshot: Snapshot, warmStart: boolean, end: "kill" | "shutdown", steps: Steps): Promise<void> {
  const vm = createVm(snapshot.profile, { runDir, warmStart });
  const start = performance.now();
  await vm.resume(snapshot);
  for (const step of vm.timeline.steps()) add(steps, step.name, step.ms);
  const ready = performance.now();
  await vm.exec("true");
  add(steps, "first exec answered", performance.now() - ready);
  add(steps, "= resume → first exec reply", performance.now() - start);
  const ending = performance.now();
  await (end === "kill" ? vm.kill() : vm.shutdown());
  add(steps, `end: ${end === "kill" ? "kill" : "shutdown (power-off, QEMU exits)"}`, performance.now() - ending);
}

function print(steps: Steps): void {
  for (const [name, values] of steps) row(`  ${name}`, ms(median(values)));
}

export async function benchResume(): Promise<void> {
  console.log(`fixture resume, step by step (median of ${ROUNDS})`);
  const runDir = Dirs.create();
  try {
    const snapshot = await snapshotOf(runDir, "minimal", {}, (vm) => vm.writeFile("/root/marker", "prepared"));
    const cold: Steps = new Map();
    const warm: Steps = new Map();
    // Side by side: a cold-QEMU round, then a warm one (its QEMU was started during the round before).
    await resumeRound(runDir, snapshot, true, "kill", new Map()); // leaves the first warm start
    for (let i = 0; i < ROUNDS; i++) {
      await resumeRound(runDir, snapshot, false, i % 2 ? "kill" : "shutdown", cold);
      await resumeRound(runDir, snapshot, true, i % 2 ? "shutdown" : "kill", warm);
    }
    console.log("  QEMU started for the resume:");
    print(cold);
    console.log("  QEMU started ahead of time (warm start):");
    print(warm);
    const total = (steps: Steps) => median(steps.get("= resume → first exec reply")!);
    row("warm start speed-up of resume → first exec", `${(total(cold) / total(warm)).toFixed(2)}×`);
  } finally {
    runDir.remove();
  }
}
