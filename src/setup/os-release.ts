// Which kernel metapackage to follow, from /etc/os-release. Only the
// distribution's own packages are used: the concrete kernel version is
// whatever the metapackage currently depends on, never a pinned one.

import { readFile } from "node:fs/promises";
import type { Arch } from "../util/arch.ts";
import { SetupError } from "./errors.ts";

export type OsRelease = Record<string, string>;

/** Parse os-release(5): KEY=value lines, values optionally quoted. */
export function parseOsRelease(text: string): OsRelease {
  const out: OsRelease = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^([A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    let value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\(["\\`$])/g, "$1");
    }
    out[m[1]] = value;
  }
  return out;
}

export interface KernelChoice {
  distro: "debian" | "ubuntu";
  metapackage: string;
}

/** Debian's name of each guest architecture. */
export const DEBIAN_ARCH: Record<Arch, string> = { x86_64: "amd64", arm64: "arm64" };

/** The metapackage for a small guest kernel of arch on this distribution. */
export function kernelMetapackage(os: OsRelease, arch: Arch): KernelChoice {
  // Derivatives (Mint, Pop!_OS…) name their parent in ID_LIKE; Ubuntu wins
  // over Debian because Ubuntu-based systems list both.
  const ids = [os.ID ?? "", ...(os.ID_LIKE ?? "").split(/\s+/)].filter(Boolean);
  if (ids.includes("ubuntu")) return { distro: "ubuntu", metapackage: "linux-image-virtual" };
  if (ids.includes("debian")) return { distro: "debian", metapackage: `linux-image-cloud-${DEBIAN_ARCH[arch]}` };
  const name = os.PRETTY_NAME ?? os.ID ?? "this distribution";
  throw new SetupError(`no kernel package known for ${name}`, "setup supports Debian and Ubuntu; elsewhere, create a profile with your own kernel");
}

export async function readOsRelease(): Promise<OsRelease> {
  for (const p of ["/etc/os-release", "/usr/lib/os-release"]) {
    const text = await readFile(p, "utf8").catch(() => null);
    if (text !== null) return parseOsRelease(text);
  }
  throw new SetupError("cannot read /etc/os-release", "setup supports Debian and Ubuntu hosts");
}
