// File writes that never leave a half-written file behind: write a sibling
// temp file, then rename over the target (atomic within one filesystem).

import { mkdir, readFile, rename, rm, stat, writeFile, chmod } from "node:fs/promises";
import { dirname } from "node:path";

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

export async function atomicWrite(path: string, data: Buffer | string, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data, { mode });
    await chmod(tmp, mode); // writeFile's mode is filtered by the umask
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Write only when the content or mode differs; returns whether it wrote. */
export async function writeIfChanged(path: string, data: Buffer | string, mode = 0o644): Promise<boolean> {
  const want = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const [old, st] = await Promise.all([readFile(path).catch(() => null), stat(path).catch(() => null)]);
  if (old && st && old.equals(want) && (st.mode & 0o7777) === mode) return false;
  await atomicWrite(path, want, mode);
  return true;
}
