// Step 1: the host packages Provium needs, for guests of the architectures
// asked for. Checking costs a few dpkg-query calls, so the step is nearly
// free when everything is present.

import { Apt, isInstalled } from "./apt.ts";
import { hostArch, type Arch } from "../util/arch.ts";
import { findExecutable } from "../util/executables.ts";
import { guestArch } from "../vm/guest-arch.ts";
import { userEmulator } from "./foreign-busybox.ts";
import type { StepOutcome } from "./runner.ts";

export const SYSTEM_PACKAGES = [
  "busybox-static", // /bin/busybox, statically linked: copied into the guest as is
  "gcc",
  "libc6-dev", // libc.a: the agent is linked statically
  "linux-libc-dev", // <asm/unistd.h>: the agent's syscall names
  "make",
  "e2fsprogs", // mke2fs -d: host directories become read-only filesystem images
  "kmod", // depmod -b: modules.dep for the guest's modprobe
];

/** What a guest of arch needs installed here, beyond SYSTEM_PACKAGES: its QEMU; for another architecture than the host's, its cross compiler and user-mode emulator. */
export function archPackages(arch: Arch): string[] {
  const guest = guestArch(arch);
  if (arch === hostArch()) return [guest.qemuPackage];
  return [guest.qemuPackage, ...guest.cross.packages, "qemu-user"]; // qemu-user: runs its busybox to list the applets
}

async function present(pkg: string, arches: Arch[]): Promise<boolean> {
  // For QEMU the binaries are what count (a hand-built one on PATH is fine; qemu-user-static serves as qemu-user).
  for (const arch of arches) {
    const guest = guestArch(arch);
    if (pkg === guest.qemuPackage) return findExecutable(guest.qemuBinary) !== undefined;
    if (pkg === "qemu-user") return userEmulator(guest.userEmulator) !== undefined;
  }
  return isInstalled(pkg);
}

export async function systemPackages(apt: Apt, arches: Arch[] = [hostArch() ?? "x86_64"]): Promise<StepOutcome<void>> {
  const wanted = [...new Set([...arches.flatMap(archPackages), ...SYSTEM_PACKAGES])];
  const missing: string[] = [];
  for (const p of wanted) if (!(await present(p, arches.filter((a) => archPackages(a).includes(p))))) missing.push(p);
  if (missing.length === 0) {
    return { status: "skipped", detail: `all present (${wanted.join(", ")})`, value: undefined };
  }
  await apt.install(missing);
  return { status: "done", detail: `installed ${missing.join(", ")}`, value: undefined };
}
