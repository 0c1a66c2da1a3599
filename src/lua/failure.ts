// Turning a failed or abandoned Lua thread into a report: the message, the
// innermost line in the user's files (never one of ours), the test file's
// own line, and a traceback without Provium's internal frames.
import { lauxlib, lua, to_jsstring, to_luastring, type LuaState } from "fengari";
import { PRELUDE_CHUNK } from "./state.ts";
import { toText } from "./values.ts";

export interface LuaLocation {
  file?: string;
  line?: number;
  testLine?: number;
  traceback: string;
}

export type ThreadError =
  | { outcome: "skip" | "todo"; reason: string }
  | { outcome: "error"; message: string; location: LuaLocation };

/**
 * Where a thread stands (failed or suspended). testFile is the display path
 * of the file under test. (The traceback is built here: fengari's
 * luaL_traceback trips on another thread's frames.)
 */
export function locate(L: LuaState, thread: LuaState, testFile: string): LuaLocation {
  const ar = new lua.lua_Debug();
  const location: LuaLocation = { traceback: "" };
  const lines: string[] = [];
  for (let level = 0; lua.lua_getstack(thread, level, ar); level++) {
    lua.lua_getinfo(thread, to_luastring("Sln"), ar);
    const source = to_jsstring(ar.source);
    const name = ar.name ? `function '${to_jsstring(ar.name)}'` : ar.what && to_jsstring(ar.what) === "main" ? "main chunk" : "function";
    if (source === PRELUDE_CHUNK) continue;
    if (!source.startsWith("@")) {
      lines.push(`\t[host]: in ${name}`);
      continue;
    }
    const file = source.slice(1);
    if (!(ar.currentline > 0)) {
      lines.push(`\t${file}: in ${name}`);
      continue;
    }
    lines.push(`\t${file}:${ar.currentline}: in ${name}`);
    if (location.file === undefined) Object.assign(location, { file, line: ar.currentline });
    if (location.testLine === undefined && file === testFile) location.testLine = ar.currentline;
  }
  location.traceback = ["stack traceback:", ...lines].join("\n");
  return location;
}

/** Reads the error value a thread died with (on its stack top). */
export function threadError(L: LuaState, thread: LuaState, testFile: string): ThreadError {
  lua.lua_xmove(thread, L, 1); // a dead thread's stack may be full: inspect the value on L
  try {
    return readError(L, () => locate(L, thread, testFile));
  } finally {
    lua.lua_pop(L, 1);
  }
}

/** Reads the error value on L's stack top (left there); where() locates it when it is an error. */
export function readError(L: LuaState, where: () => LuaLocation): ThreadError {
  const outcome = outcomeOf(L);
  if (outcome) return outcome;
  const type = lua.lua_type(L, -1);
  let message: string;
  if (type === lua.LUA_TSTRING || type === lua.LUA_TNUMBER) message = toText(L, -1);
  else if (type === lua.LUA_TNIL) message = "error(nil) was raised";
  else {
    lauxlib.luaL_tolstring(L, -1);
    message = `error value: ${toText(L, -1)}`;
    lua.lua_pop(L, 1);
  }
  return { outcome: "error", message, location: where() };
}

/** t:skip() and todo() raise a table whose metatable marks it as an outcome. */
function outcomeOf(L: LuaState): ThreadError | undefined {
  if (lua.lua_type(L, -1) !== lua.LUA_TTABLE || !lua.lua_getmetatable(L, -1)) return undefined;
  lua.lua_getfield(L, -1, to_luastring("__provium_outcome"));
  const isOutcome = lua.lua_toboolean(L, -1);
  lua.lua_pop(L, 2);
  if (!isOutcome) return undefined;
  lua.lua_getfield(L, -1, to_luastring("kind"));
  lua.lua_getfield(L, -2, to_luastring("reason"));
  const outcome = { outcome: toText(L, -2) as "skip" | "todo", reason: toText(L, -1) };
  lua.lua_pop(L, 2);
  return outcome;
}
