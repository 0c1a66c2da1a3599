// The VM object Lua tests use: provium.create(...) returns one.
import { lua, type LuaState } from "fengari";
import type { SyscallArg } from "../../agent/protocol.ts";
import { AgentError } from "../../util/errors.ts";
import type { StreamReader } from "../../vm/stream.ts";
import type { ExecOptions, ExecResult, Vm } from "../../vm/vm.ts";
import type { LuaBridge } from "../bridge.ts";
import { checkInteger, pushBytes, pushString, pushValue, raise, toBytes, toText, toTypeName } from "../values.ts";
import { LuaClass } from "./lua-class.ts";
import { processClasses } from "./process.ts";
import type { ProviumHost } from "./provium.ts";
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

/** exec's and spawn's command: a shell string or a non-empty argv list. */
function commandAt(L: LuaState, where: string): string | string[] {
  const command = lua.lua_istable(L, 2) ? stringList(L, 2) : lua.lua_type(L, 2) === lua.LUA_TSTRING ? toText(L, 2) : undefined;
  if (command === undefined || command.length === 0) raise(L, `${where}(cmd, opts): cmd must be a shell string or a non-empty list of arguments`);
  return command;
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

function readExecOptions(o: LuaOptions): ExecOptions {
  const timeout = o.positive("timeout", false, "seconds");
  return { env: o.stringMap("env"), cwd: o.string("cwd"), stdin: o.bytes("stdin"), timeoutMs: timeout === undefined ? undefined : timeout * 1000, maxOutput: o.positive("max_output", true, "bytes") };
}

export const execFields = (r: ExecResult) => ({ ok: r.ok, code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timed_out: r.timedOut, truncated: r.truncated });

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

/** What the VM class needs of the run: host paths, the results directory, verbose tracing, the owner of spawned processes, the recorder of vm:ktap's sub-results. */
type VmHost = Pick<ProviumHost, "hostPath" | "resultsPath" | "trace" | "own" | "subtests">;

export function vmClasses(L: LuaState, bridge: LuaBridge, host: VmHost): VmClasses {
  const trace = host.trace;
  const streams = processClasses(L, bridge);
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
      const command = commandAt(L, "vm:exec");
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
      const command = commandAt(L, "vm:ktap");
      const o = new LuaOptions(L, 3, "vm:ktap", [...EXEC_OPTIONS, "name", "prefixed"]);
      const name = o.string("name") ?? commandName(command);
      const prefixed = o.boolean("prefixed");
      const options = readExecOptions(o);
      if (!host.subtests) raise(L, "vm:ktap records sub-results of a test: call it inside a test");
      const record = host.subtests.prepare(L, "vm:ktap");
      return bridge.await(L, "vm:ktap", async () => {
        const started = Date.now();
        const r = await vm.exec(command, options);
        traceExec(vm, command, r, trace);
        return record(r, Date.now() - started, name, prefixed);
      });
    },

    accel: (L, vm) => {
      // Known once the VM has started: how fast the guest runs (timeouts scaled for TCG, say).
      if (vm.accel === undefined) lua.lua_pushnil(L);
      else pushString(L, vm.accel);
      return 1;
    },

    spawn: (L, vm) => {
      const command = commandAt(L, "vm:spawn");
      const o = new LuaOptions(L, 3, "vm:spawn", ["env", "cwd", "stdin", "max_output"]);
      const options = { env: o.stringMap("env"), cwd: o.string("cwd"), stdin: o.bytes("stdin"), maxOutput: o.positive("max_output", true, "bytes") };
      return bridge.await(L, "vm:spawn", async () => {
        const process = await vm.spawn(command, options);
        host.own?.(process, false);
        trace?.(`${vm.name}$ ${process.command} &  (pid ${process.pid})`);
        return (L) => (streams.pushProcess(L, process), 1);
      });
    },

    tail: (L, vm) => {
      if (lua.lua_type(L, 2) !== lua.LUA_TSTRING) raise(L, `vm:tail(path): path must be a string, got ${toTypeName(L, 2)}`);
      const file = toText(L, 2);
      return bridge.await(L, "vm:tail", async () => {
        const tail = await vm.tail(file);
        host.own?.(tail.process, true);
        return (L) => (streams.stream.push(L, tail), 1);
      });
    },

    console_stream: (L, vm) => {
      let reader: StreamReader;
      try {
        reader = vm.consoleStream();
      } catch (error) {
        raise(L, (error as Error).message);
      }
      streams.stream.push(L, { reader });
      return 1;
    },

    expect_console: (L, vm) => streams.expect(L, 2, "vm:expect_console", (stderr) => {
      if (stderr) raise(L, "vm:expect_console: option 'stderr' is for processes");
      try {
        return vm.consoleExpect;
      } catch (error) {
        raise(L, (error as Error).message);
      }
    }),

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

    push: (L, vm) => {
      if (lua.lua_type(L, 2) !== lua.LUA_TSTRING || lua.lua_type(L, 3) !== lua.LUA_TSTRING) raise(L, "vm:push(host_path, guest_path, [opts]): both paths must be strings");
      const requested = toText(L, 2);
      const guestPath = toText(L, 3);
      const mode = new LuaOptions(L, 4, "vm:push", ["mode"]).integer("mode", 0, 0o7777, "permission bits");
      let hostPath: string;
      try {
        hostPath = host.hostPath(requested, "vm:push source");
      } catch (error) {
        raise(L, (error as Error).message);
      }
      return bridge.await(L, "vm:push", async () => {
        const bytes = await vm.push(hostPath, guestPath, { mode });
        return (L) => (lua.lua_pushnumber(L, bytes), 1);
      });
    },

    pull: (L, vm) => {
      if (lua.lua_type(L, 2) !== lua.LUA_TSTRING || lua.lua_type(L, 3) !== lua.LUA_TSTRING) raise(L, "vm:pull(guest_path, host_path): both paths must be strings");
      const guestPath = toText(L, 2);
      const destination = host.resultsPath(toText(L, 3));
      return bridge.await(L, "vm:pull", async () => {
        const bytes = await vm.pull(guestPath, destination.path, { beneath: destination.beneath });
        return (L) => (pushValue(L, { path: destination.path, bytes }), 1);
      });
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

    arch: (L, vm) => {
      pushString(L, vm.profile.arch);
      return 1;
    },

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
