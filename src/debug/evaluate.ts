// One chunk of Lua evaluated in a session the way a test runs (on its own
// thread, so VM calls yield to the host), for the REPL and for binding
// `vm`: an expression's values, or a statement's, or the error it raised.
import { lauxlib, lua, to_luastring } from "fengari";
import { INTERNAL_ERROR } from "../lua/bridge.ts";
import { threadError } from "../lua/failure.ts";
import type { LuaFile } from "../lua/state.ts";
import { toText } from "../lua/values.ts";
import { Deadline } from "../util/clock.ts";
import { inspect } from "./inspect.ts";

export type Evaluation = { ok: true; values: string[] } | { ok: false; error: string };

/** Compiles code as an expression (`return code`) when it is one, else as statements. */
function load(lf: LuaFile, code: string, chunk: string): string | undefined {
  const { L } = lf;
  if (lauxlib.luaL_loadbuffer(L, to_luastring(`return ${code}`), null, to_luastring(chunk)) === lua.LUA_OK) return undefined;
  lua.lua_pop(L, 1);
  if (lauxlib.luaL_loadbuffer(L, to_luastring(code), null, to_luastring(chunk)) === lua.LUA_OK) return undefined;
  const message = toText(L, -1);
  lua.lua_pop(L, 1);
  return message;
}

/** Whether code is an unfinished statement (the REPL then reads another line). */
export function incomplete(lf: LuaFile, code: string): boolean {
  const { L } = lf;
  if (lauxlib.luaL_loadbuffer(L, to_luastring(`return ${code}`), null, to_luastring("=stdin")) === lua.LUA_OK) {
    lua.lua_pop(L, 1);
    return false;
  }
  lua.lua_pop(L, 1);
  const status = lauxlib.luaL_loadbuffer(L, to_luastring(code), null, to_luastring("=stdin"));
  const message = status === lua.LUA_OK ? "" : toText(L, -1);
  lua.lua_pop(L, 1);
  return message.endsWith("<eof>");
}

export async function evaluate(lf: LuaFile, code: string, chunk = "=stdin"): Promise<Evaluation> {
  const { L, bridge } = lf;
  const syntax = load(lf, code, chunk);
  if (syntax !== undefined) return { ok: false, error: syntax };
  const thread = lua.lua_newthread(L);
  const anchor = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX); // keeps the thread alive while it runs
  try {
    lua.lua_xmove(L, thread, 1);
    bridge.watch(thread, Deadline.NEVER); // the REPL's user interrupts (Ctrl-C)
    const drive = await bridge.drive(thread, 0, Deadline.NEVER);
    if (bridge.internalError) return { ok: false, error: `${INTERNAL_ERROR}: ${bridge.internalError.message}` };
    if (drive.status === "ok") {
      const values: string[] = [];
      for (let i = 1; i <= lua.lua_gettop(thread); i++) values.push(inspect(thread, i));
      return { ok: true, values };
    }
    if (drive.status !== "error") return { ok: false, error: "interrupted" };
    const error = threadError(L, thread, chunk);
    return { ok: false, error: error.outcome === "error" ? error.message : `${error.outcome}: ${error.reason}` };
  } finally {
    lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, anchor);
  }
}
