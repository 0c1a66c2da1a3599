// The documentation's `lua runnable` blocks are well-formed (each is a
// complete test file, or with `fixture=<name>` a fixture script; the guest
// tier runs them all: test/guest/docs-examples.test.ts). The LuaLS
// definitions in types/provium.d.lua must parse and declare every function
// the API has.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { lauxlib, lua, to_luastring } from "fengari";
import { installKunit } from "../../src/engine/lua-kunit.ts";
import { LuaSubtests } from "../../src/engine/lua-subtests.ts";
import { installJson } from "../../src/lua/api/json.ts";
import { installProvium } from "../../src/lua/api/provium.ts";
import { createLuaFile } from "../../src/lua/state.ts";
import { toText } from "../../src/lua/values.ts";
import { allBlocks, ROOT } from "../support/doc-blocks.ts";

test("the runnable blocks are well-formed", () => {
  const blocks = allBlocks();
  assert.ok(blocks.filter((b) => !b.fixture).length >= 3, "the docs have runnable examples");
  const fixtures = blocks.filter((b) => b.fixture).map((b) => b.fixture);
  assert.equal(new Set(fixtures).size, fixtures.length, "each runnable fixture is defined once");
  for (const name of fixtures)
    assert.ok(
      blocks.some((b) => !b.fixture && b.code.includes(`provium.fixture("${name}")`)),
      `the runnable fixture '${name}' is used by a runnable test`,
    );
});

/** Functions the API really has, read from a live Lua state (no VM needed). */
function apiFunctions(): string[] {
  const lf = createLuaFile({ suiteRoot: ROOT, log: () => {} });
  const { L } = lf;
  installProvium(L, lf.bridge, {
    createVm: () => {
      throw new Error("not in this test");
    },
    fixture: () => Promise.reject(new Error("not in this test")),
    hostPath: (requested) => requested,
    resultsPath: (requested) => ({ path: requested, beneath: "." }),
    hostExec: { cwd: ".", tmpdir: () => "/tmp" },
  });
  installKunit(L, lf.bridge, {
    subtests: new LuaSubtests("docs.test.lua", () => undefined, lf.bridge),
    createVm: () => {
      throw new Error("not in this test");
    },
    profile: () => {
      throw new Error("not in this test");
    },
  });
  installJson(L);
  const lister = `
    local framework = ...
    local registry, names = debug.getregistry(), {}
    local function add(prefix, t)
      for k, v in pairs(t) do
        if type(v) == "function" and not k:find("^__") then names[#names + 1] = prefix .. k end
      end
    end
    add("provium.", provium)
    add("provium.ktap.", provium.ktap)
    add("json.", json)
    add("VM:", registry["provium.VM"].__index)
    add("Buffer:", registry["provium.buffer"].__index)
    add("Process:", registry["provium.process"].__index)
    add("Stream:", registry["provium.stream"].__index)
    add("TestContext:", getmetatable(registry[framework].new_t("x")))
    for _, g in ipairs({ "test", "todo", "wait_until", "sleep" }) do
      if type(_G[g]) == "function" then names[#names + 1] = g end
    end
    table.sort(names)
    return table.concat(names, " ")`;
  assert.equal(lauxlib.luaL_loadstring(L, to_luastring(lister)), lua.LUA_OK, "the lister compiles");
  lua.lua_pushinteger(L, lf.framework);
  assert.equal(lua.lua_pcall(L, 1, 1, 0), lua.LUA_OK, toText(L, -1));
  return toText(L, -1).split(" ");
}

test("types/provium.d.lua parses and declares every API function", () => {
  const file = path.join(ROOT, "types", "provium.d.lua");
  const source = readFileSync(file);
  const L = lauxlib.luaL_newstate();
  assert.equal(lauxlib.luaL_loadbuffer(L, source, source.length, to_luastring("@types/provium.d.lua")), lua.LUA_OK, "it is valid Lua");
  const text = source.toString("utf8");
  assert.match(text, /^---@meta\b/, "it starts with ---@meta");
  const functions = apiFunctions();
  assert.ok(functions.includes("VM:exec") && functions.includes("TestContext:assert_eq"), `read the API: ${functions.join(", ")}`);
  const missing = functions.filter((name) => !text.includes(`function ${name}(`));
  assert.deepEqual(missing, [], "declared in types/provium.d.lua");
});
