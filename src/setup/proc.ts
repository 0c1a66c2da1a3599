// Running host commands. Output is always captured (setup prints one line per
// step); on failure the error names the command and its last stderr line.

import { execa } from "execa";
import { lastLine, tryRun, type RunOptions as BaseRunOptions, type RunResult } from "../util/proc.ts";
import { SetupError } from "./errors.ts";

export { tryRun, type RunResult } from "../util/proc.ts";

export interface RunOptions extends BaseRunOptions {
  hint?: string;
}

/** Run, throwing a SetupError naming the command if it fails. */
export async function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await tryRun(cmd, args, opts);
  if (!r.ok) throw new SetupError(`\`${[cmd, ...args].join(" ")}\` failed: ${r.why}`, opts.hint);
  return r;
}

/** Run and return stdout as bytes (decompressing a module, for instance). */
export async function runBinary(cmd: string, args: string[]): Promise<Buffer> {
  const r = await execa(cmd, args, { encoding: "buffer", reject: false, stdin: "ignore" });
  if (r.failed) {
    const why = lastLine(Buffer.from(r.stderr ?? new Uint8Array()).toString()) || (r.shortMessage ?? "").split("\n")[0];
    throw new SetupError(`\`${[cmd, ...args].join(" ")}\` failed: ${why}`);
  }
  return Buffer.from(r.stdout);
}
