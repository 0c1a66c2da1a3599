// --keep-failed bundles: size for a 256 MiB guest (fresh, and with 64 MiB of
// incompressible data in RAM), time to write one (the VM runs on) and to
// reopen it up to the first exec reply.
import { statSync } from "node:fs";
import path from "node:path";
import { RunDir } from "../src/host/run-dir.ts";
import { openBundle, writeBundle } from "../src/vm/bundle.ts";
import { createVm } from "../src/vm/vm.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 3;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export async function benchBundles(): Promise<void> {
  console.log("kept VMs (--keep-failed bundles; 256 MiB guest)");
  const runDir = RunDir.create();
  try {
    const vm = createVm("minimal", { runDir, memoryMiB: 256 });
    await vm.boot();
    await vm.mountVfs();
    const writes: number[] = [];
    const opens: number[] = [];
    let size = 0;
    let bundle = "";
    for (let i = 0; i < SAMPLES; i++) {
      bundle = path.join(runDir.child("bundle"), "vm.bundle");
      writes.push(await timeMs(() => writeBundle(vm, bundle, runDir.child("work"), { file: "bench", name: "bench" })));
      size = statSync(bundle).size;
      const reopened = createVm("minimal", { runDir });
      opens.push(
        await timeMs(async () => {
          const { snapshot } = await openBundle(bundle, runDir.child("open"));
          await reopened.resume(snapshot);
          await reopened.exec("true");
        }),
      );
      await reopened.kill();
    }
    row("bundle size (freshly booted guest)", mib(size));
    row(`write a bundle (the VM runs on; median of ${SAMPLES})`, ms(median(writes)));
    row(`reopen a bundle → first exec reply (median of ${SAMPLES})`, ms(median(opens)));
    await vm.exec("head -c 67108864 /dev/urandom > /tmp/noise"); // tmpfs: in guest RAM, and incompressible
    const busy = path.join(runDir.child("bundle"), "vm.bundle");
    const busyWrite = await timeMs(() => writeBundle(vm, busy, runDir.child("work"), { file: "bench", name: "bench" }));
    row("bundle size with 64 MiB of random data in RAM", mib(statSync(busy).size));
    row("write that bundle", ms(busyWrite));
    await vm.kill();
  } finally {
    runDir.remove();
  }
}
