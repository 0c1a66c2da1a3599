// fengari ships no type definitions. Its API mirrors Lua 5.3's C API
// (lua_*, luaL_*), documented in the Lua reference manual; we type the
// namespaces loosely and keep every use of them inside src/lua.
declare module "fengari" {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  export type LuaState = any;
  export const lua: any;
  export const lauxlib: any;
  export const lualib: any;
  export function to_luastring(s: string, cache?: boolean): Uint8Array;
  export function to_jsstring(s: Uint8Array, from?: number, to?: number, replacement_char?: boolean): string;
}
