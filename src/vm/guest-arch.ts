// What each guest architecture needs of QEMU: its binary, machine, CPU,
// console and boot parameters. Everything else about a VM is the same on
// every architecture.
import type { Arch } from "../util/arch.ts";

export interface GuestArch {
  arch: Arch;
  /** How users and messages name it (ELF's machine names differ: x86-64, aarch64). */
  title: string;
  qemuBinary: string;
  /** The Debian/Ubuntu package that installs qemuBinary. */
  qemuPackage: string;
  /** The machine type's alias; a saved state pins the exact version it resolved to (pc-i440fx-7.2, virt-7.2). */
  machine: string;
  /** The CPU under TCG (under KVM: host). */
  tcgCpu: string;
  /** The serial console's device in the guest. */
  console: string;
  /** Kernel parameters of every boot on this architecture. */
  cmdline: string[];
  /** For the KVM probe: a console line as early as the kernel can print one. */
  earlyConsole: string;
  /** ELF e_machine. */
  elfMachine: number;
  /** Where a kernel build leaves the image QEMU boots. */
  kernelImage: string;
  /** QEMU's user-mode emulator of it (package qemu-user): runs its programs on another host. */
  userEmulator: string;
  /** The cross compiler's prefix and packages that build its programs (the agent) on another host. */
  cross: { prefix: string; packages: string[] };
}

export const GUEST_ARCHES: Record<Arch, GuestArch> = {
  x86_64: {
    arch: "x86_64",
    title: "x86-64",
    qemuBinary: "qemu-system-x86_64",
    qemuPackage: "qemu-system-x86",
    machine: "pc",
    tcgCpu: "max",
    console: "ttyS0",
    // no_timer_check: on a loaded host a TCG guest can fail the kernel's IO-APIC timer check and panic at boot
    // ("IO-APIC + timer doesn't work!", seen at load 10 on two cores); virtual machines' kernels are booted without it.
    cmdline: ["no_timer_check"],
    earlyConsole: "earlyprintk=serial,ttyS0",
    elfMachine: 62,
    kernelImage: "arch/x86/boot/bzImage",
    userEmulator: "qemu-x86_64",
    cross: { prefix: "x86_64-linux-gnu-", packages: ["gcc-x86-64-linux-gnu", "libc6-dev-amd64-cross"] },
  },
  arm64: {
    arch: "arm64",
    title: "arm64",
    qemuBinary: "qemu-system-aarch64",
    qemuPackage: "qemu-system-arm",
    machine: "virt",
    // cortex-a57 boots as fast as max,pauth-impdef=on; plain max emulates pointer authentication and is ~3.5x slower
    tcgCpu: "cortex-a57",
    console: "ttyAMA0",
    cmdline: [],
    earlyConsole: "earlycon=pl011,0x9000000",
    elfMachine: 183,
    kernelImage: "arch/arm64/boot/Image",
    userEmulator: "qemu-aarch64",
    cross: { prefix: "aarch64-linux-gnu-", packages: ["gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross"] },
  },
};

export const guestArch = (arch: Arch): GuestArch => GUEST_ARCHES[arch];

/** The architecture of an ELF e_machine, when it is one of ours. */
export function archOfElfMachine(machine: number): Arch | undefined {
  return Object.values(GUEST_ARCHES).find((g) => g.elfMachine === machine)?.arch;
}

/** The command that builds the built-in guests of arch (with --distro: the distro one too). */
export function setupCommand(arch: Arch, distro = false): string {
  const flags = [...(arch === "x86_64" ? [] : [`--arch ${arch}`]), ...(distro ? ["--distro"] : [])].join(" ");
  return flags ? `\`npm run setup -- ${flags}\` (or \`provium setup ${flags}\`)` : "`npm run setup` (or `provium setup`)";
}
