// Reading option tables passed from Lua, with errors that name the option.
import { lua, to_luastring, type LuaState } from "fengari";
import { mustBe } from "../../util/checks.ts";
import { ProviumError } from "../../util/errors.ts";
import { raise, toBytes, toText, toTypeName, toValue } from "../values.ts";

/** Raises unless value is a positive number (an integer when asked); what and unit name it in the message. */
export function checkPositive(L: LuaState, value: number, what: string, integer: boolean, unit: string): number {
  if (!(value > 0 && (!integer || Number.isInteger(value))))
    raise(L, mustBe(what, `a positive ${integer ? "integer" : "number"} (${unit})`, value));
  return value;
}

export class LuaOptions {
  constructor(
    private readonly L: LuaState,
    private readonly index: number,
    private readonly where: string,
    known: string[],
  ) {
    if (lua.lua_isnoneornil(L, index)) return;
    if (!lua.lua_istable(L, index)) raise(L, `${where}: options must be a table, got ${toTypeName(L, index)}`);
    lua.lua_pushnil(L);
    while (lua.lua_next(L, index)) {
      const key = lua.lua_type(L, -2) === lua.LUA_TSTRING ? toText(L, -2) : "";
      lua.lua_pop(L, 1);
      if (!known.includes(key)) {
        lua.lua_pop(L, 1);
        raise(L, `${where}: unknown option '${key}' (known: ${known.join(", ")})`);
      }
    }
  }

  private field<T>(name: string, read: (type: number) => T | undefined): T | undefined {
    if (lua.lua_isnoneornil(this.L, this.index)) return undefined;
    lua.lua_getfield(this.L, this.index, to_luastring(name));
    // No try/finally: when read() raises, a pop would remove the error message (Lua unwinds the stack anyway).
    const type = lua.lua_type(this.L, -1);
    const value = type === lua.LUA_TNIL ? undefined : read(type);
    lua.lua_pop(this.L, 1);
    return value;
  }

  private wrong(name: string, what: string): never {
    raise(this.L, `${this.where}: option '${name}' must be ${what}, got ${toTypeName(this.L, -1)}`);
  }

  string(name: string): string | undefined {
    return this.field(name, (type) => (type === lua.LUA_TSTRING ? toText(this.L, -1) : this.wrong(name, "a string")));
  }

  /** A string option that parse reads; its ProviumError is raised as this option's error. */
  parsed<T>(name: string, parse: (value: string) => T): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    try {
      return parse(value);
    } catch (error) {
      if (!(error instanceof ProviumError)) throw error;
      raise(this.L, `${this.where}: ${error.message}`);
    }
  }

  bytes(name: string): Buffer | undefined {
    return this.field(name, (type) => (type === lua.LUA_TSTRING ? toBytes(this.L, -1) : this.wrong(name, "a string")));
  }

  number(name: string): number | undefined {
    return this.field(name, (type) => (type === lua.LUA_TNUMBER ? (lua.lua_tonumber(this.L, -1) as number) : this.wrong(name, "a number")));
  }

  /** A number option that must be positive (an integer when asked). */
  positive(name: string, integer: boolean, unit: string): number | undefined {
    const value = this.number(name);
    return value === undefined ? undefined : checkPositive(this.L, value, `${this.where}: ${name}`, integer, unit);
  }

  /** An integer option within [min, max]. */
  integer(name: string, min: number, max: number, what: string): number | undefined {
    const value = this.number(name);
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max))
      raise(this.L, `${this.where}: ${name} must be an integer from ${min} to ${max} (${what}), got ${value}`);
    return value;
  }

  boolean(name: string): boolean | undefined {
    return this.field(name, (type) => (type === lua.LUA_TBOOLEAN ? (lua.lua_toboolean(this.L, -1) as boolean) : this.wrong(name, "true or false")));
  }

  /** A sequence; readItem reads item i (1-based) from the top of the stack, and may raise. */
  list<T>(name: string, what: string, readItem: (type: number, i: number) => T): T[] | undefined {
    return this.field(name, (type) => {
      if (type !== lua.LUA_TTABLE) this.wrong(name, what);
      const items: T[] = [];
      const length = lua.lua_rawlen(this.L, -1) as number;
      for (let i = 1; i <= length; i++) {
        lua.lua_rawgeti(this.L, -1, i);
        items.push(readItem(lua.lua_type(this.L, -1), i));
        lua.lua_pop(this.L, 1);
      }
      return items;
    });
  }

  /** A table option as JS data (see toValue), for a reader that checks its shape. */
  table(name: string): unknown {
    return this.field(name, (type) => (type === lua.LUA_TTABLE ? toValue(this.L, -1) : this.wrong(name, "a table")));
  }

  stringMap(name: string): Record<string, string> | undefined {
    return this.field(name, (type) => {
      if (type !== lua.LUA_TTABLE) this.wrong(name, "a table of strings");
      const map: Record<string, string> = {};
      lua.lua_pushnil(this.L);
      while (lua.lua_next(this.L, -2)) {
        // Checked before reading: converting a number key in place would break lua_next.
        if (lua.lua_type(this.L, -2) !== lua.LUA_TSTRING) raise(this.L, `${this.where}: option '${name}' must be a table with string keys, got a ${toTypeName(this.L, -2)} key`);
        map[toText(this.L, -2)] = toText(this.L, -1);
        lua.lua_pop(this.L, 1);
      }
      return map;
    });
  }
}

/** Reads a Lua sequence of strings (argv, tags). */
export function stringList(L: LuaState, index: number): string[] {
  const items: string[] = [];
  const length = lua.lua_rawlen(L, index) as number;
  for (let i = 1; i <= length; i++) {
    lua.lua_rawgeti(L, index, i);
    items.push(toText(L, -1));
    lua.lua_pop(L, 1);
  }
  return items;
}
