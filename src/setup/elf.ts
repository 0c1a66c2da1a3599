// Just enough ELF reading for setup: is busybox static (no PT_INTERP)?
// Hand-rolled because `file` is not guaranteed on the host.

const PT_INTERP = 3;

interface Elf {
  buf: Buffer;
  is64: boolean;
  le: boolean;
}

function open(buf: Buffer): Elf {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) throw new Error("not an ELF file");
  const cls = buf[4];
  const data = buf[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) throw new Error("unsupported ELF class or byte order");
  return { buf, is64: cls === 2, le: data === 1 };
}

function u16(e: Elf, off: number): number {
  return e.le ? e.buf.readUInt16LE(off) : e.buf.readUInt16BE(off);
}
function u32(e: Elf, off: number): number {
  return e.le ? e.buf.readUInt32LE(off) : e.buf.readUInt32BE(off);
}
/** Address-sized field (offsets and sizes fit in a JS number for any real file). */
function addr(e: Elf, off: number): number {
  if (!e.is64) return u32(e, off);
  return Number(e.le ? e.buf.readBigUInt64LE(off) : e.buf.readBigUInt64BE(off));
}

/** Whether the executable names a program interpreter, i.e. is dynamically linked. */
export function hasInterpreter(buf: Buffer): boolean {
  const e = open(buf);
  const phoff = addr(e, e.is64 ? 0x20 : 0x1c);
  const phentsize = u16(e, e.is64 ? 0x36 : 0x2a);
  const phnum = u16(e, e.is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + 4 > buf.length) throw new Error("truncated ELF program headers");
    if (u32(e, at) === PT_INTERP) return true;
  }
  return false;
}
