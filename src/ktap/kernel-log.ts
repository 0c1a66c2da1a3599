// KTAP inside a kernel log (the serial console, `dmesg`): KUnit prints its
// results through printk, so on the console each line carries printk's
// prefix (`[    0.060000] `, `[    0.060000][    T1] `) and unrelated kernel
// messages come before, between and after them. As kunit_tool does, the
// prefix is found on the first version line and stripped from the lines
// after it, consistently for the whole document; unlike kunit_tool, a printk
// prefix is matched per line (its width grows with the uptime) and a line
// without one is unrelated text, never a KTAP line. No I/O.

/**
 * How the kernel's reports of a crash begin (before a panic, if it comes to
 * that): the code that was running is dead. On x86-64 and arm64: arm64's die()
 * prints "Internal error: Oops…" (after "Unable to handle kernel …" for a
 * fault, after "kernel BUG at …" for a BUG()), and its SError and
 * stack-overflow handlers their own lines (arch/arm64/kernel/traps.c,
 * arch/arm64/mm/fault.c).
 */
export const CRASH_STARTS = [
  String.raw`BUG: `,
  String.raw`kernel BUG at `,
  String.raw`Oops: `,
  String.raw`general protection fault`,
  String.raw`Unable to handle kernel`,
  String.raw`Internal error: `,
  String.raw`SError Interrupt on CPU\d+`,
  String.raw`Insufficient stack space to handle exception`,
];
const CRASH = new RegExp(`^(?:${CRASH_STARTS.join("|")})`);
/** The kernel is dead: nothing after this line runs. */
const PANIC = /^Kernel panic - not syncing/;

/** Where kunit_tool stops reading a kernel log: nothing after these lines is KUnit's. */
const END_OF_KTAP = /^(?:List of all partitions:|reboot: System halted)/;

/** printk's time and caller prefixes, and the one space after them. */
const PRINTK_PREFIX = /^(?:\[\s*\d+\.\d+\])?(?:\[\s*[TC]\d+\])? ?/;
const FIRST_VERSION_LINE = /^(.*?)K?TAP version \d+[ \t]*\r?$/m;

export interface KernelLog {
  /** Where the document starts: the first version line (its character offset and 1-based line number). */
  start: number;
  firstLine: number;
  /** The line without its prefix, or undefined for a line without one: unrelated text. */
  strip(raw: string): string | undefined;
}

/**
 * The KTAP document in a kernel log, or undefined when the text is not one:
 * a plain KTAP/TAP output (its first version line has no prefix, or only
 * indentation), read as it is.
 */
export function kernelLog(text: string): KernelLog | undefined {
  const match = FIRST_VERSION_LINE.exec(text);
  const prefix = match?.[1];
  // "# TAP version 13" is a TAP comment (kselftest's runner nests outputs so), not a log's prefix.
  if (!match || prefix === undefined || prefix.trim() === "" || prefix.trimStart().startsWith("#")) return undefined;
  const firstLine = countLines(text, match.index) + 1;
  const printk = PRINTK_PREFIX.exec(prefix)![0];
  // A printk prefix is matched on each line; any other prefix is cut by its length, as kunit_tool does.
  const strip =
    printk.trim() !== "" && prefix.slice(printk.length).trim() === ""
      ? (raw: string) => {
          const found = PRINTK_PREFIX.exec(raw)![0];
          return found.trim() === "" ? undefined : raw.slice(found.length);
        }
      : (raw: string) => raw.slice(prefix.length);
  return { start: match.index, firstLine, strip };
}

/** A console line without printk's prefix. */
export function withoutPrintkPrefix(line: string): string {
  return line.slice(PRINTK_PREFIX.exec(line)![0].length);
}

/** What a line of a kernel log that is no KTAP line says: a crash (a panic: the kernel is dead), kunit_tool's end of KUnit output, or nothing of note. */
export function logLineKind(trimmed: string): "panic" | "crash" | "end" | undefined {
  if (PANIC.test(trimmed)) return "panic";
  if (CRASH.test(trimmed)) return "crash";
  if (END_OF_KTAP.test(trimmed)) return "end";
  return undefined;
}

/** The line breaks in text before end. */
export function countLines(text: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
