// Host directories and kernel modules in the guest: what a 100 MiB `dirs`
// tree and the built-in modules image add to a boot and to a fixture resume.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { directoryImage } from "../src/host/images.ts";
import { RunDir } from "../src/host/run-dir.ts";
import type { DirSource } from "../src/vm/guest-mounts.ts";
import { resolveProfile, type Profile } from "../src/vm/profile.ts";
import { createVm } from "../src/vm/vm.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 3;
const TREE_MIB = 100;

/** 100 MiB in files of 1 KiB to 8 MiB, in a few directories. */
function makeTree(root: string): void {
  let left = TREE_MIB * 2 ** 20;
  for (let i = 0; left > 0; i++) {
    const dir = path.join(root, `d${i % 8}`);
    mkdirSync(dir, { recursive: true });
    const size = Math.min(left, i % 3 === 0 ? 8 * 2 ** 20 : 1024 * (1 + (i % 97)));
    writeFileSync(path.join(dir, `f${i}`), randomBytes(size));
    left -= size;
  }
}

export async function benchDirs(): Promise<void> {
  console.log(`host directories (dirs = a ${TREE_MIB} MiB tree) and the modules image (profile minimal)`);
  const tree = mkdtempSync(path.join(tmpdir(), "provium-bench-tree-"));
  const runDir = RunDir.create();
  try {
    makeTree(tree);
    row(`image of the ${TREE_MIB} MiB tree, first use (mke2fs -d)`, ms(await timeMs(() => directoryImage(tree))));
    const dirs: DirSource[] = [{ target: "/opt/tree", dir: tree }];
    const minimal = resolveProfile("minimal");
    const bare: Profile = { ...minimal, modules: undefined };
    const boot = async (profile: Profile, withDirs: boolean): Promise<number> => {
      const vm = createVm(profile, { runDir, dirs: withDirs ? dirs : undefined });
      const t = await timeMs(async () => (await vm.boot(), await vm.exec("true")));
      await vm.kill();
      return t;
    };
    const plain: number[] = [];
    const withDirs: number[] = [];
    const noModules: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      plain.push(await boot(minimal, false));
      withDirs.push(await boot(minimal, true));
      noModules.push(await boot(bare, false));
    }
    row(`boot → first exec reply, no dirs (median of ${SAMPLES})`, ms(median(plain)));
    row(`the same with dirs of ${TREE_MIB} MiB (image cached)`, `${ms(median(withDirs))} (${ms(median(withDirs) - median(plain))} added)`);
    row(`the same without the modules image`, `${ms(median(noModules))} (the image adds ${ms(median(plain) - median(noModules))})`);

    const snapshotOf = async (withDirs: boolean) => {
      const dir = runDir.child("fixture");
      const vm = createVm(minimal, { runDir, ramFile: `${dir}/ram`, dirs: withDirs ? dirs : undefined });
      await vm.boot();
      return vm.saveTo(dir, { ram: "shared", then: "stop" });
    };
    const resumes = async (withDirs: boolean) => {
      const snapshot = await snapshotOf(withDirs);
      const times: number[] = [];
      for (let i = 0; i < SAMPLES + 2; i++) {
        const vm = createVm(snapshot.profile, { runDir });
        times.push(await timeMs(async () => (await vm.resume(snapshot), await vm.exec("true"))));
        await vm.kill();
      }
      return median(times);
    };
    const resumePlain = await resumes(false);
    const resumeDirs = await resumes(true);
    row(`fixture resume → first exec reply, no dirs (median of ${SAMPLES + 2})`, ms(resumePlain));
    row(`the same, fixture built with dirs`, `${ms(resumeDirs)} (${ms(resumeDirs - resumePlain)} added)`);
  } finally {
    runDir.remove();
    rmSync(tree, { recursive: true, force: true });
  }
}
