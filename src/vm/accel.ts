// Which accelerator a guest runs under. /dev/kvm existing proves nothing (on
// some hosts a KVM vCPU never runs), so "auto" boots the kernel under KVM
// with earlyprintk and waits briefly for its first line; no line means TCG.
// The verdict holds until the host reboots (cached per boot_id).
import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { hostArch, type Arch } from "../util/arch.ts";
import { isOneOf, mustBe, oneOf } from "../util/checks.ts";
import { ProviumError } from "../util/errors.ts";
import { proviumHome } from "../util/home.ts";
import { warnOnce } from "../util/log.ts";
import { guestArch } from "./guest-arch.ts";
import { qemuBinary, qemuArgs, type Accel } from "./qemu.ts";

export type AccelMode = "auto" | Accel;
export const ACCEL_MODES: readonly AccelMode[] = ["auto", "kvm", "tcg"];

/** The mode a user named (a CLI flag, an action input, a provium.create option): one check, one message. */
export function accelMode(value: string): AccelMode {
  if (!isOneOf(ACCEL_MODES, value)) throw new ProviumError(mustBe("accel", oneOf(ACCEL_MODES), value));
  return value;
}

/** Where KVM works the kernel prints within ~100 ms of QEMU starting. */
const PROBE_DEADLINE_MS = 1000;

interface Verdict {
  kvm: boolean;
  reason: string;
}

function bootId(): string {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "unknown";
  }
}

/** Why this user cannot open /dev/kvm, and what opens it: joining its group, or first opening it to a group. */
function unopenable(): string {
  const { mode, gid } = statSync("/dev/kvm");
  const who = `/dev/kvm cannot be opened by this user (uid ${process.getuid?.()})`;
  if ((mode & 0o060) === 0o060)
    return `${who}: it is open to group ${gid} only; join that group (the kvm group), or in a container add --group-add ${gid}`;
  return `${who}: its mode ${(mode & 0o777).toString(8)} opens it to no group; add a udev rule that opens it to the kvm group (docs/troubleshooting.md)`;
}

export async function probeKvm(kernel: string, arch: Arch): Promise<Verdict> {
  if (!existsSync("/dev/kvm")) return { kvm: false, reason: "/dev/kvm does not exist (no hardware virtualisation here)" };
  try {
    closeSync(openSync("/dev/kvm", constants.O_RDWR));
  } catch {
    return { kvm: false, reason: unopenable() };
  }
  const guest = guestArch(arch);
  const args = qemuArgs({
    arch, accel: "kvm", kernel, cmdline: `${guest.earlyConsole} console=${guest.console} panic=-1`,
    memoryMiB: 128, cpus: 1, // no console log: the probe reads the serial port on stdout
  });
  const qemu = execa(qemuBinary(arch), args, { reject: false, stdin: "ignore", buffer: false, cleanup: true });
  try {
    return await new Promise<Verdict>((resolve) => {
      let seen = "";
      let stderr = "";
      const timer = setTimeout(
        () => resolve({ kvm: false, reason: `a KVM guest did not start within ${PROBE_DEADLINE_MS} ms (nested virtualisation unavailable?)` }),
        PROBE_DEADLINE_MS,
      );
      qemu.stdout?.on("data", (chunk: Buffer) => {
        seen = (seen + chunk.toString("latin1")).slice(-4096);
        if (seen.includes("Linux version")) {
          clearTimeout(timer);
          resolve({ kvm: true, reason: "a KVM guest kernel started" });
        }
      });
      qemu.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      void qemu.then((result) => {
        clearTimeout(timer);
        resolve({ kvm: false, reason: `QEMU could not start a KVM guest: ${stderr.trim().split("\n")[0] || `exit ${result.exitCode}`}` });
      });
    });
  } finally {
    qemu.kill("SIGKILL");
    await qemu;
  }
}

async function kvmVerdict(kernel: string, arch: Arch): Promise<Verdict> {
  const cacheFile = path.join(proviumHome(), "accel-probe.json");
  const id = bootId();
  try {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as Verdict & { bootId: string };
    if (cached.bootId === id) return cached;
  } catch {
    // no verdict for this boot yet
  }
  const verdict = await probeKvm(kernel, arch);
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ ...verdict, bootId: id }));
  } catch {
    // an unwritable cache only costs a probe next time
  }
  return verdict;
}

/** A guest of another architecture than the host's is always emulated: no probe, and no warning (it is what was asked for). */
export async function chooseAccel(mode: AccelMode, kernel: string, arch: Arch = "x86_64"): Promise<Accel> {
  if (mode === "tcg") return "tcg";
  const host = hostArch();
  if (host !== arch) {
    if (mode === "auto") return "tcg";
    throw new ProviumError(`accel 'kvm' was requested, but KVM runs only guests of the host's own architecture (${host ?? process.arch}), and this guest is ${arch}: use accel 'auto' or 'tcg'`);
  }
  const verdict = await kvmVerdict(kernel, arch);
  if (verdict.kvm) return "kvm";
  if (mode === "kvm") throw new ProviumError(`accel 'kvm' was requested but KVM does not work here: ${verdict.reason}; use accel 'auto' or 'tcg'`);
  warnOnce(`KVM is not usable (${verdict.reason}); guests run under TCG emulation, which is slower`);
  return "tcg";
}
