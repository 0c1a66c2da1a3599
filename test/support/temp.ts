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

/** The smallest file that passes for an arm64 Image: "ARM\x64" at 0x38, and a version banner to read the release from. */
export const FAKE_ARM64_IMAGE = "\0".repeat(0x38) + "ARM\x64" + "\0".repeat(64) + "Linux version 6.1.0-fake-arm64 (builder@host) #1 SMP\0";
