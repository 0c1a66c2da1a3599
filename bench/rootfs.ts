// A guest with a real userspace: cold boot of the distro guest against the
// busybox one, and a fixture resume on distro against its cold boot + setup.
import { RunDir } from "../src/host/run-dir.ts";
import { resolveProfile } from "../src/vm/profile.ts";
import { createVm, type Vm } from "../src/vm/vm.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 3;

/** A fixture's kind of setup on distro: a python3 run and a file written. */
async function prepare(vm: Vm): Promise<void> {
  await vm.exec(["python3", "-c", "open('/root/marker', 'w').write('prepared')"]);
}

export async function benchRootfs(): Promise<void> {
  console.log("distribution root filesystem (profile distro: Debian's, with bash and python3)");
  try {
    resolveProfile("distro");
  } catch (error) {
    return row("distro", `not set up (${(error as Error).message.split(":")[0]}): npm run setup -- --distro`);
  }
  const runDir = RunDir.create();
  try {
    const boot = async (profile: string, setup: boolean) => {
      const vm = createVm(profile, { runDir });
      const t = await timeMs(async () => (await vm.boot(), setup ? await prepare(vm) : undefined, await vm.exec("true")));
      await vm.kill();
      return t;
    };
    const minimal: number[] = [];
    const cold: number[] = [];
    const coldSetup: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      minimal.push(await boot("minimal", false));
      cold.push(await boot("distro", false));
      coldSetup.push(await boot("distro", true));
    }
    row(`cold boot → first exec reply, minimal (median of ${SAMPLES})`, ms(median(minimal)));
    row(`cold boot → first exec reply, distro (median of ${SAMPLES})`, `${ms(median(cold))} (${(median(cold) / median(minimal)).toFixed(2)}× minimal)`);

    const dir = runDir.child("fixture");
    const builder = createVm("distro", { runDir, ramFile: `${dir}/ram` });
    await builder.boot();
    await prepare(builder);
    const snapshot = await builder.saveTo(dir, { ram: "shared", then: "stop" });
    const resumes: number[] = [];
    for (let i = 0; i < SAMPLES + 2; i++) {
      const vm = createVm(snapshot.profile, { runDir });
      resumes.push(await timeMs(async () => (await vm.resume(snapshot), await vm.exec("true"))));
      await vm.kill();
    }
    row(`distro cold boot + setup → first exec reply`, ms(median(coldSetup)));
    row(`distro fixture resume → first exec reply (median of ${SAMPLES + 2})`, `${ms(median(resumes))} (${(median(coldSetup) / median(resumes)).toFixed(1)}× faster)`);
  } finally {
    runDir.remove();
  }
}
