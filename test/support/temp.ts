import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after } from "node:test";

/** A temporary directory holding the given files, removed after the test file. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "provium-test-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The smallest file that passes for a bzImage: the boot-protocol magic at 0x202. */
export const FAKE_BZIMAGE = "\0".repeat(0x202) + "HdrS";
