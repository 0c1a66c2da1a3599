// Just enough ELF reading for what Provium asks of its files: is busybox
// static (no PT_INTERP), which machine a test program is for, and which strings the pointers of a relocatable
// object's section point to (a kernel module's KUnit suites). Hand-rolled
// because `file`, readelf and the like are not guaranteed on the host.
import type { Arch } from "./arch.ts";

const PT_INTERP = 3;
const SHT_RELA = 4;
const SHT_NOBITS = 8;

interface Elf {
  buf: Buffer;
  is64: boolean;
  le: boolean;
}

export interface Section {
  name: string;
  type: number;
  offset: number;
  size: number;
  link: number;
  info: number;
}

function open(buf: Buffer): Elf {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46) throw new Error("not an ELF file");
  const cls = buf[4];
  const data = buf[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) throw new Error("unsupported ELF class or byte order");
  return { buf, is64: cls === 2, le: data === 1 };
}

function within(e: Elf, off: number, size: number, what: string): number {
  if (off < 0 || off + size > e.buf.length) throw new Error(`truncated ELF ${what}`);
  return off;
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
function signedAddr(e: Elf, off: number): number {
  if (!e.is64) return e.le ? e.buf.readInt32LE(off) : e.buf.readInt32BE(off);
  return Number(e.le ? e.buf.readBigInt64LE(off) : e.buf.readBigInt64BE(off));
}

/** The NUL-terminated string at off (at most max bytes). */
function cString(buf: Buffer, off: number, max = 4096): string {
  const end = buf.indexOf(0, off);
  return buf.toString("latin1", off, end < 0 ? Math.min(buf.length, off + max) : Math.min(end, off + max));
}

/** Whether the executable names a program interpreter, i.e. is dynamically linked. */
export function hasInterpreter(buf: Buffer): boolean {
  const e = open(buf);
  const phoff = addr(e, e.is64 ? 0x20 : 0x1c);
  const phentsize = u16(e, e.is64 ? 0x36 : 0x2a);
  const phnum = u16(e, e.is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) {
    const at = within(e, phoff + i * phentsize, 4, "program headers");
    if (u32(e, at) === PT_INTERP) return true;
  }
  return false;
}

/** e_machine values of the architectures a guest can be (compat: what its kernel runs too). */
const MACHINES: Record<Arch, { machine: number; name: string; compat?: number }> = { x86_64: { machine: 62, name: "x86-64", compat: 3 }, arm64: { machine: 183, name: "AArch64" } };
const MACHINE_NAMES: Record<number, string> = { 3: "i386", 8: "MIPS", 20: "PowerPC", 21: "PowerPC64", 22: "s390", 40: "32-bit ARM", 62: "x86-64", 183: "AArch64", 243: "RISC-V", 258: "LoongArch" };

/**
 * Why the executable cannot run on a guest of arch (an ELF for another
 * machine), or undefined when it can: the guest's machine, or i386 on x86-64
 * (the kernel runs it).
 */
export function foreignMachine(buf: Buffer, arch: Arch): string | undefined {
  const e = open(buf);
  const guest = MACHINES[arch];
  const machine = u16(e, 18);
  if (machine === guest.machine || machine === guest.compat) return undefined;
  return `it is an ELF for ${MACHINE_NAMES[machine] ?? `machine ${machine}`}, and the guest is ${guest.name}`;
}

function sections(e: Elf): Section[] {
  const shoff = addr(e, e.is64 ? 0x28 : 0x20);
  const shentsize = u16(e, e.is64 ? 0x3a : 0x2e);
  const shnum = u16(e, e.is64 ? 0x3c : 0x30);
  const shstrndx = u16(e, e.is64 ? 0x3e : 0x32);
  const raw = Array.from({ length: shnum }, (_, i) => {
    const at = within(e, shoff + i * shentsize, e.is64 ? 64 : 40, "section headers");
    const field = (n64: number, n32: number) => addr(e, at + (e.is64 ? n64 : n32));
    return { nameAt: u32(e, at), type: u32(e, at + 4), offset: field(0x18, 0x10), size: field(0x20, 0x14), link: u32(e, at + (e.is64 ? 0x28 : 0x18)), info: u32(e, at + (e.is64 ? 0x2c : 0x1c)) };
  });
  const names = raw[shstrndx];
  return raw.map(({ nameAt, ...s }) => ({ ...s, name: names ? cString(e.buf, within(e, names.offset + nameAt, 1, "section names")) : "" }));
}

/** The names of the file's sections (an object without section headers has none). */
export function sectionNames(buf: Buffer): string[] {
  return sections(open(buf)).map((s) => s.name);
}

/**
 * In a relocatable object (a kernel module), the section `name` is an array
 * of pointers filled in by its RELA relocations: for each pointer, in order,
 * the NUL-terminated string at the start of what it points to (at most max
 * bytes). Undefined when the object has no such section; [] when nothing
 * relocates it.
 */
export function pointedStrings(buf: Buffer, name: string, max: number): string[] | undefined {
  const e = open(buf);
  const all = sections(e);
  const index = all.findIndex((s) => s.name === name);
  if (index < 0) return undefined;
  const rela = all.find((s) => s.type === SHT_RELA && s.info === index);
  if (!rela) return [];
  const symtab = all[rela.link];
  if (!symtab) throw new Error(`${rela.name} names no symbol table`);
  const entry = e.is64 ? 24 : 12;
  const symbolSize = e.is64 ? 24 : 16;
  const relocations = Array.from({ length: Math.floor(rela.size / entry) }, (_, i) => {
    const at = within(e, rela.offset + i * entry, entry, "relocations");
    const info = e.is64 ? Number((e.le ? e.buf.readBigUInt64LE(at + 8) : e.buf.readBigUInt64BE(at + 8)) >> 32n) : u32(e, at + 4) >>> 8;
    return { offset: addr(e, at), symbol: info, addend: signedAddr(e, at + (e.is64 ? 16 : 8)) };
  });
  return relocations
    .sort((a, b) => a.offset - b.offset)
    .map(({ symbol, addend }) => {
      const at = within(e, symtab.offset + symbol * symbolSize, symbolSize, "symbols");
      const value = e.is64 ? addr(e, at + 8) : u32(e, at + 4);
      const target = all[u16(e, at + (e.is64 ? 6 : 14))];
      if (!target || target.type === SHT_NOBITS) return "";
      return cString(e.buf, within(e, target.offset + value + addend, 1, "pointer target"), max);
    });
}
