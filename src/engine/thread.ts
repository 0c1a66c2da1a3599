// Runs Lua code on a fresh thread of a file's state, within a time limit,
// and turns how it ended into an outcome (passed, failed, error, skip, todo).
import { lauxlib, lua, type LuaState } from "fengari";
import { Deadline, type Clock } from "../util/clock.ts";
import { formatSeconds } from "../util/time.ts";
import { INTERNAL_ERROR } from "../lua/bridge.ts";
import { locate, threadError } from "../lua/failure.ts";
import type { LuaFile } from "../lua/state.ts";
import { consoleTail } from "../vm/console-log.ts";
import type { Vm } from "../vm/vm.ts";
import type { ConsoleExcerpt, Failure, TestStatus } from "./results.ts";

export type Outcome = { status: TestStatus; reason?: string; failure?: Failure };

/** The consoles a failure report shows: of the VMs the code could use. */
export function consoles(vms: Vm[]): ConsoleExcerpt[] {
  return vms
    .filter((vm) => vm.consoleLogPath)
    .map((vm) => ({ vm: vm.name, tail: consoleTail(vm.consoleLogPath, 20), logPath: vm.consoleLogPath }));
}

/** A bug of ours, as a test's outcome: the message says so, the traceback is our stack. */
export function internalErrorOutcome(error: unknown, where: Partial<Failure> = {}): Outcome {
  const e = error instanceof Error ? error : new Error(String(error));
  return { status: "error", failure: { kind: "error", ...where, message: `${INTERNAL_ERROR}: ${String(e)}`, traceback: [where.traceback, e.stack].filter(Boolean).join("\n"), consoles: [] } };
}

/**
 * Runs what push() puts on a fresh thread (a function and its arguments).
 * display is the file under test, as reports name it; vms() lists the VMs
 * whose consoles a failure shows.
 */
export async function runInThread(lf: LuaFile, display: string, push: (thread: LuaState) => void, limit: { ms: number; clock: Clock }, vms: () => Vm[]): Promise<Outcome> {
  const timeoutMs = limit.ms;
  const { L, bridge } = lf;
  const thread = lua.lua_newthread(L);
  const anchor = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX); // keeps the thread alive while it runs
  try {
    push(thread);
    const deadline = Deadline.after(timeoutMs, limit.clock); // stands still while a debugger holds a guest (--gdb)
    bridge.watch(thread, deadline);
    const drive = await bridge.drive(thread, lua.lua_gettop(thread) - 1, deadline);
    // Also when the test caught it with pcall: the state is not to be trusted.
    if (bridge.internalError && drive.status !== "timeout" && drive.status !== "interrupted")
      return internalErrorOutcome(bridge.internalError, locate(L, thread, display));
    if (drive.status === "ok") return { status: "passed" };
    if (drive.status === "timeout" || drive.status === "interrupted") {
      const where = locate(L, thread, display);
      // Stopped by the hook: its position is exact (a hook-suspended frame reports the instruction before).
      if (bridge.hookPosition) Object.assign(where, bridge.hookPosition);
      if (where.file === display) where.testLine = where.line;
      bridge.reset();
      const message =
        drive.status === "interrupted"
          ? "interrupted: the run was stopped (Ctrl-C) before this finished"
          : `the test did not finish within its timeout of ${formatSeconds(timeoutMs)} (set one with test(name, {timeout = seconds}, fn) or --timeout)`;
      return { status: "error", failure: { kind: "error", message, ...where, consoles: consoles(vms()) } };
    }
    const error = threadError(L, thread, display);
    if (error.outcome !== "error") return { status: error.outcome === "skip" ? "skipped" : "todo", reason: error.reason };
    const kind = bridge.hostErrors.has(error.message) ? "error" : "failure";
    return { status: kind === "error" ? "error" : "failed", failure: { kind, message: error.message, ...error.location, consoles: consoles(vms()) } };
  } finally {
    lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, anchor);
  }
}
