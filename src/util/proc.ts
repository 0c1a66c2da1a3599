// Running a host command with its output captured; a failure is reported as a
// value whose `why` is the command's last stderr (or stdout) line.
import { readFileSync } from "node:fs";
import { execa } from "execa";

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Empty when ok. */
  why: string;
}

export function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "";
}

export async function tryRun(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
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

/** Whether a process exists (one of another user's counts: EPERM). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether a process still runs: a zombie (killed, not yet reaped) does not. */
function stillRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/**
 * Waits, blocking, until none of pids runs, or ms passed: for exit paths,
 * where nothing can be awaited, and a SIGKILL takes effect a moment later
 * (a QEMU with gigabytes to unmap takes milliseconds to die).
 */
export function waitGoneSync(pids: number[], ms: number): void {
  const deadline = Date.now() + ms;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (pids.some(stillRunning) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 5);
}
