// A Lua script run in a scope — a test file or a fixture script, the one
// engine both use: its own state wired to the run (session.ts), its top
// level loaded, then run on a fresh thread within a time limit, with the
// guests' consoles marked at its start so that kernel problems during it
// can be checked (kernel-problems.ts).
import { lua } from "fengari";
import { loadLuaFile, type LuaFile } from "../lua/state.ts";
import { toText } from "../lua/values.ts";
import { ConsoleMarks } from "./kernel-problems.ts";
import { openLuaSession, type RunContext, type SessionOptions } from "./session.ts";
import type { Scope } from "./scope.ts";
import { runInThread, type Outcome } from "./thread.ts";

export interface Script {
  lf: LuaFile;
  /** The loader's message when the script does not compile (then it cannot run). */
  syntaxError?: string;
}

export function openScript(run: RunContext, file: string, session: SessionOptions): Script {
  const lf = openLuaSession(run, session);
  return { lf, syntaxError: loadLuaFile(lf.L, file) !== lua.LUA_OK ? toText(lf.L, -1) : undefined };
}

/** Runs the loaded top level; marks: the consoles when it started, for checkKernelHealth. */
export async function runTopLevel({ lf }: Script, display: string, run: RunContext, scope: Scope): Promise<{ outcome: Outcome; marks: ConsoleMarks }> {
  const marks = new ConsoleMarks([]);
  const outcome = await runInThread(lf, display, (thread) => lua.lua_xmove(lf.L, thread, 1), { ms: run.timeoutMs, clock: run.debuggerStops.clock }, () => scope.vms);
  return { outcome, marks };
}
