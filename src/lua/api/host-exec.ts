// provium.host_exec: a command on the host (build a test program, make an
// image, fetch what the guest produced) with vm:exec's forms and result, so
// a suite needs no shell script beside it. provium.host_tmpdir gives a
// scratch directory that is removed with the run.
import { constants } from "node:os";
import { lua, type LuaState } from "fengari";
import { execa } from "execa";
import type { LuaBridge } from "../bridge.ts";
import { pushString, pushValue, raise, toText } from "../values.ts";
import { LuaOptions, stringList } from "./tables.ts";

export interface HostExecContext {
  /** The default working directory: the suite root. */
  cwd: string;
  /** A fresh scratch directory on the host, removed when the run ends. */
  tmpdir(): string;
}

const DEFAULT_TIMEOUT_S = 600;
const MAX_OUTPUT_BYTES = 64 << 20;

const signalNumber = (name: string | undefined): number | null =>
  name ? ((constants.signals as Record<string, number>)[name] ?? null) : null;

export function hostExec(L: LuaState, bridge: LuaBridge, host: HostExecContext): number {
  const command = lua.lua_istable(L, 1) ? stringList(L, 1) : lua.lua_type(L, 1) === lua.LUA_TSTRING ? toText(L, 1) : undefined;
  if (command === undefined || command.length === 0) raise(L, "provium.host_exec(cmd, opts): cmd must be a shell string or a non-empty list of arguments");
  const o = new LuaOptions(L, 2, "provium.host_exec", ["env", "cwd", "stdin", "timeout"]);
  const env = o.stringMap("env");
  const cwd = o.string("cwd") ?? host.cwd;
  const stdin = o.bytes("stdin");
  const timeout = o.positive("timeout", false, "seconds") ?? DEFAULT_TIMEOUT_S;
  return bridge.await(L, "provium.host_exec", async () => {
    const [file, args] = typeof command === "string" ? ["/bin/sh", ["-c", command]] : [command[0]!, command.slice(1)];
    const r = await execa(file, args, {
      cwd, env, input: stdin ?? "", reject: false, encoding: "buffer", timeout: timeout * 1000, maxBuffer: MAX_OUTPUT_BYTES, stripFinalNewline: false,
    });
    // A program that could not start (missing, not executable) is 127/126 as in a shell, with the reason on stderr.
    const notStarted = r.exitCode === undefined && !r.signal && !r.timedOut;
    const code = notStarted ? ((r.cause as NodeJS.ErrnoException | undefined)?.code === "ENOENT" ? 127 : 126) : (r.exitCode ?? null);
    const stderr = notStarted ? Buffer.from(`provium.host_exec: cannot run ${file}: ${(r.cause as Error | undefined)?.message ?? r.shortMessage}\n`) : Buffer.from(r.stderr ?? []);
    return (L) => {
      pushValue(L, {
        ok: code === 0 && !r.timedOut, code, signal: signalNumber(r.signal), stdout: Buffer.from(r.stdout ?? []), stderr, timed_out: r.timedOut,
      });
      return 1;
    };
  });
}

export function hostTmpdir(L: LuaState, host: HostExecContext): number {
  pushString(L, host.tmpdir());
  return 1;
}
