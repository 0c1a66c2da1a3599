// The process and stream objects of Lua tests: vm:spawn(...) returns a
// process, vm:tail(...) and vm:console_stream() a stream. Both read with
// read/read_line/expect; expect takes a Lua pattern (matched by Lua's own
// string.find) or a plain string.
import { lauxlib, lua, to_luastring, type LuaState } from "fengari";
import { ProviumError } from "../../util/errors.ts";
import type { GuestProcess } from "../../vm/process.ts";
import { signalNumber } from "../../vm/signals.ts";
import { plainMatcher, type Match, type StreamReader } from "../../vm/stream.ts";
import type { LuaBridge } from "../bridge.ts";
import { checkInteger, pushBytes, pushString, pushValue, raise, toBytes, toText, toTypeName } from "../values.ts";
import { LuaClass, type Method } from "./lua-class.ts";
import { checkPositive, LuaOptions } from "./tables.ts";

/** read_line and expect wait this long unless told otherwise. */
export const DEFAULT_WAIT_SECONDS = 10;

/** A stream of vm:tail or vm:console_stream; a tail's follower process ends with close(). */
export interface LuaStream {
  reader: StreamReader;
  process?: GuestProcess;
}

export interface ProcessClasses {
  process: LuaClass<GuestProcess>;
  stream: LuaClass<LuaStream>;
  /** Pushes a process: a table with pid, stdout and stderr fields and the process methods. */
  pushProcess(L: LuaState, process: GuestProcess): void;
  /** Reads expect's (pattern, [timeout | opts]) at index and pushes what it returns, once it does. */
  expect(L: LuaState, index: number, where: string, reader: (stderr: boolean) => StreamReader): number;
}

/** A timeout in seconds at index (absent: fallback), as milliseconds. */
function timeoutAt(L: LuaState, index: number, where: string, fallback: number): number {
  if (lua.lua_isnoneornil(L, index)) return fallback * 1000;
  if (lua.lua_type(L, index) !== lua.LUA_TNUMBER) raise(L, `${where}: timeout must be a number of seconds, got ${toTypeName(L, index)}`);
  const seconds = lua.lua_tonumber(L, index) as number;
  if (!(seconds >= 0)) raise(L, `${where}: timeout must be a number of seconds >= 0, got ${seconds}`);
  return seconds * 1000;
}

/** Lua's own string.find (as it was when the state was made: a test redefining it changes nothing here). */
function luaFind(L: LuaState): (subject: Buffer, pattern: Buffer) => Match | undefined {
  lua.lua_getglobal(L, to_luastring("string"));
  lua.lua_getfield(L, -1, to_luastring("find"));
  const find = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  lua.lua_pop(L, 1);
  // Matching runs while the test's thread waits for the host: on a thread of its own.
  const thread = lua.lua_newthread(L);
  lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  return (subject, pattern) => {
    lua.lua_settop(thread, 0);
    lua.lua_rawgeti(thread, lua.LUA_REGISTRYINDEX, find);
    pushBytes(thread, subject);
    pushBytes(thread, pattern);
    if (lua.lua_pcall(thread, 2, lua.LUA_MULTRET, 0) !== lua.LUA_OK) throw new ProviumError(`expect: bad pattern: ${toText(thread, -1)}`);
    if (lua.lua_isnil(thread, 1)) return undefined;
    const captures: (Buffer | number)[] = [];
    for (let i = 3; i <= lua.lua_gettop(thread); i++)
      captures.push(lua.lua_type(thread, i) === lua.LUA_TNUMBER ? (lua.lua_tonumber(thread, i) as number) : toBytes(thread, i));
    return { start: (lua.lua_tointeger(thread, 1) as number) - 1, end: lua.lua_tointeger(thread, 2) as number, captures };
  };
}

export function processClasses(L: LuaState, bridge: LuaBridge): ProcessClasses {
  const find = luaFind(L);

  function expect(L: LuaState, index: number, where: string, reader: (stderr: boolean) => StreamReader): number {
    if (lua.lua_type(L, index) !== lua.LUA_TSTRING) raise(L, `${where}(pattern, [timeout | opts]): pattern must be a string, got ${toTypeName(L, index)}`);
    const pattern = toBytes(L, index);
    let timeoutMs: number;
    let plain: boolean | undefined;
    let stderr: boolean | undefined;
    if (lua.lua_istable(L, index + 1)) {
      const o = new LuaOptions(L, index + 1, where, ["timeout", "plain", "stderr"]);
      const timeout = o.number("timeout");
      timeoutMs = timeout === undefined ? DEFAULT_WAIT_SECONDS * 1000 : checkPositive(L, timeout, `${where}: timeout`, false, "seconds") * 1000;
      plain = o.boolean("plain");
      stderr = o.boolean("stderr");
    } else timeoutMs = timeoutAt(L, index + 1, where, DEFAULT_WAIT_SECONDS);
    const matcher = plain ? plainMatcher(pattern) : (subject: Buffer) => find(subject, pattern);
    const shown = `${plain ? "the string" : "the pattern"} ${JSON.stringify(pattern.toString())}`;
    const source = reader(stderr ?? false);
    return bridge.await(L, where, async () => {
      const m = await source.expect(matcher, shown, timeoutMs);
      return (L) => {
        pushValue(L, m.captures);
        pushBytes(L, m.before);
        lua.lua_setfield(L, -2, to_luastring("before"));
        pushBytes(L, m.match);
        lua.lua_setfield(L, -2, to_luastring("match"));
        return 1;
      };
    });
  }

  /** read, read_line and expect, on the stream pick() gives (a process's: its stdout, or stderr by option). */
  function readMethods<T extends object>(usage: string, pick: (self: T, stderr: boolean) => StreamReader): Record<string, Method<T>> {
    return {
      read: (L, self) => {
        const max = lua.lua_isnoneornil(L, 2) ? undefined : Number(checkInteger(L, 2, `${usage}:read(max)`));
        if (max !== undefined && max <= 0) raise(L, `${usage}:read(max, timeout): max must be a positive number of bytes, got ${max}`);
        const timeoutMs = timeoutAt(L, 3, `${usage}:read`, 0);
        const reader = pick(self, false);
        return bridge.await(L, `${usage}:read`, async () => {
          const data = await reader.read(max, timeoutMs);
          return (L) => (data === undefined ? lua.lua_pushnil(L) : pushBytes(L, data), 1);
        });
      },
      read_line: (L, self) => {
        const timeoutMs = timeoutAt(L, 2, `${usage}:read_line`, DEFAULT_WAIT_SECONDS);
        const reader = pick(self, false);
        return bridge.await(L, `${usage}:read_line`, async () => {
          const line = await reader.readLine(timeoutMs);
          return (L) => (line === undefined ? lua.lua_pushnil(L) : pushBytes(L, line), 1);
        });
      },
      expect: (L, self) => expect(L, 2, `${usage}:expect`, (stderr) => {
        if (stderr && usage !== "process") raise(L, `${usage}:expect: option 'stderr' is for processes`);
        return pick(self, stderr);
      }),
    };
  }

  const stream = new LuaClass<LuaStream>(L, "provium.stream", "stream", {
    ...readMethods<LuaStream>("stream", (self) => self.reader),
    close: (L, self) =>
      bridge.await(L, "stream:close", async () => {
        await self.process?.end(false);
        return () => 0;
      }),
  }, (self) => `stream (${self.reader.what})`);

  const call = (L: LuaState, what: string, work: () => Promise<void>) =>
    bridge.await(L, what, async () => {
      await work();
      return () => 0;
    });

  const process = new LuaClass<GuestProcess>(L, "provium.process", "process", {
    ...readMethods<GuestProcess>("process", (self, stderr) => (stderr ? self.stderr : self.stdout)),
    wait: (L, self) => {
      const timeoutMs = lua.lua_isnoneornil(L, 2) ? undefined : timeoutAt(L, 2, "process:wait", 0);
      return bridge.await(L, "process:wait", async () => {
        const r = await self.wait(timeoutMs);
        return (L) => {
          if (!r) return lua.lua_pushnil(L), pushString(L, "timeout"), 2;
          pushValue(L, { ok: r.ok, code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timed_out: r.timedOut, truncated: r.truncated });
          return 1;
        };
      });
    },
    kill: (L, self) => {
      const signal = lua.lua_isnoneornil(L, 2) ? undefined : signalAt(L, 2, "process:kill");
      return call(L, "process:kill", () => self.kill(signal));
    },
    signal: (L, self) => {
      const signal = signalAt(L, 2, "process:signal");
      return call(L, "process:signal", () => self.signal(signal));
    },
    write: (L, self) => {
      if (lua.lua_type(L, 2) !== lua.LUA_TSTRING) raise(L, `process:write(data): data must be a string, got ${toTypeName(L, 2)}`);
      const data = toBytes(L, 2);
      return call(L, "process:write", () => self.write(data));
    },
    close_stdin: (L, self) => call(L, "process:close_stdin", () => self.closeStdin()),
    running: (L, self) =>
      bridge.await(L, "process:running", async () => {
        const running = await self.running();
        return (L) => (lua.lua_pushboolean(L, running), 1);
      }),
  }, (self) => self.description);

  function pushProcess(L: LuaState, p: GuestProcess): void {
    process.push(L, p);
    lua.lua_pushinteger(L, p.pid);
    lua.lua_setfield(L, -2, to_luastring("pid"));
    for (const [name, reader] of [["stdout", p.stdout], ["stderr", p.stderr]] as const) {
      stream.push(L, { reader });
      lua.lua_setfield(L, -2, to_luastring(name));
    }
  }

  return { process, stream, pushProcess, expect };
}

/** A signal by number or name ("SIGUSR1", "USR1"). */
function signalAt(L: LuaState, index: number, where: string): number {
  const type = lua.lua_type(L, index);
  if (type !== lua.LUA_TNUMBER && type !== lua.LUA_TSTRING) raise(L, `${where}(signal): signal must be a name ("SIGUSR1") or a number, got ${toTypeName(L, index)}`);
  try {
    return signalNumber(type === lua.LUA_TNUMBER ? (lua.lua_tonumber(L, index) as number) : toText(L, index));
  } catch (error) {
    raise(L, `${where}: ${(error as Error).message}`);
  }
}
