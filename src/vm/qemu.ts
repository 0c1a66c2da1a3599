// QEMU's command line and process launch. One place decides every flag.
import { existsSync } from "node:fs";
import { execa, type ResultPromise } from "execa";
import type { Arch } from "../util/arch.ts";
import { ProviumError } from "../util/errors.ts";
import { findExecutable } from "../util/executables.ts";
import { AGENT_PORT_NAME } from "../agent/protocol.ts";
import { mountSerial, type GuestMount } from "./guest-mounts.ts";
import { guestArch, setupCommand } from "./guest-arch.ts";

export type Accel = "kvm" | "tcg";

export interface QemuLaunch {
  /** The guest's architecture (undefined: x86_64, as launches saved before there were others). */
  arch?: Arch;
  accel: Accel;
  kernel: string;
  initrd?: string;
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** Serial console output goes to this file; without one, to QEMU's stdout. */
  consoleLog?: string;
  qmpSocket?: string;
  agentSocket?: string;
  /** Guest RAM in this file (shared: writes reach the file; private: copy-on-write); without one, in anonymous memory. */
  ram?: { file: string; share: boolean };
  /** The machine type: the architecture's alias (pc, virt: this QEMU's newest) unless a saved state names its own (pc-i440fx-7.2, virt-7.2). */
  machine?: string;
  /** Start paused, waiting for a state to load (migrate-incoming). */
  incoming?: boolean;
  /** The scratch disks (virtio-blk: /dev/vda, /dev/vdb, … in this order). */
  disks?: DiskSpec[];
  /** Their raw image files, one per size. */
  diskFiles?: string[];
  /** Read-only images the agent mounts at boot (dirs, kernel modules, a root filesystem). */
  mounts?: GuestMount[];
  /** A gdb stub on this local port. */
  gdbPort?: number;
}

/** A scratch disk: empty of sizeMiB, or a private copy of a raw image (grown to sizeMiB if that is larger). */
export interface DiskSpec {
  sizeMiB?: number;
  image?: string;
}

/** What a VM needs to be started the same way again (a snapshot keeps it). */
export type LaunchSpec = Pick<QemuLaunch, "arch" | "accel" | "kernel" | "initrd" | "cmdline" | "memoryMiB" | "cpus" | "disks" | "mounts" | "machine">;

/** qboot starts an x86 -kernel guest ~0.9 s sooner than SeaBIOS (measured under TCG); arm64's virt boots the kernel with no firmware. */
const FAST_FIRMWARE = "/usr/share/qemu/qboot.rom";
const firmware = (arch: Arch): string[] => (arch === "x86_64" && existsSync(FAST_FIRMWARE) ? ["-bios", FAST_FIRMWARE] : []);

export function qemuArgs(l: QemuLaunch): string[] {
  const guest = guestArch(l.arch ?? "x86_64");
  const args = [
    ...firmware(guest.arch),
    "-nodefaults", "-no-user-config", "-display", "none", "-no-reboot",
    "-machine", `${l.machine ?? guest.machine},accel=${l.accel},memory-backend=guest-ram`,
    "-cpu", l.accel === "kvm" ? "host" : guest.tcgCpu,
    "-m", String(l.memoryMiB),
    "-smp", String(l.cpus),
    "-kernel", l.kernel,
    "-append", l.cmdline,
  ];
  if (l.consoleLog) args.push("-chardev", `file,id=console,path=${l.consoleLog}`, "-serial", "chardev:console");
  else args.push("-serial", "stdio");
  if (l.initrd) args.push("-initrd", l.initrd);
  if (l.gdbPort !== undefined) args.push("-gdb", `tcp:127.0.0.1:${l.gdbPort}`);
  // Guest RAM is always the backend "guest-ram", file or not: a saved state names its RAM block by that id, so any
  // state loads into any VM (without a backend, the block is the machine's "pc.ram"). Measured: no cost to boot or resume.
  if (l.ram)
    args.push("-object", `memory-backend-file,id=guest-ram,size=${l.memoryMiB}M,mem-path=${l.ram.file},share=${l.ram.share ? "on" : "off"}`);
  else args.push("-object", `memory-backend-ram,id=guest-ram,size=${l.memoryMiB}M`);
  if (l.incoming) args.push("-incoming", "defer");
  if (l.qmpSocket) args.push("-chardev", `socket,id=qmp,path=${l.qmpSocket},server=on,wait=off`, "-mon", "chardev=qmp,mode=control");
  if (l.agentSocket)
    args.push(
      "-chardev", `socket,id=agent,path=${l.agentSocket},server=on,wait=off`,
      "-device", "virtio-serial-pci,id=agent-bus",
      "-device", `virtserialport,bus=agent-bus.0,chardev=agent,name=${AGENT_PORT_NAME}`,
    );
  // Scratch disks: flushes are pointless for a test's throwaway data (cache=unsafe); QEMU still
  // drains all I/O when it stops for a snapshot, so the file is consistent with the saved state.
  l.diskFiles?.forEach((file, i) =>
    args.push("-drive", `file=${file},format=raw,if=none,id=disk${i},cache=unsafe`, "-device", `virtio-blk-pci,drive=disk${i},serial=provium-disk${i}`),
  );
  // Read-only: every VM and every fixture resume of a run shares one image file, with no copy.
  l.mounts?.forEach((m, i) =>
    args.push("-drive", `file=${m.image},format=raw,if=none,id=dir${i},readonly=on`, "-device", `virtio-blk-pci,drive=dir${i},serial=${mountSerial(i)}`),
  );
  return args;
}

export function qemuBinary(arch: Arch = "x86_64"): string {
  const { qemuBinary: name, qemuPackage } = guestArch(arch);
  const binary = findExecutable(name);
  if (!binary) throw new ProviumError(`${name} was not found on PATH: run ${setupCommand(arch)} (it installs ${qemuPackage})`);
  return binary;
}

/**
 * Starts QEMU. Under setpriv --pdeathsig, the kernel kills QEMU if Node dies
 * without running any cleanup (e.g. SIGKILL).
 */
export function spawnQemu(arch: Arch | undefined, args: string[]): ResultPromise<{ reject: false; stdin: "ignore"; stdout: "ignore"; stderr: "pipe"; cleanup: true }> {
  const qemu = qemuBinary(arch);
  const setpriv = findExecutable("setpriv");
  const [file, argv] = setpriv ? [setpriv, ["--pdeathsig", "KILL", "--", qemu, ...args]] : [qemu, args];
  return execa(file, argv, { reject: false, stdin: "ignore", stdout: "ignore", stderr: "pipe", cleanup: true });
}
