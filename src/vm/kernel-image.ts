// What a kernel image says about itself without booting it: its version
// string (the release is its first word) and the architecture it is for.
// Results are compared only between runs of one kernel release and
// architecture (src/history/), so both are read from the image under test.
import { closeSync, openSync, readSync } from "node:fs";

/** The first bytes of the image: headers and, in a bzImage, the version string. */
function head(image: string, bytes = 0x4000): Buffer {
  const fd = openSync(image, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

const isBzImage = (bytes: Buffer) => bytes.length >= 0x210 && bytes.toString("latin1", 0x202, 0x206) === "HdrS";

/** The whole version string in a bzImage's setup header ("6.1.0-18-cloud-amd64 (debian-kernel@…) #1 SMP …"), or undefined if it has none. */
export function kernelVersionString(bzImage: string): string | undefined {
  const bytes = head(bzImage);
  // boot protocol: "HdrS" at 0x202; kernel_version (0x20e) is an offset from 0x200 to a NUL-terminated string
  if (!isBzImage(bytes)) return undefined;
  const start = 0x200 + bytes.readUInt16LE(0x20e);
  if (start >= bytes.length) return undefined;
  const end = bytes.indexOf(0, start);
  return bytes.toString("latin1", start, end < 0 ? bytes.length : end).trim() || undefined;
}

/** The release string (`uname -r`) in a bzImage's setup header, or undefined if it has none. */
export function kernelRelease(bzImage: string): string | undefined {
  return kernelVersionString(bzImage)?.split(" ")[0] || undefined;
}

/** ELF e_machine values, as `uname -m` names them. */
const ELF_MACHINES: Record<number, string> = { 3: "i686", 40: "arm", 62: "x86_64", 183: "aarch64", 243: "riscv64" };

/** The architecture a kernel image is for (`uname -m`'s name): a bzImage is x86_64; an ELF vmlinux says it; an arm64 Image has its magic. */
export function kernelArch(image: string): string | undefined {
  const bytes = head(image, 0x240);
  if (isBzImage(bytes)) return "x86_64";
  if (bytes.length >= 20 && bytes.toString("latin1", 0, 4) === "\x7fELF") {
    const machine = bytes[5] === 2 ? bytes.readUInt16BE(18) : bytes.readUInt16LE(18);
    return ELF_MACHINES[machine];
  }
  if (bytes.length >= 0x40 && bytes.toString("latin1", 0x38, 0x3c) === "ARM\x64") return "aarch64"; // arm64 boot protocol
  return undefined;
}
