import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

const found = new Map<string, string | undefined>();

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
    found.set(key, hit);
  }
  return found.get(key);
}

/** An administration tool (mke2fs, depmod): on PATH, else in sbin, which is often not on a user's PATH. */
export function findSbin(name: string): string | undefined {
  return findExecutable(name) ?? ["/usr/sbin", "/sbin"].map((dir) => path.join(dir, name)).find((file) => existsSync(file));
}
