// Runs one *.test.lua file in its own Lua state: the file's top level first
// (it registers tests with test(...), or is itself the test when it
// registers none), then each selected test in its own thread with its own
// deadline. VMs belong to the test (or the file's top level) that created
// them and are stopped when it ends.
import { readFileSync } from "node:fs";
import path from "node:path";
import { lauxlib, lua, to_luastring, type LuaState } from "fengari";
import type { Config } from "../config/config.ts";
import { installJson } from "../lua/api/json.ts";
import { installProvium } from "../lua/api/provium.ts";
import { stringList } from "../lua/api/tables.ts";
import { formatSeconds } from "../agent/client.ts";
import { locate, threadError } from "../lua/failure.ts";
import { createLuaFile, displayPath, loadLuaFile, type LuaFile } from "../lua/state.ts";
import { toText } from "../lua/values.ts";
import type { AccelMode } from "../vm/accel.ts";
import { BUILTIN_PROFILE } from "../vm/profile.ts";
import { consoleTail } from "../vm/console-log.ts";
import { createVm, type Vm } from "../vm/vm.ts";
import type { RunDir } from "./run-dir.ts";
import type { ConsoleExcerpt, Failure, FileResult, TestResult, TestStatus } from "./results.ts";

export interface FileRunOptions {
  suiteRoot: string;
  config: Config;
  runDir: RunDir;
  /** Per-test time limit unless the test's meta says otherwise. */
  timeoutMs: number;
  accel?: AccelMode;
  /** Selects tests whose name or file path matches. */
  filter?: RegExp;
  /** Selects tests carrying any of these tags. */
  tags?: string[];
  /** Receives print()/t:log() lines as they happen (for --verbose). */
  onLog?: (file: string, line: string) => void;
}

/** Whatever a test (or the file's top level) owns while it runs. */
class Scope {
  readonly vms: Vm[] = [];
  readonly logs: string[] = [];
  readonly warnings: string[] = [];
}

interface Registered {
  index: number;
  name: string;
  line: number;
  tags: string[];
  timeoutMs?: number;
  skip?: string;
}

type Outcome = { status: TestStatus; reason?: string; failure?: Failure };

export const PLAIN_SCRIPT_SUFFIX = ".test.lua";

export async function runTestFile(file: string, options: FileRunOptions): Promise<FileResult> {
  const started = Date.now();
  const display = displayPath(file);
  const source = readFileSync(file, "utf8");
  const plainName = path.basename(file, PLAIN_SCRIPT_SUFFIX);
  const selectsFile = !options.filter || options.filter.test(display);
  // A file without test(...) calls is one test: skip it unselected without running it.
  if (!/\btest\s*\(/.test(source) && (!selectsFile || options.tags?.length)) return { file: display, durationMs: 0, tests: [] };

  let scope = new Scope();
  const lf = createLuaFile({
    suiteRoot: options.suiteRoot,
    log: (line) => {
      scope.logs.push(line);
      options.onLog?.(display, line);
    },
  });
  installProvium(lf.L, lf.bridge, {
    createVm: (profile, vmOptions) => {
      const vm = createVm(profile ?? BUILTIN_PROFILE, { ...vmOptions, accel: vmOptions.accel ?? options.accel, config: options.config, runDir: options.runDir });
      scope.vms.push(vm);
      return vm;
    },
  });
  installJson(lf.L);

  const result = (name: string, line: number, tags: string[], outcome: Outcome, from: number, owner: Scope): TestResult => ({
    file: display, name, line, tags, ...outcome, durationMs: Date.now() - from, logs: owner.logs, warnings: owner.warnings,
  });

  // The file's top level.
  const fileScope = scope;
  if (loadLuaFile(lf.L, file) !== lua.LUA_OK) {
    const message = toText(lf.L, -1);
    const line = Number(/:(\d+):/.exec(message)?.[1]) || undefined;
    const failure: Failure = { kind: "error", message: `syntax error: ${message}`, file: display, line, testLine: line, traceback: "", consoles: [] };
    return { file: display, durationMs: Date.now() - started, tests: [result(plainName, line ?? 0, [], { status: "error", failure }, started, scope)] };
  }
  const topLevel = await runInThread(lf, display, (thread) => lua.lua_xmove(lf.L, thread, 1), options.timeoutMs, () => fileScope.vms);
  const registered = readRegistered(lf.L, lf.framework);
  if (registered.length === 0 || topLevel.status !== "passed") {
    await endScope(fileScope, topLevel, registered.length === 0);
    const name = registered.length === 0 ? plainName : `${plainName} (top level)`;
    return { file: display, durationMs: Date.now() - started, tests: [result(name, 1, [], topLevel, started, fileScope)] };
  }

  const tests: TestResult[] = [];
  for (const test of registered) {
    if (!selected(test, display, options)) continue;
    const testStarted = Date.now();
    scope = new Scope();
    let outcome: Outcome;
    if (test.skip !== undefined) outcome = { status: "skipped", reason: test.skip };
    else {
      outcome = await runInThread(lf, display, (thread) => pushTest(lf, thread, test), test.timeoutMs ?? options.timeoutMs, () => [...scope.vms, ...fileScope.vms]);
      await endScope(scope, outcome, true);
    }
    tests.push(result(test.name, test.line, test.tags, outcome, testStarted, scope));
  }
  await endScope(fileScope, { status: "passed" }, false);
  return { file: display, durationMs: Date.now() - started, tests };
}

function selected(test: Registered, display: string, options: FileRunOptions): boolean {
  if (options.filter && !options.filter.test(display) && !options.filter.test(test.name)) return false;
  if (options.tags?.length && !test.tags.some((tag) => options.tags!.includes(tag))) return false;
  return true;
}

/** Runs what push() puts on a fresh thread, within timeoutMs. */
async function runInThread(lf: LuaFile, display: string, push: (thread: LuaState) => void, timeoutMs: number, vms: () => Vm[]): Promise<Outcome> {
  const { L, bridge } = lf;
  const thread = lua.lua_newthread(L);
  const anchor = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX); // keeps the thread alive while it runs
  try {
    push(thread);
    const deadline = Date.now() + timeoutMs;
    bridge.watch(thread, deadline);
    const drive = await bridge.drive(thread, lua.lua_gettop(thread) - 1, deadline);
    if (drive.status === "ok") return { status: "passed" };
    if (drive.status === "timeout") {
      const where = locate(L, thread, display);
      // Stopped by the hook: its position is exact (a hook-suspended frame reports the instruction before).
      if (bridge.hookPosition) Object.assign(where, bridge.hookPosition);
      if (where.file === display) where.testLine = where.line;
      bridge.reset();
      const message = `the test did not finish within its timeout of ${formatSeconds(timeoutMs)} (set one with test(name, {timeout = seconds}, fn) or --timeout)`;
      return { status: "error", failure: { kind: "error", message, ...where, consoles: consoles(vms()) } };
    }
    const error = threadError(L, thread, display);
    if (error.outcome !== "error") return { status: error.outcome === "skip" ? "skipped" : "todo", reason: error.reason };
    const kind = bridge.hostErrors.has(error.message) ? "error" : "failure";
    return { status: kind === "error" ? "error" : "failed", failure: { kind, message: error.message, ...error.location, consoles: consoles(vms()) } };
  } finally {
    lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, anchor);
  }
}

/** The consoles a failure report shows: of the VMs the test could use. */
function consoles(vms: Vm[]): ConsoleExcerpt[] {
  return vms.filter((vm) => vm.consoleLogPath).map((vm) => ({ vm: vm.name, tail: consoleTail(vm.consoleLogPath, 20), logPath: vm.consoleLogPath }));
}

/** Stops the scope's VMs; one left running by a passing test is a warning. */
async function endScope(scope: Scope, outcome: Outcome, warn: boolean): Promise<void> {
  const failed = outcome.status === "failed" || outcome.status === "error";
  await Promise.all(
    scope.vms.map(async (vm) => {
      if (vm.state === "stopped") return;
      if (failed) return vm.kill();
      if (warn && vm.state === "running") scope.warnings.push(`VM ${vm.name} was left running and has been shut down (end with vm:shutdown())`);
      await vm.shutdown();
    }),
  );
}

function pushTest(lf: LuaFile, thread: LuaState, test: Registered): void {
  const { L } = lf;
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, lf.framework);
  lua.lua_getfield(L, -1, to_luastring("tests"));
  lua.lua_rawgeti(L, -1, test.index);
  lua.lua_getfield(L, -1, to_luastring("fn"));
  lua.lua_getfield(L, -4, to_luastring("new_t"));
  lua.lua_pushstring(L, to_luastring(test.name));
  lua.lua_call(L, 1, 1);
  lua.lua_xmove(L, thread, 2); // fn, t
  lua.lua_pop(L, 3);
}

function readRegistered(L: LuaState, framework: number): Registered[] {
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, framework);
  lua.lua_getfield(L, -1, to_luastring("tests"));
  const tests: Registered[] = [];
  const count = lua.lua_rawlen(L, -1) as number;
  for (let index = 1; index <= count; index++) {
    lua.lua_rawgeti(L, -1, index);
    lua.lua_getfield(L, -1, to_luastring("name"));
    lua.lua_getfield(L, -2, to_luastring("line"));
    lua.lua_getfield(L, -3, to_luastring("meta"));
    lua.lua_getfield(L, -1, to_luastring("tags"));
    lua.lua_getfield(L, -2, to_luastring("timeout"));
    lua.lua_getfield(L, -3, to_luastring("skip"));
    const skipType = lua.lua_type(L, -1);
    tests.push({
      index,
      name: toText(L, -6),
      line: lua.lua_tointeger(L, -5) as number,
      tags: lua.lua_istable(L, -3) ? stringList(L, lua.lua_absindex(L, -3)) : [],
      timeoutMs: lua.lua_isnumber(L, -2) ? (lua.lua_tonumber(L, -2) as number) * 1000 : undefined,
      skip: skipType === lua.LUA_TSTRING ? toText(L, -1) : lua.lua_toboolean(L, -1) ? "skipped" : undefined,
    });
    lua.lua_pop(L, 7);
  }
  lua.lua_pop(L, 2);
  return tests;
}
