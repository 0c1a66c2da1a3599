import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

// Hits only: a miss is looked up again, as what was missing may have been
// installed since (setup's apt step, the container tier's engine).
const found = new Map<string, string>();

/** The absolute path of an executable on PATH, or undefined. */
export function findExecutable(name: string): string | undefined {
  const key = `${name}\0${process.env.PATH}`;
  if (!found.has(key)) {
    const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
    const hit = dirs.map((dir) => path.join(dir, name)).find((candidate) => {
      try {
        accessSync(candidate, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
    if (hit === undefined) return undefined;
    found.set(key, hit);
  }
  return found.get(key);
}

/** An administration tool (mke2fs, depmod): on PATH, else in sbin, which is often not on a user's PATH. */
export function findSbin(name: string): string | undefined {
  return findExecutable(name) ?? ["/usr/sbin", "/sbin"].map((dir) => path.join(dir, name)).find((file) => existsSync(file));
}
