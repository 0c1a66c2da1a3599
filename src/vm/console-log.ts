import { readFileSync } from "node:fs";

/** The whole console log so far ("" before QEMU created it). */
export function readConsole(file: string): string {
  try {
    return readFileSync(file, "latin1");
  } catch {
    return "";
  }
}

/** The last lines of the console log, for error messages. */
export function consoleTail(file: string, lines = 30): string {
  const text = readConsole(file).replace(/\r/g, "").trimEnd();
  if (!text) return "(the guest printed nothing)";
  return text.split("\n").slice(-lines).join("\n");
}
