// Step 1: the host packages Provium needs. Checking costs a few dpkg-query
// calls, so the step is nearly free when everything is present.

import { Apt, isInstalled } from "./apt.ts";
import { findExecutable } from "../util/executables.ts";
import type { StepOutcome } from "./runner.ts";

export const SYSTEM_PACKAGES = [
  "qemu-system-x86", // qemu-system-x86_64
  "busybox-static", // /bin/busybox, statically linked: copied into the guest as is
  "gcc",
  "libc6-dev", // libc.a: the agent is linked statically
  "linux-libc-dev", // <asm/unistd_64.h>
  "make",
  "e2fsprogs", // mke2fs -d: host directories become read-only filesystem images
  "kmod", // depmod -b: modules.dep for the guest's modprobe
];

async function present(pkg: string): Promise<boolean> {
  // For QEMU the binary is what counts (a hand-built one on PATH is fine).
  if (pkg === "qemu-system-x86") return findExecutable("qemu-system-x86_64") !== undefined;
  return isInstalled(pkg);
}

export async function systemPackages(apt: Apt): Promise<StepOutcome<void>> {
  const missing: string[] = [];
  for (const p of SYSTEM_PACKAGES) if (!(await present(p))) missing.push(p);
  if (missing.length === 0) {
    return { status: "skipped", detail: `all present (${SYSTEM_PACKAGES.join(", ")})`, value: undefined };
  }
  await apt.install(missing);
  return { status: "done", detail: `installed ${missing.join(", ")}`, value: undefined };
}
