// Linux signal names (x86-64 numbering), for p:signal("SIGUSR1").
import { ProviumError } from "../util/errors.ts";

const NAMES = [
  "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT",
  "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
];
/** glibc's SIGRTMIN: the kernel's 32 and 33 are taken by the C library's threads. */
const RTMIN = 34;
const RTMAX = 64;

export const SIGKILL = 9;

/** A signal's number from its name ("SIGUSR1", "USR1", "SIGRTMIN+2") or number (1-64). */
export function signalNumber(signal: string | number): number {
  if (typeof signal === "number") {
    if (Number.isInteger(signal) && signal >= 1 && signal <= RTMAX) return signal;
    throw new ProviumError(`signal ${signal} does not exist: Linux signals are 1-${RTMAX}`);
  }
  const name = signal.toUpperCase().replace(/^SIG/, "");
  const index = NAMES.indexOf(name);
  if (index >= 0) return index + 1;
  const rt = /^RT(MIN|MAX)([+-]\d+)?$/.exec(name);
  if (rt) {
    const n = (rt[1] === "MIN" ? RTMIN : RTMAX) + Number(rt[2] ?? 0);
    if (n >= RTMIN && n <= RTMAX) return n;
  }
  throw new ProviumError(`unknown signal '${signal}' (known: ${NAMES.map((n) => `SIG${n}`).join(", ")}, SIGRTMIN+n, SIGRTMAX-n, or a number)`);
}
