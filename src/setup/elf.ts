// Just enough ELF reading for setup: is busybox static (no PT_INTERP), and a
// kernel module's .modinfo section (its `depends=`). Hand-rolled because
// neither `file` nor kmod's `modinfo` is guaranteed on the host (Debian's
// cloud image ships no kmod).

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

/** Contents of the named section, or null if the file has none by that name. */
export function elfSection(buf: Buffer, name: string): Buffer | null {
  const e = open(buf);
  const shoff = addr(e, e.is64 ? 0x28 : 0x20);
  const shentsize = u16(e, e.is64 ? 0x3a : 0x2e);
  const shnum = u16(e, e.is64 ? 0x3c : 0x30);
  const shstrndx = u16(e, e.is64 ? 0x3e : 0x32);
  const section = (i: number) => {
    const at = shoff + i * shentsize;
    if (at + shentsize > buf.length) throw new Error("truncated ELF section headers");
    return e.is64
      ? { name: u32(e, at), offset: addr(e, at + 24), size: addr(e, at + 32) }
      : { name: u32(e, at), offset: u32(e, at + 16), size: u32(e, at + 20) };
  };
  if (shnum === 0 || shstrndx >= shnum) return null;
  const strtab = section(shstrndx);
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    const start = strtab.offset + s.name;
    const end = buf.indexOf(0, start);
    if (end > 0 && buf.toString("latin1", start, end) === name) return buf.subarray(s.offset, s.offset + s.size);
  }
  return null;
}
