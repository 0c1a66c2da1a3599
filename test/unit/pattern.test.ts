// The Lua pattern check that expect runs before it waits: Lua's own verdict
// (fengari's string.find, on a subject that walks the whole pattern) for
// well-formed and malformed patterns alike.
import assert from "node:assert/strict";
import { test } from "node:test";
import { lauxlib, lua, lualib, to_luastring } from "fengari";
import { luaPatternProblem } from "../../src/lua/pattern.ts";

/** What string.find says of pattern on a subject that reaches every part of these patterns. */
function luaVerdict(pattern: string): string | undefined {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  lua.lua_getglobal(L, to_luastring("string"));
  lua.lua_getfield(L, -1, to_luastring("find"));
  lua.lua_pushstring(L, to_luastring("50% (a)(b) [x] ]a a) 12.5"));
  lua.lua_pushstring(L, to_luastring(pattern));
  if (lua.lua_pcall(L, 2, 1, 0) === lua.LUA_OK) return undefined;
  return Buffer.from(lua.lua_tolstring(L, -1) as Uint8Array).toString();
}

test("malformed patterns get Lua's message before any output is matched", () => {
  const malformed: Record<string, string> = {
    "50%": "malformed pattern (ends with '%')",
    "[abc": "malformed pattern (missing ']')",
    "[%": "malformed pattern (missing ']')",
    "%b(": "malformed pattern (missing arguments to '%b'",
    "%fx": "missing '[' after '%f' in pattern",
    "%1": "invalid capture index %1",
    "(a%1)": "invalid capture index %1",
    "(a": "unfinished capture",
    "%.)": "invalid pattern capture",
  };
  for (const [pattern, message] of Object.entries(malformed)) assert.equal(luaPatternProblem(Buffer.from(pattern)), message, pattern);
  // Lua agrees where its match gets that far
  for (const pattern of ["50%", "[abc", "%b(", "%1", "(a"]) assert.match(luaVerdict(pattern) ?? "no error", new RegExp(malformed[pattern]!.replace(/[()[\]%.]/g, "\\$&")), pattern);
});

test("well-formed patterns pass, and so does text without pattern characters", () => {
  for (const pattern of ["abc", "a)", "[]]", "[^]]x", "[%]]", "%b()", "%f[%w]a", "(a)%1", "%w+%.%d*", "[a-z]+", "()", "(%d+)%.(%d)", "^x$"]) {
    assert.equal(luaPatternProblem(Buffer.from(pattern)), undefined, pattern);
    assert.equal(luaVerdict(pattern), undefined, `Lua accepts ${pattern}`);
  }
});
