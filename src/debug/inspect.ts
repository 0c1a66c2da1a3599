// A Lua value as the REPL prints it: readable, bounded, one line per value
// where it fits. Objects with __tostring (a VM, a process) print as
// themselves; tables as { key = value, ... } with sorted keys.
import { lauxlib, lua, type LuaState } from "fengari";
import { toText } from "../lua/values.ts";

const MAX_DEPTH = 3;
const MAX_ENTRIES = 50;
const MAX_STRING = 4000;

/** Bytes as a Lua string literal (escapes where a terminal would show garbage). */
function quote(bytes: Buffer): string {
  const cut = bytes.length > MAX_STRING;
  const text = bytes.subarray(0, MAX_STRING).toString("utf8").replace(/[\\"\x00-\x1f\x7f\ufffd]/g, (c) => {
    const named: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r" };
    return named[c] ?? (c === "\ufffd" ? "\\?" : `\\${c.charCodeAt(0)}`);
  });
  return `"${text}"${cut ? ` ... (${bytes.length} bytes)` : ""}`;
}

function hasToString(L: LuaState, index: number): boolean {
  if (!lua.lua_getmetatable(L, index)) return false;
  const found = lua.lua_getfield(L, -1, "__tostring") !== lua.LUA_TNIL;
  lua.lua_pop(L, 2);
  return found;
}

function tolstring(L: LuaState, index: number): string {
  lauxlib.luaL_tolstring(L, index);
  const text = toText(L, -1);
  lua.lua_pop(L, 1);
  return text;
}

function key(L: LuaState, index: number): string {
  if (lua.lua_type(L, index) === lua.LUA_TSTRING) {
    const name = toText(L, index);
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `[${quote(Buffer.from(name))}]`;
  }
  return `[${describe(L, index, MAX_DEPTH, new Set())}]`;
}

function table(L: LuaState, index: number, depth: number, seen: Set<unknown>): string {
  const id = lua.lua_topointer(L, index);
  if (seen.has(id)) return "<cycle>";
  if (depth >= MAX_DEPTH) return "{...}";
  seen.add(id);
  const length = lua.lua_rawlen(L, index) as number;
  const items: string[] = [];
  for (let i = 1; i <= Math.min(length, MAX_ENTRIES); i++) {
    lua.lua_rawgeti(L, index, i);
    items.push(describe(L, -1, depth + 1, seen));
    lua.lua_pop(L, 1);
  }
  const named: [string, string][] = [];
  lua.lua_pushnil(L);
  while (lua.lua_next(L, index)) {
    const isArrayKey = lua.lua_isinteger(L, -2) && (lua.lua_tointeger(L, -2) as number) >= 1 && (lua.lua_tointeger(L, -2) as number) <= length;
    if (!isArrayKey) named.push([key(L, -2), describe(L, -1, depth + 1, seen)]);
    lua.lua_pop(L, 1);
  }
  seen.delete(id);
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  items.push(...named.slice(0, MAX_ENTRIES).map(([k, v]) => `${k} = ${v}`));
  const more = length + named.length - items.length;
  if (more > 0) items.push(`... (${more} more)`);
  return items.length ? `{ ${items.join(", ")} }` : "{}";
}

function describe(L: LuaState, index: number, depth: number, seen: Set<unknown>): string {
  index = lua.lua_absindex(L, index);
  switch (lua.lua_type(L, index)) {
    case lua.LUA_TSTRING:
      return quote(Buffer.from(lua.lua_tolstring(L, index) as Uint8Array));
    case lua.LUA_TTABLE:
      return hasToString(L, index) ? tolstring(L, index) : table(L, index, depth, seen);
    default:
      return tolstring(L, index); // nil, booleans, numbers (integer or float as Lua writes them), functions
  }
}

/** The value at index; a string at the top level prints as its text (like print). */
export function inspect(L: LuaState, index: number): string {
  return lua.lua_type(L, index) === lua.LUA_TSTRING ? toText(L, index) : describe(L, index, 0, new Set());
}
