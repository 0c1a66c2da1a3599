// Writer for the "newc" cpio format, the one the Linux kernel unpacks as an
// initramfs. Concatenated archives are merged by the kernel, which is how the
// agent overlay is added to a profile's initrd without modifying it.

export type CpioEntry =
  | { type: "file"; path: string; mode: number; data: Buffer }
  | { type: "dir"; path: string; mode: number }
  | { type: "symlink"; path: string; target: string };

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

function pad4(length: number): Buffer {
  return Buffer.alloc((4 - (length % 4)) % 4);
}

function header(inode: number, mode: number, size: number, nameSize: number): Buffer {
  const fields = [
    inode, mode, 0 /* uid */, 0 /* gid */, 1 /* nlink */, 0 /* mtime */, size,
    0, 0, 0, 0 /* dev major/minor, rdev major/minor */, nameSize, 0 /* check */,
  ];
  return Buffer.from("070701" + fields.map((f) => f.toString(16).padStart(8, "0")).join(""), "ascii");
}

function record(inode: number, path: string, mode: number, data: Buffer): Buffer[] {
  const name = Buffer.from(path.replace(/^\/+/, "") + "\0");
  const head = header(inode, mode, data.length, name.length);
  return [head, name, pad4(head.length + name.length), data, pad4(data.length)];
}

/** Serialise entries (parents before children) into one newc archive. */
export function writeCpio(entries: CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  entries.forEach((entry, index) => {
    const inode = index + 1;
    switch (entry.type) {
      case "file":
        parts.push(...record(inode, entry.path, S_IFREG | entry.mode, entry.data));
        break;
      case "dir":
        parts.push(...record(inode, entry.path, S_IFDIR | entry.mode, Buffer.alloc(0)));
        break;
      case "symlink":
        parts.push(...record(inode, entry.path, S_IFLNK | 0o777, Buffer.from(entry.target)));
        break;
    }
  });
  parts.push(...record(0, "TRAILER!!!", 0, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
