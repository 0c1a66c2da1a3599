// Moving values between JS and Lua. fengari's integers are 32-bit, so
// anything wider travels as a float (exact to 2^53) or as a decimal/hex
// string; nothing is ever wrapped silently.
import { lauxlib, lua, to_luastring, type LuaState } from "fengari";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT64_LIMIT = 2n ** 64n;
const INT64_MIN = -(2n ** 63n);

export function pushString(L: LuaState, text: string): void {
  lua.lua_pushstring(L, to_luastring(text));
}

export function pushBytes(L: LuaState, bytes: Uint8Array): void {
  lua.lua_pushlstring(L, bytes, bytes.length);
}

/** Integers as Lua integers where they fit, else floats, else (beyond 2^53) strings. */
export function pushInteger(L: LuaState, value: number | bigint): void {
  const n = Number(value);
  if (Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX) lua.lua_pushinteger(L, n);
  else if (Number.isSafeInteger(n)) lua.lua_pushnumber(L, n);
  else pushString(L, value.toString());
}

export type LuaValue = null | undefined | boolean | number | bigint | string | Uint8Array | LuaValue[] | { [key: string]: LuaValue };

/** Pushes a JS value: arrays become sequences, objects tables, bytes strings. */
export function pushValue(L: LuaState, value: LuaValue): void {
  if (value === null || value === undefined) lua.lua_pushnil(L);
  else if (typeof value === "boolean") lua.lua_pushboolean(L, value);
  else if (typeof value === "bigint") pushInteger(L, value);
  else if (typeof value === "number") Number.isInteger(value) ? pushInteger(L, value) : lua.lua_pushnumber(L, value);
  else if (typeof value === "string") pushString(L, value);
  else if (value instanceof Uint8Array) pushBytes(L, value);
  else if (Array.isArray(value)) {
    lua.lua_createtable(L, value.length, 0);
    value.forEach((item, i) => {
      pushValue(L, item);
      lua.lua_rawseti(L, -2, i + 1);
    });
  } else {
    lua.lua_createtable(L, 0, Object.keys(value).length);
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      pushValue(L, item);
      lua.lua_setfield(L, -2, to_luastring(key));
    }
  }
}

export function toBytes(L: LuaState, index: number): Buffer {
  return Buffer.from(lua.lua_tolstring(L, index) as Uint8Array);
}

export function toText(L: LuaState, index: number): string {
  return toBytes(L, index).toString("utf8");
}

/**
 * Raises a Lua error (never returns). The message is prefixed with the
 * caller's position, skipping the prelude's frames so that it points at the
 * user's line even when the call went through a prelude function.
 */
export function raise(L: LuaState, message: string): never {
  pushString(L, callerPosition(L) + message);
  lua.lua_error(L);
  throw new Error("unreachable: lua_error returned");
}

export function callerPosition(L: LuaState): string {
  const ar = new lua.lua_Debug();
  for (let level = 1; lua.lua_getstack(L, level, ar); level++) {
    lua.lua_getinfo(L, to_luastring("Sl"), ar);
    const source = Buffer.from(ar.source as Uint8Array).toString();
    if (source === "=[provium]") continue;
    return source.startsWith("@") && ar.currentline > 0 ? `${source.slice(1)}:${ar.currentline}: ` : "";
  }
  return "";
}

/**
 * An exact integer argument: a Lua integer, an integral float (exact below
 * 2^53), or a string "12345" / "-1" / "0xffffffff00000000" for anything wider.
 */
export function checkInteger(L: LuaState, index: number, what: string): number | bigint {
  const type = lua.lua_type(L, index);
  if (type === lua.LUA_TNUMBER) {
    if (lua.lua_isinteger(L, index)) return lua.lua_tointeger(L, index) as number;
    const n = lua.lua_tonumber(L, index) as number;
    if (!Number.isInteger(n)) raise(L, `${what}: ${n} is not an integer`);
    if (!Number.isSafeInteger(n)) raise(L, `${what}: ${n} is beyond 2^53, where floats are not exact; pass it as a string, e.g. "0x8000000000000001"`);
    return n;
  }
  if (type === lua.LUA_TSTRING) {
    const text = toText(L, index).trim();
    if (!/^-?(0x[0-9a-f]+|\d+)$/i.test(text)) raise(L, `${what}: "${text}" is not an integer (decimal or 0x hex)`);
    const negative = text.startsWith("-");
    const value = BigInt(negative ? text.slice(1) : text) * (negative ? -1n : 1n);
    if (value < INT64_MIN || value >= UINT64_LIMIT) raise(L, `${what}: ${text} does not fit in 64 bits`);
    return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  }
  raise(L, `${what}: expected an integer, got ${toTypeName(L, index)}`);
}

export function toTypeName(L: LuaState, index: number): string {
  return Buffer.from(lauxlib.luaL_typename(L, index) as Uint8Array).toString();
}

/** A Lua value as JS (for json.encode and options tables); tables by shape. */
export function toValue(L: LuaState, index: number, depth = 0): unknown {
  index = lua.lua_absindex(L, index);
  switch (lua.lua_type(L, index)) {
    case lua.LUA_TNIL:
      return null;
    case lua.LUA_TBOOLEAN:
      return lua.lua_toboolean(L, index);
    case lua.LUA_TNUMBER:
      return lua.lua_tonumber(L, index);
    case lua.LUA_TSTRING:
      return toText(L, index);
    case lua.LUA_TTABLE: {
      if (depth > 64) raise(L, "table nested too deeply (a cycle?)");
      const length = lua.lua_rawlen(L, index) as number;
      const entries: [unknown, unknown][] = [];
      lua.lua_pushnil(L);
      while (lua.lua_next(L, index)) {
        const key = lua.lua_type(L, -2) === lua.LUA_TNUMBER ? lua.lua_tonumber(L, -2) : toText(L, -2);
        entries.push([key, toValue(L, -1, depth + 1)]);
        lua.lua_pop(L, 1);
      }
      if (entries.length === 0) return length === 0 ? {} : [];
      if (length === entries.length) {
        const array: unknown[] = [];
        for (const [key, value] of entries) array[(key as number) - 1] = value;
        return array;
      }
      return Object.fromEntries(entries.map(([key, value]) => [String(key), value]));
    }
    default:
      raise(L, `cannot convert a ${toTypeName(L, index)} to data`);
  }
}
