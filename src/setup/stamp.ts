// The record of what the minimal profile was assembled from. Setup compares
// it with apt's current kernel to decide whether the kernel work can be
// skipped; it is written last, so it only exists for a complete profile.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProviumPaths } from "../util/home.ts";
import { exists } from "./files.ts";

export const PROFILE = "minimal";
export const STAMP = ".setup-stamp.json";

/** What the profile was assembled from. `packages` is "name=version …" of every .deb used. */
export interface Stamp {
  packages: string;
  package: string;
  kernelVersion: string;
  modules: string[];
  /** The modules asked for (TARGET_MODULES when it was assembled): a change means re-packing. */
  targets: string;
}

/** The stamp of a complete profile, or null (none, unreadable, or files missing). */
export async function readStamp(p: ProviumPaths): Promise<Stamp | null> {
  const dir = p.profileDir(PROFILE);
  try {
    const stamp = JSON.parse(await readFile(join(dir, STAMP), "utf8")) as Stamp;
    for (const f of ["vmlinuz", "modules.cpio", "modules/lib/modules"]) if (!(await exists(join(dir, f)))) return null;
    return typeof stamp.packages === "string" && Array.isArray(stamp.modules) && typeof stamp.targets === "string" ? stamp : null;
  } catch {
    return null;
  }
}

