// Background processes: how soon a spawned command's first line arrives, and
// an expect round trip (a line written to cat's stdin, expected back).
import { plainMatcher } from "../src/vm/stream.ts";
import { createVm } from "../src/vm/vm.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 30;

export async function benchProcesses(): Promise<void> {
  console.log("background processes (profile minimal)");
  const vm = createVm("minimal");
  await vm.boot();
  try {
    const firstLines: number[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      let p: Awaited<ReturnType<typeof vm.spawn>> | undefined;
      const took = await timeMs(async () => {
        p = await vm.spawn(["echo", "ready"]);
        await p.stdout.readLine(10_000);
      });
      if (i > 0) firstLines.push(took); // the first warms the agent's pump thread
      await p?.end(false);
    }
    row(`spawn → first output line (median of ${SAMPLES}, ${vm.accel})`, ms(median(firstLines)));

    const cat = await vm.spawn(["cat"]);
    const trips: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const line = Buffer.from(`ping ${i}\n`);
      trips.push(await timeMs(async () => {
        await cat.write(line);
        await cat.stdout.expect(plainMatcher(line), "the ping", 10_000);
      }));
    }
    row(`expect round trip: write + expect (median of ${SAMPLES})`, ms(median(trips)));
    await cat.end(false);
  } finally {
    await vm.shutdown();
  }
}
