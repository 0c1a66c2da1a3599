// `npm run setup`: everything Provium needs on this host, built into
// PROVIUM_HOME. Idempotent: each step checks what is already there and says
// whether it did work or skipped. The steps themselves live in this folder.

import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paths } from "../util/home.ts";
import { packageRoot } from "../util/package-root.ts";
import { buildAgent } from "./agent-build.ts";
import { Apt } from "./apt.ts";
import { kernelPackage } from "./kernel-package.ts";
import { virtioModules } from "./modules.ts";
import { allModules, modulesImage } from "./modules-tree.ts";
import { profileStep } from "./profile.ts";
import { buildRootfs } from "./rootfs.ts";
import { Runner, valueOf } from "./runner.ts";
import { buildDistro } from "./distro.ts";
import type { SetupOptions } from "./options.ts";
import { systemPackages } from "./system-packages.ts";

/** Runs every setup step; returns the process exit code. */
export async function runSetup(options: SetupOptions = {}): Promise<number> {
  const repoRoot = packageRoot();
  const p = paths();
  const apt = new Apt();
  const runner = new Runner(options.distro ? 9 : 8);

  // Unpacked kernel packages live here for the duration of the run only; the
  // modules tree is staged beside the profile (it is moved into it).
  const scratch = await mkdtemp(join(tmpdir(), "provium-setup-"));
  const staging = join(p.profilesDir, `.modules-${process.pid}.tmp`);
  process.once("SIGINT", () => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  });

  console.log(`Provium setup into ${p.home}`);
  try {
    await runner.step("system packages", [], () => systemPackages(apt));
    const kernel = await runner.step("kernel package", [], () => kernelPackage(apt, p, scratch));
    const tree = await runner.step("all modules", [kernel], () => allModules(valueOf(kernel), staging, apt));
    const modules = await runner.step("virtio modules", [kernel, tree], () => virtioModules(valueOf(kernel), valueOf(tree)));
    const rootfs = await runner.step("busybox rootfs", [], () => buildRootfs(p.baseRootfs));
    await runner.step("agent", [], () => buildAgent(repoRoot, p.agent));
    const profile = await runner.step("profile", [kernel, modules, tree, rootfs], () => profileStep(p, valueOf(kernel), valueOf(modules), valueOf(tree)));
    await runner.step("modules image", [profile], () => modulesImage(p));
    const distro = options.distro;
    if (distro) await runner.step("distro root filesystem", [profile], () => buildDistro(p, apt, distro));
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
  return runner.finish();
}
