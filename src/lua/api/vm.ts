// The VM object Lua tests use: provium.create(...) returns one.
import { lua, type LuaState } from "fengari";
import type { SyscallArg } from "../../agent/protocol.ts";
import { AgentError } from "../../util/errors.ts";
import type { ExecOptions, ExecResult, Vm } from "../../vm/vm.ts";
import { parseKtap } from "../../ktap/parse.ts";
import { pushCounts, type LuaSubtests } from "./subtests.ts";
import type { LuaBridge } from "../bridge.ts";
import { checkInteger, pushBytes, pushString, pushValue, raise, toBytes, toText, toTypeName } from "../values.ts";
import { LuaClass } from "./lua-class.ts";
import { LuaOptions, stringList } from "./tables.ts";

/** provium.buffer(n) is an out-buffer of n bytes; provium.buffer("bytes") an in/out buffer. */
export interface SyscallBuffer {
  size?: number;
  bytes?: Buffer;
  /** Filled after a syscall that used it. */
  result?: Buffer;
}

/** provium.int("0x8000000000000000"): an exact integer beyond what Lua numbers hold. */
export interface ExactInteger {
  value: number | bigint;
}

export interface VmClasses {
  vm: LuaClass<Vm>;
  buffer: LuaClass<SyscallBuffer>;
  int: LuaClass<ExactInteger>;
}

function syscallArg(L: LuaState, index: number, classes: VmClasses, position: number): SyscallArg {
  const what = `vm:syscall argument ${position}`;
  switch (lua.lua_type(L, index)) {
    case lua.LUA_TNIL:
      return null;
    case lua.LUA_TBOOLEAN:
      return lua.lua_toboolean(L, index) ? 1 : 0;
    case lua.LUA_TNUMBER:
      return checkInteger(L, index, what);
    case lua.LUA_TSTRING:
      return { in: toBytes(L, index) }; // passed as a pointer to the bytes, NUL-terminated
    case lua.LUA_TTABLE: {
      const buffer = classes.buffer.test(L, index);
      if (buffer) return buffer.bytes ? { inout: buffer.bytes } : { out: buffer.size ?? 0 };
      const exact = classes.int.test(L, index);
      if (exact) return exact.value;
    }
  }
  raise(L, `${what}: expected an integer, a string, provium.buffer(...) or provium.int(...), got ${toTypeName(L, index)}`);
}

/** (nil, message, errno) for an agent error, the Lua way of io.open; anything else is raised. */
function orErrorTriple(error: unknown): (L: LuaState) => number {
  if (!(error instanceof AgentError)) throw error;
  return (L) => {
    lua.lua_pushnil(L);
    pushString(L, error.message);
    lua.lua_pushinteger(L, error.errno);
    return 3;
  };
}

const EXEC_OPTIONS = ["env", "cwd", "stdin", "timeout", "max_output"];

/** A shell string or an argv list. */
function readCommand(L: LuaState, what: string): string | string[] {
  const command = lua.lua_istable(L, 2) ? stringList(L, 2) : lua.lua_type(L, 2) === lua.LUA_TSTRING ? toText(L, 2) : undefined;
  if (command === undefined || command.length === 0) raise(L, `${what}(cmd, opts): cmd must be a shell string or a non-empty list of arguments`);
  return command;
}

function readExecOptions(o: LuaOptions): ExecOptions {
  const timeout = o.positive("timeout", false, "seconds");
  return { env: o.stringMap("env"), cwd: o.string("cwd"), stdin: o.bytes("stdin"), timeoutMs: timeout === undefined ? undefined : timeout * 1000, maxOutput: o.positive("max_output", true, "bytes") };
}

const execFields = (r: ExecResult) => ({ ok: r.ok, code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timed_out: r.timedOut, truncated: r.truncated });

/** vm:ktap's default group name: the program's file name ("./timers/nanosleep -v" → nanosleep). */
function commandName(command: string | string[]): string {
  const program = typeof command === "string" ? (command.trim().split(/\s+/)[0] ?? command) : command[0]!;
  return program.split("/").filter(Boolean).pop() || program;
}

function traceExec(vm: Vm, command: string | string[], r: ExecResult, trace?: (line: string) => void): void {
  if (!trace) return;
  const status = r.timedOut ? "timed out" : r.signal !== null ? `signal ${r.signal}` : `exit ${r.code}`;
  trace(`${vm.name}$ ${typeof command === "string" ? command : command.join(" ")}  (${status})`);
  for (const [stream, bytes] of [["stdout", r.stdout], ["stderr", r.stderr]] as const)
    for (const line of bytes.toString().split("\n").filter(Boolean)) trace(`  ${stream}: ${line}`);
}

/** trace receives each exec's command and output as it completes (--verbose); subtests records vm:ktap's results. */
export function vmClasses(L: LuaState, bridge: LuaBridge, trace?: (line: string) => void, subtests?: LuaSubtests): VmClasses {
  const buffer = new LuaClass<SyscallBuffer>(L, "provium.buffer", "buffer", {
    bytes: (L, self) => {
      pushBytes(L, self.result ?? self.bytes ?? Buffer.alloc(self.size ?? 0));
      return 1;
    },
  }, (self) => `provium.buffer(${self.bytes ? `${self.bytes.length} bytes in/out` : `${self.size} bytes out`})`);
  const int = new LuaClass<ExactInteger>(L, "provium.int", "int", {}, (self) => self.value.toString());
  const classes: VmClasses = { vm: undefined as unknown as LuaClass<Vm>, buffer, int };

  classes.vm = new LuaClass<Vm>(L, "provium.VM", "vm", {
    boot: (L, vm) => {
      const timeout = new LuaOptions(L, 2, "vm:boot", ["timeout"]).positive("timeout", false, "seconds");
      return bridge.await(L, "vm:boot", async () => {
        await vm.boot({ timeoutMs: timeout === undefined ? undefined : timeout * 1000 });
        return () => 0;
      });
    },

    exec: (L, vm) => {
      const command = readCommand(L, "vm:exec");
      const options = readExecOptions(new LuaOptions(L, 3, "vm:exec", EXEC_OPTIONS));
      return bridge.await(L, "vm:exec", async () => {
        const r = await vm.exec(command, options);
        traceExec(vm, command, r, trace);
        return (L) => {
          pushValue(L, execFields(r));
          return 1;
        };
      });
    },

    ktap: (L, vm) => {
      const command = readCommand(L, "vm:ktap");
      const o = new LuaOptions(L, 3, "vm:ktap", [...EXEC_OPTIONS, "name"]);
      const name = o.string("name") ?? commandName(command);
      const options = readExecOptions(o);
      if (!subtests) raise(L, "vm:ktap records sub-results of a test: call it inside a test");
      const at = subtests.prepare(L, "vm:ktap");
      return bridge.await(L, "vm:ktap", async () => {
        const started = Date.now();
        const r = await vm.exec(command, options);
        traceExec(vm, command, r, trace);
        const exec = { code: r.code, signal: r.signal, timedOut: r.timedOut, truncated: r.truncated, durationMs: Date.now() - started };
        return (L) => pushCounts(L, subtests.recordKtap(at, parseKtap(r.stdout.toString()), { name, exec }), execFields(r));
      });
    },

    syscall: (L, vm) => {
      const target = lua.lua_type(L, 2) === lua.LUA_TSTRING ? toText(L, 2) : checkInteger(L, 2, "vm:syscall(nr_or_name, ...)");
      const count = lua.lua_gettop(L) - 2;
      if (count > 6) raise(L, `vm:syscall: a syscall takes at most 6 arguments, got ${count}`);
      const args: SyscallArg[] = [];
      const buffers: SyscallBuffer[] = [];
      for (let i = 0; i < count; i++) {
        args.push(syscallArg(L, 3 + i, classes, i + 1));
        const b = buffer.test(L, 3 + i);
        if (b) buffers.push(b);
      }
      return bridge.await(L, "vm:syscall", async () => {
        const r = await vm.syscall(typeof target === "string" ? target : Number(target), args);
        r.buffers.forEach((bytes, i) => (buffers[i]!.result = bytes));
        return (L) => (pushValue(L, { ok: r.errno === 0, ret: r.ret, errno: r.errno, buffers: r.buffers }), 1);
      });
    },

    read_file: (L, vm) => {
      const file = toText(L, 2);
      return bridge.await(L, "vm:read_file", () =>
        vm.readFile(file).then((data) => (L: LuaState) => (pushBytes(L, data), 1), orErrorTriple),
      );
    },

    write_file: (L, vm) => {
      const file = toText(L, 2);
      if (lua.lua_type(L, 3) !== lua.LUA_TSTRING) raise(L, "vm:write_file(path, data, opts): data must be a string");
      const data = toBytes(L, 3);
      const mode = lua.lua_type(L, 4) === lua.LUA_TNUMBER ? Number(checkInteger(L, 4, "vm:write_file mode")) : undefined;
      const o = new LuaOptions(L, mode === undefined ? 4 : 5, "vm:write_file", ["mode", "append"]);
      const options = { mode: mode ?? o.number("mode"), append: o.boolean("append") };
      return bridge.await(L, "vm:write_file", () =>
        vm.writeFile(file, data, options).then(() => (L: LuaState) => (lua.lua_pushboolean(L, true), 1), orErrorTriple),
      );
    },

    mount: (L, vm) => {
      const fstype = toText(L, 2);
      const target = toText(L, 3);
      const o = new LuaOptions(L, 4, "vm:mount", ["source", "flags", "data"]);
      const options = { source: o.string("source"), flags: o.number("flags"), data: o.string("data") };
      return bridge.await(L, "vm:mount", () =>
        vm.mount(fstype, target, options).then(() => (L: LuaState) => (lua.lua_pushboolean(L, true), 1), orErrorTriple),
      );
    },

    mount_vfs: (L, vm) =>
      bridge.await(L, "vm:mount_vfs", async () => {
        const mounted = await vm.mountVfs();
        return (L) => (pushValue(L, mounted), 1);
      }),

    console: (L, vm) => {
      pushBytes(L, Buffer.from(vm.console(), "latin1"));
      return 1;
    },

    shutdown: (L, vm) =>
      bridge.await(L, "vm:shutdown", async () => {
        await vm.shutdown();
        return () => 0;
      }),
  }, (vm) => `VM ${vm.name} (${vm.state})`);
  return classes;
}
