// A suite whose provium.toml has the profile "copy": the built-in guest's
// kernel and initramfs (its busybox root and virtio modules, in one file)
// copied into the suite, and no modules tree — as a user would point a
// profile at their own files. Tests can then take the files away, or find
// what the guest lacks without the modules (e.g. overlayfs).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveProfile } from "../../src/vm/profile.ts";
import { tempDir } from "./temp.ts";

export function minimalCopySuite(files: Record<string, string>): string {
  const minimal = resolveProfile("minimal");
  const dir = tempDir({
    ...files,
    "provium.toml": '[profiles.copy]\nkernel = "vmlinuz"\ninitrd = "initrd.cpio"\n',
  });
  writeFileSync(path.join(dir, "vmlinuz"), readFileSync(minimal.kernel));
  writeFileSync(path.join(dir, "initrd.cpio"), Buffer.concat(minimal.initrds.map((file) => readFileSync(file))));
  return dir;
}
