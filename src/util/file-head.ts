// The first bytes of a file, for telling what it is by its header.
import { closeSync, openSync, readSync } from "node:fs";

/** Up to bytes from the start of file (fewer when it is shorter). */
export function fileHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
