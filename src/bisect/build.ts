// One build of a bisect step: the user's command through sh, in the
// worktree, in a process group of its own so that Ctrl-C (or any exit)
// stops make and every compiler it started, not only the shell. Its
// output is kept as a tail for the step log (and passed on with --verbose).
import { execa } from "execa";
import { trackProcessGroup, untrackProcessGroup } from "../host/cleanup.ts";

export interface BuildResult {
  ok: boolean;
  /** The shell's status; 127: the command (or a program it runs first) was not found. */
  exitCode?: number;
  signal?: string;
  durationMs: number;
  /** The last lines of its output (stdout and stderr interleaved). */
  tail: string[];
  interrupted: boolean;
}

const TAIL_LINES = 30;
/** After the polite SIGINT (make removes half-written targets), how long the group gets before SIGKILL. */
const STOP_GRACE_MS = 5000;

export async function runBuild(command: string, cwd: string, options: { env: Record<string, string>; signal: AbortSignal; onLine?: (line: string) => void }): Promise<BuildResult> {
  const started = Date.now();
  const tail: string[] = [];
  const build = execa("sh", ["-c", command], { cwd, env: options.env, detached: true, all: true, buffer: false, reject: false, stdin: "ignore" });
  const leader = build.pid;
  if (leader) trackProcessGroup(leader);
  // The shell is gone: what it left running in its group is not ours to keep (and would hold the output pipe open).
  build.once("exit", () => signalGroup(leader, "SIGKILL"));
  const stop = () => {
    signalGroup(leader, "SIGINT");
    setTimeout(() => signalGroup(leader, "SIGKILL"), STOP_GRACE_MS).unref();
  };
  if (options.signal.aborted) stop();
  else options.signal.addEventListener("abort", stop, { once: true });
  try {
    for await (const line of build.iterable({ from: "all" })) {
      tail.push(String(line));
      if (tail.length > TAIL_LINES) tail.shift();
      options.onLine?.(String(line));
    }
    const result = await build;
    return { ok: result.exitCode === 0, exitCode: result.exitCode, signal: result.signal, durationMs: Date.now() - started, tail, interrupted: options.signal.aborted };
  } finally {
    options.signal.removeEventListener("abort", stop);
    if (leader) untrackProcessGroup(leader);
  }
}

function signalGroup(leader: number | undefined, signal: NodeJS.Signals): void {
  if (!leader) return;
  try {
    process.kill(-leader, signal);
  } catch {
    // the group is gone
  }
}
