// Opening /dev/kvm to the runner user: GitHub's x64 runners have KVM, but
// the device is root-only until a udev rule opens it. Whether a guest CPU
// really runs is the accelerator probe's call, at the first boot.
import { accessSync, constants, existsSync, writeFileSync } from "node:fs";
import * as exec from "@actions/exec";
import { findExecutable } from "../util/executables.ts";

const RULE_FILE = "/etc/udev/rules.d/99-provium-kvm.rules";
const RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';

function usable(): boolean {
  try {
    accessSync("/dev/kvm", constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function asRoot(command: string, args: string[]): Promise<void> {
  const root = process.getuid?.() === 0;
  if (root) await exec.exec(command, args);
  else await exec.exec("sudo", ["-n", command, ...args]);
}

/** Returns what it did, for the log. */
export async function enableKvm(): Promise<string> {
  if (!existsSync("/dev/kvm")) return "no /dev/kvm on this runner: guests will run under TCG emulation";
  if (usable()) return "/dev/kvm is already usable";
  if (process.getuid?.() === 0) writeFileSync(RULE_FILE, RULE);
  else await exec.exec("sudo", ["-n", "tee", RULE_FILE], { input: Buffer.from(RULE), silent: true });
  if (findExecutable("udevadm")) {
    await asRoot("udevadm", ["control", "--reload-rules"]);
    await asRoot("udevadm", ["trigger", "--name-match=kvm"]);
  } else await asRoot("chmod", ["0666", "/dev/kvm"]); // no udev (a container): open the node directly
  return usable() ? "/dev/kvm opened to the runner user" : "/dev/kvm could not be opened: guests will run under TCG emulation";
}
