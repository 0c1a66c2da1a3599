// Guest basics: cold boot, agent round trip, idle memory, accelerator probe.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { probeKvm } from "../src/vm/accel.ts";
import { createVm, type Vm } from "../src/vm/vm.ts";
import { ownKernel } from "../test/support/own-kernel.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const BOOTS = 3;
const ROUND_TRIPS = 30;

function rssMiB(pid: number): number {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return kib / 1024;
}

/** The same boot with the kernel npm test builds from kernel/provium-guest.config on tinyconfig. */
async function benchLeanKernel(distributionMs: number): Promise<void> {
  const label = "cold boot, tinyconfig + kernel/provium-guest.config";
  let kernel: string;
  try {
    kernel = (await ownKernel()).bzImage;
  } catch {
    return row(label, "not built (npm test builds it)");
  }
  const config = { profiles: { lean: { kernel } } };
  const boots: number[] = [];
  for (let i = 0; i < BOOTS; i++) {
    const vm = createVm("lean", { config });
    boots.push(await timeMs(() => vm.boot()));
    await vm.kill();
  }
  row(`${label} (median of ${BOOTS})`, `${ms(median(boots))} (${(distributionMs / median(boots)).toFixed(1)}× faster)`);
}

export async function benchVm(): Promise<void> {
  console.log("guest basics (profile minimal)");
  const probe = await timeMs(() => probeKvm(createVm("minimal").profile.kernel, "x86_64"));
  row("KVM probe (uncached)", ms(probe));

  const boots: number[] = [];
  let vm: Vm | undefined;
  for (let i = 0; i < BOOTS; i++) {
    await vm?.kill();
    vm = createVm("minimal");
    boots.push(await timeMs(() => vm!.boot()));
  }
  row(`cold boot → first agent reply (median of ${BOOTS}, ${vm!.accel})`, ms(median(boots)));
  await benchLeanKernel(median(boots));

  await vm!.exec(["true"]);
  const trips: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i++) trips.push(await timeMs(() => vm!.exec(["true"])));
  row(`exec round trip (median of ${ROUND_TRIPS}, after the first)`, ms(median(trips)));
  const reads: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i++) reads.push(await timeMs(() => vm!.readFile("/proc/uptime")));
  row(`read_file round trip (median of ${ROUND_TRIPS})`, ms(median(reads)));

  await sleep(2000);
  row(`host RSS of the idle ${vm!.profile.memoryMiB} MiB guest (QEMU)`, `${rssMiB(vm!.pid!).toFixed(0)} MiB`);
  await vm!.shutdown();
}
