// One Lua state per test file: standard libraries minus what would touch
// the host (io, os.execute...), the prelude, and file loading that resolves
// paths the way users write them (from the suite root or the repository root).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";
import { lauxlib, lua, lualib, to_luastring, type LuaState } from "fengari";
import { stringList } from "./api/tables.ts";
import { LuaBridge } from "./bridge.ts";
import { PRELUDE } from "./prelude.ts";
import { pushString, raise, toText } from "./values.ts";

export const PRELUDE_CHUNK = "=[provium]";

export interface LuaFileHost {
  /** Directory of the suite: dofile/require paths resolve here first, then against the working directory. */
  suiteRoot: string;
  /** Receives print() and t:log() lines. */
  log(line: string): void;
  /** Aborted when the run is interrupted. */
  signal?: AbortSignal;
}

export interface LuaFile {
  L: LuaState;
  bridge: LuaBridge;
  /** Registry reference of the prelude's framework table. */
  framework: number;
}

/** Files Provium writes itself, by the name of what they stand for. */
const shownAs = new Map<string, string>();

/** A file Provium wrote (the test file of `provium kunit`) is shown as what it stands for ("provium kunit"), not by its temporary path. */
export function showFileAs(file: string, name: string): void {
  shownAs.set(path.resolve(file), name);
}

/** How a file is named in chunk names and reports: relative to the working directory. */
export function displayPath(file: string): string {
  const shown = shownAs.get(path.resolve(file));
  if (shown !== undefined) return shown;
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

export function resolveUserPath(suiteRoot: string, file: string): string | undefined {
  if (path.isAbsolute(file)) return existsSync(file) ? file : undefined;
  const candidates = [path.resolve(suiteRoot, file), path.resolve(file), path.resolve(suiteRoot, "..", file)];
  return candidates.find((candidate) => existsSync(candidate));
}

/** A host file or directory a test names (what: "disk image", "vm:push source"…), found like dofile finds files, or an error saying where it looked. */
export function findUserPath(suiteRoot: string, requested: string, what: string): string {
  const file = resolveUserPath(suiteRoot, requested);
  if (file) return file;
  const looked = path.isAbsolute(requested) ? "" : ` (looked in ${suiteRoot}, ${process.cwd()} and ${path.dirname(suiteRoot)})`;
  throw new ProviumError(`${what} '${requested}' was not found${looked}`);
}

/** Loads a Lua file as a chunk named '@<display path>'; returns the lua_load status. */
export function loadLuaFile(L: LuaState, file: string): number {
  const source = readFileSync(file);
  return lauxlib.luaL_loadbuffer(L, source, source.length, to_luastring("@" + displayPath(file)));
}

function setFunction(L: LuaState, name: string, fn: (L: LuaState) => number): void {
  lua.lua_pushcfunction(L, fn);
  lua.lua_setfield(L, -2, to_luastring(name));
}

function sandbox(L: LuaState): void {
  lua.lua_pushnil(L);
  lua.lua_setglobal(L, to_luastring("io"));
  lua.lua_getglobal(L, to_luastring("os"));
  for (const name of ["execute", "exit", "remove", "rename", "tmpname", "setlocale"]) {
    lua.lua_pushnil(L);
    lua.lua_setfield(L, -2, to_luastring(name));
  }
  lua.lua_pop(L, 1);
}

/** package.path: modules are found under the suite root, then the working directory. */
function setRequirePath(L: LuaState, suiteRoot: string): void {
  const root = path.relative(process.cwd(), suiteRoot) || ".";
  const dirs = [root, ".", path.join(root, "..")];
  const patterns = dirs.flatMap((dir) => [`${dir}/?.lua`, `${dir}/?/init.lua`]);
  lua.lua_getglobal(L, to_luastring("package"));
  pushString(L, [...new Set(patterns)].join(";"));
  lua.lua_setfield(L, -2, to_luastring("path"));
  lua.lua_pop(L, 1);
}

export function createLuaFile(host: LuaFileHost): LuaFile {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  sandbox(L);
  setRequirePath(L, host.suiteRoot);
  const bridge = new LuaBridge(L, host.signal);

  if (lauxlib.luaL_loadbuffer(L, to_luastring(PRELUDE), null, to_luastring(PRELUDE_CHUNK)) !== lua.LUA_OK)
    throw new Error(`prelude: ${toText(L, -1)}`);
  lua.lua_newtable(L);
  setFunction(L, "host_yield_in_progress", (L) => {
    lua.lua_pushboolean(L, bridge.hostYieldInProgress());
    return 1;
  });
  // provium.parallel (in the prelude) drives its branches with these.
  setFunction(L, "park", (L) => {
    const id = bridge.park();
    if (id === undefined) lua.lua_pushnil(L);
    else lua.lua_pushinteger(L, id);
    return 1;
  });
  setFunction(L, "await_any", (L) => bridge.awaitAnyParked(L, stringList(L, 1).map(Number)));
  setFunction(L, "unpark", (L) => (bridge.unpark(lua.lua_tointeger(L, 1) as number), 0));
  setFunction(L, "forget", (L) => (bridge.forgetParked(stringList(L, 1).map(Number)), 0));
  setFunction(L, "same_kind", (L) => (bridge.sameKind(toText(L, 1), toText(L, 2)), 0));
  setFunction(L, "log", (L) => {
    host.log(toText(L, 1));
    return 0;
  });
  setFunction(L, "now", (L) => {
    lua.lua_pushnumber(L, Date.now() / 1000);
    return 1;
  });
  setFunction(L, "sleep", (L) => {
    const seconds = lua.lua_tonumber(L, 1) as number;
    if (!(seconds >= 0)) raise(L, "sleep(seconds): seconds must be a number >= 0");
    return bridge.await(L, "sleep", () => new Promise((resolve) => setTimeout(() => resolve(() => 0), seconds * 1000)));
  });
  setFunction(L, "loadfile", (L) => {
    const requested = toText(L, 1);
    const file = resolveUserPath(host.suiteRoot, requested);
    if (!file) {
      lua.lua_pushnil(L);
      pushString(L, `cannot find '${requested}' (looked in ${host.suiteRoot} and ${process.cwd()})`);
      return 2;
    }
    if (loadLuaFile(L, file) === lua.LUA_OK) return 1;
    lua.lua_pushnil(L);
    lua.lua_insert(L, -2);
    return 2;
  });
  lua.lua_call(L, 1, 1);
  const framework = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  return { L, bridge, framework };
}
