// The guest architectures Provium runs, by the names users write (`--arch`,
// a profile's `arch`, the action's `arch` input): one list, one check, one
// message. What each one needs of QEMU is in vm/guest-arch.ts.
import { mustBe, oneOf } from "./checks.ts";
import { ProviumError } from "./errors.ts";

export const ARCHES = ["x86_64", "arm64"] as const;
export type Arch = (typeof ARCHES)[number];

/** Other spellings of the same architectures (uname -m, Debian, Node). */
const ALIASES: Record<string, Arch> = { x86_64: "x86_64", amd64: "x86_64", x64: "x86_64", arm64: "arm64", aarch64: "arm64" };

/** Whether value names one of them (in any of its spellings). */
export const isArchName = (value: unknown): value is string => typeof value === "string" && ALIASES[value.trim().toLowerCase()] !== undefined;

/** The architecture a user named; what names the setting in the message. */
export function parseArch(value: string, what = "arch"): Arch {
  if (!isArchName(value)) throw new ProviumError(mustBe(what, oneOf(ARCHES), value));
  return ALIASES[value.trim().toLowerCase()]!;
}

/** A comma-separated list of them, each once, in the order given. */
export function parseArchList(value: string, what = "arch"): Arch[] {
  const names = value.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) throw new ProviumError(mustBe(what, `${oneOf(ARCHES)}, or several separated by commas`, value));
  return [...new Set(names.map((name) => parseArch(name, what)))];
}

/** This machine's architecture, when it is one of ours (a guest of it can run under KVM). */
export function hostArch(arch: string = process.arch): Arch | undefined {
  return ALIASES[arch];
}

/** The architecture a run uses when none is named: this machine's, else x86_64. */
export const defaultArch = (): Arch => hostArch() ?? "x86_64";
