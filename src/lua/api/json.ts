// json.encode / json.decode for tests (e.g. parsing a tool's JSON output).
import { lua, to_luastring, type LuaState } from "fengari";
import { pushValue, raise, toText, toValue, type LuaValue } from "../values.ts";

export function installJson(L: LuaState): void {
  lua.lua_createtable(L, 0, 2);
  lua.lua_pushcfunction(L, (L: LuaState) => {
    pushValue(L, JSON.stringify(toValue(L, 1)));
    return 1;
  });
  lua.lua_setfield(L, -2, to_luastring("encode"));
  lua.lua_pushcfunction(L, (L: LuaState) => {
    const text = toText(L, 1);
    let value: LuaValue;
    try {
      value = JSON.parse(text) as LuaValue;
    } catch (error) {
      raise(L, `json.decode: ${(error as Error).message}`);
    }
    pushValue(L, value);
    return 1;
  });
  lua.lua_setfield(L, -2, to_luastring("decode"));
  lua.lua_setglobal(L, to_luastring("json"));
}
