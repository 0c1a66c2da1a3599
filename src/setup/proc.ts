// Running host commands. Output is always captured (setup prints one line per
// step); on failure the error names the command and its last stderr line.

import { execa } from "execa";
import { SetupError } from "./errors.ts";

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  hint?: string;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "";
}

/** Run and report failure as a value (for probes such as dpkg-query). */
export async function tryRun(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult & { why: string }> {
  const r = await execa(cmd, args, {
    cwd: opts.cwd,
    input: opts.input,
    env: opts.env,
    reject: false,
    stdin: opts.input === undefined ? "ignore" : "pipe",
  });
  const stdout = String(r.stdout ?? "");
  const stderr = String(r.stderr ?? "");
  const why = r.failed ? lastLine(stderr) || lastLine(stdout) || (r.shortMessage ?? "").split("\n")[0] || "failed" : "";
  return { ok: !r.failed, stdout, stderr, why };
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
