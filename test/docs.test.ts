// The documentation's examples must work. Every fenced block whose info
// string is `lua runnable` in docs/*.md and README.md is a complete test file;
// `lua runnable fixture=<name>` is a fixture script (fixtures/<name>.lua). All
// of them run in one `provium run`, which must pass. The LuaLS definitions in
// types/provium.d.lua must parse and declare every function the API has.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { execa } from "execa";
import { lauxlib, lua, to_luastring } from "fengari";
import { installJson } from "../src/lua/api/json.ts";
import { installProvium } from "../src/lua/api/provium.ts";
import { createLuaFile } from "../src/lua/state.ts";
import { toText } from "../src/lua/values.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Block {
  /** Where it is, for messages: docs/lua-api.md:12. */
  where: string;
  doc: string;
  /** Set for `lua runnable fixture=<name>`. */
  fixture?: string;
  code: string;
}

/** The `lua runnable` blocks of one Markdown file. */
export function runnableBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  const doc = path.basename(file, ".md");
  let open: { fence: string; info: string; start: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (open) {
      if (line.trimEnd() === open.fence) {
        const words = open.info.split(/\s+/);
        if (words[0] === "lua" && words[1] === "runnable") {
          const where = `${path.relative(ROOT, file)}:${open.start + 1}`;
          const attributes = words.slice(2);
          const fixture = attributes.find((a) => a.startsWith("fixture="))?.slice("fixture=".length);
          const unknown = attributes.filter((a) => !a.startsWith("fixture="));
          assert.deepEqual(unknown, [], `${where}: unknown attribute in \`lua runnable\` (known: fixture=<name>)`);
          if (fixture !== undefined) assert.match(fixture, /^[\w.-]+$/, `${where}: fixture=<name> needs a name`);
          blocks.push({ where, doc, fixture, code: open.body.join("\n") + "\n" });
        }
        open = undefined;
      } else open.body.push(line);
      return;
    }
    const fence = /^(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (fence) open = { fence: fence[1]!, info: fence[2]!.trim(), start: i, body: [] };
  });
  assert.equal(open, undefined, `${file}: a code block opened at line ${(open?.start ?? 0) + 1} is never closed`);
  return blocks;
}

function documentationFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(ROOT, "docs", name));
  return [...docs, path.join(ROOT, "README.md")];
}

function allBlocks(): Block[] {
  return documentationFiles().flatMap((file) => runnableBlocks(file, readFileSync(file, "utf8")));
}

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

test("every runnable example in the docs passes", { timeout: 15 * 60_000 }, async () => {
  const blocks = allBlocks();
  const suite = mkdtempSync(path.join(tmpdir(), "provium-docs-"));
  try {
    const expected: string[] = [];
    const counters = new Map<string, number>();
    for (const block of blocks) {
      if (block.fixture) {
        mkdirSync(path.join(suite, "fixtures"), { recursive: true });
        writeFileSync(path.join(suite, "fixtures", `${block.fixture}.lua`), block.code);
        continue;
      }
      const n = (counters.get(block.doc) ?? 0) + 1;
      counters.set(block.doc, n);
      const file = path.join(suite, `${block.doc}-${n}.test.lua`);
      writeFileSync(file, `-- from ${block.where}\n${block.code}`);
      expected.push(file);
    }
    const cli = await execa("node", ["--import", "tsx", "src/cli/main.ts", "run", suite], { cwd: ROOT, reject: false, all: true });
    const output = cli.all ?? "";
    assert.equal(cli.exitCode, 0, `provium run failed on the docs' examples:\n${output}`);
    const passed = [...output.matchAll(/^PASS (\S+)/gm)].map((m) => path.resolve(ROOT, m[1]!)).sort();
    assert.deepEqual(passed, expected.sort(), `every runnable block is reported as one passing file:\n${output}`);
    assert.match(output, new RegExp(`^\\d+ passed, 0 failed, \\d+ skipped$`, "m"));
  } finally {
    rmSync(suite, { recursive: true, force: true });
  }
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
