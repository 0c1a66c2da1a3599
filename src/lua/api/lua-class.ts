// Lua objects backed by JS objects: a table with a named metatable whose
// methods find their JS object through a weak map keyed by the table.
import { lauxlib, lua, to_luastring, type LuaState } from "fengari";
import { raise, pushString } from "../values.ts";

export type Method<T> = (L: LuaState, self: T) => number;

export class LuaClass<T extends object> {
  private readonly objects = new WeakMap<object, T>();

  constructor(
    L: LuaState,
    private readonly name: string,
    private readonly usage: string,
    methods: Record<string, Method<T>>,
    describe: (self: T) => string,
  ) {
    lauxlib.luaL_newmetatable(L, to_luastring(name));
    lua.lua_newtable(L);
    for (const [method, fn] of Object.entries(methods)) {
      lua.lua_pushcfunction(L, (L: LuaState) => fn(L, this.check(L, 1, method)));
      lua.lua_setfield(L, -2, to_luastring(method));
    }
    lua.lua_setfield(L, -2, to_luastring("__index"));
    lua.lua_pushcfunction(L, (L: LuaState) => {
      pushString(L, describe(this.check(L, 1, "__tostring")));
      return 1;
    });
    lua.lua_setfield(L, -2, to_luastring("__tostring"));
    lua.lua_pop(L, 1);
  }

  push(L: LuaState, object: T): void {
    lua.lua_newtable(L);
    lauxlib.luaL_setmetatable(L, to_luastring(this.name));
    this.objects.set(lua.lua_topointer(L, -1) as object, object);
  }

  /** The JS object at index, or undefined when the value is not one of ours. */
  test(L: LuaState, index: number): T | undefined {
    if (!lua.lua_istable(L, index)) return undefined;
    return this.objects.get(lua.lua_topointer(L, index) as object);
  }

  check(L: LuaState, index: number, method: string): T {
    const object = this.test(L, index);
    if (!object) raise(L, `${method}: call it on a ${this.usage} with ':' (${this.usage}:${method}(...), not ${this.usage}.${method}(...))`);
    return object;
  }
}
