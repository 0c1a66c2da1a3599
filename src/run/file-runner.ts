// Runs one *.test.lua file in its own Lua state: the file's top level first
// (it registers tests with test(...), or is itself the test when it
// registers none), then each selected test in its own thread with its own
// deadline. VMs belong to the test (or the file's top level) that created
// them and are stopped when it ends.
import { readFileSync } from "node:fs";
import path from "node:path";
import { lua, to_luastring, type LuaState } from "fengari";
import { checkKernelHealth, ConsoleMarks } from "../engine/kernel-problems.ts";
import { isFailing, type Failure, type FileResult, type TestResult } from "../engine/results.ts";
import { keepFailedVms } from "../engine/keep-failed.ts";
import { endScope, Scope } from "../engine/scope.ts";
import { SubtestLog, subtestsRollUp, withSubtests } from "../engine/subtests.ts";
import { openScript, runTopLevel } from "../engine/script.ts";
import type { RunContext } from "../engine/session.ts";
import { internalErrorOutcome, runInThread, type Outcome } from "../engine/thread.ts";
import { stringList } from "../lua/api/tables.ts";
import { displayPath, type LuaFile } from "../lua/state.ts";
import { toText } from "../lua/values.ts";
import { withRetries } from "./retries.ts";

export interface Selection {
  /** Selects tests whose name or file path matches. */
  filter?: RegExp;
  /** Selects tests carrying any of these tags. */
  tags?: string[];
}

interface Registered {
  index: number;
  name: string;
  line: number;
  tags: string[];
  timeoutMs?: number;
  skip?: string;
  /** The test provokes kernel warnings on purpose: they do not fail it. */
  allowKernelWarnings: boolean;
  /** Runs again this many times after failing. */
  retries?: number;
}

export const TEST_FILE_SUFFIX = ".test.lua";

export async function runTestFile(file: string, run: RunContext, selection: Selection = {}): Promise<FileResult> {
  const started = Date.now();
  const display = displayPath(file);
  const source = readFileSync(file, "utf8");
  const plainName = path.basename(file, TEST_FILE_SUFFIX);
  const selectsFile = !selection.filter || selection.filter.test(display);
  // A file that cannot register tests (no test(...), no dofile/require that could) is one test:
  // when it is not selected, skip it without running it.
  const mayRegisterTests = /\b(test\s*[("'{]|dofile|require)/.test(source);
  if (!mayRegisterTests && (!selectsFile || selection.tags?.length)) return { file: display, arch: run.arch, durationMs: 0, tests: [] };

  const fileScope = new Scope();
  let scope = fileScope;
  const script = openScript(run, file, { label: display, scope: () => scope, fixtureChain: [] });
  const { lf } = script;
  const unjudged = (name: string, line: number, tags: string[], outcome: Outcome, from: number, owner: Scope): TestResult => {
    // Before the run directory (and the logs in it) goes: the failure then points at the copies.
    if (outcome.failure) run.results.keepConsoles(outcome.failure, display, name);
    const kept = owner.kept.length ? { kept: owner.kept } : {};
    return { file: display, name, line, tags, ...outcome, durationMs: Date.now() - from, logs: owner.logs, warnings: owner.warnings, ...kept };
  };
  /** A test's (or top level's) result, judged by the known-failures list as it is made: a known failure is then not retried. */
  const result = (...args: Parameters<typeof unjudged>): TestResult => {
    const made = unjudged(...args);
    run.knownFailures?.classify(display, made.name, [], made);
    return made;
  };

  // The file's top level.
  if (script.syntaxError !== undefined) {
    const message = script.syntaxError;
    const line = Number(/:(\d+):/.exec(message)?.[1]) || undefined;
    const failure: Failure = { kind: "error", message: `syntax error: ${message}`, file: display, line, testLine: line, traceback: "", consoles: [] };
    // Never a known failure: the file did not run, so it did not fail as expected.
    return { file: display, arch: run.arch, durationMs: Date.now() - started, tests: [unjudged(plainName, line ?? 0, [], { status: "error", failure }, started, fileScope)] };
  }
  const tests: TestResult[] = [];
  const finish = (): FileResult => ({ file: display, arch: run.arch, durationMs: Date.now() - started, tests });
  /** The test that has started and has no result yet. */
  let running: Registered | undefined;
  let selectedTests: Registered[] | undefined;
  const finished = new Set<Registered>();
  /** After an internal error the file's state is not trusted: the tests without a result are not run. */
  /** The selected tests not run (and not running): each gets outcome. */
  const notRun = (outcome: Outcome) => {
    const candidates = selectedTests ?? readRegistered(lf.L, lf.framework).filter((test) => selected(test, display, selection));
    for (const test of candidates.filter((t) => !finished.has(t) && t !== running))
      tests.push(result(test.name, test.line, test.tags, outcome, Date.now(), new Scope()));
  };
  const notRunAfter = (culprit: string) => notRun(notRunAfterInternalError(culprit));
  try {
    const { outcome, marks: topMarks } = await runTopLevel(script, display, run, fileScope);
    let topLevel = outcome;
    const registered = readRegistered(lf.L, lf.framework);
    if (!run.allowKernelWarnings) {
      const plain = registered.length === 0;
      const health = checkKernelHealth(topLevel, topMarks, fileScope.vms, { file: display, line: 1 }, plain ? undefined : "the file's top level");
      if (plain) topLevel = health; // a plain script is the test
      // A shared VM's boot belongs to no test: its kernel's complaints are a result of their own; the tests still run.
      else if (health !== topLevel) tests.push(result(`${plainName} (top level)`, 1, [], health, started, fileScope));
    }
    if (registered.length === 0 || topLevel.status !== "passed") {
      const name = registered.length === 0 ? plainName : `${plainName} (top level)`;
      if (run.keepFailed && isFailing(topLevel)) await keepFailedVms(run, fileScope.vms, display, name, fileScope);
      await endScope(fileScope, topLevel.status, registered.length === 0);
      tests.push(result(name, 1, [], topLevel, started, fileScope));
      return finish();
    }

    selectedTests = registered.filter((test) => selected(test, display, selection));
    /** One run of a test: its result and its sub-results. */
    const runOnce = async (test: Registered): Promise<TestResult[]> => {
      const testStarted = Date.now();
      scope = new Scope(new SubtestLog(display, test.name, run.knownFailures));
      let outcome: Outcome;
      if (test.skip !== undefined) outcome = { status: "skipped", reason: test.skip };
      else {
        const marks = new ConsoleMarks(fileScope.vms);
        const vms = () => [...scope.vms, ...fileScope.vms];
        outcome = await runInThread(lf, display, (thread) => pushTest(lf, thread, test), { ms: test.timeoutMs ?? run.timeoutMs, clock: run.debuggerStops.clock }, vms);
        outcome = subtestsRollUp(outcome, scope.subtests!, { file: display, line: test.line }, vms);
        const checkHealth = !test.allowKernelWarnings && !run.allowKernelWarnings;
        if (checkHealth) outcome = checkKernelHealth(outcome, marks, vms(), { file: display, line: test.line });
        // At the moment of failure (a kernel's complaint included), before its processes and VMs are stopped;
        // not for a failure the known-failures list expects (a bundle per run of it would be waste).
        const expected = run.knownFailures?.expects(display, test.name);
        if (run.keepFailed && isFailing(outcome) && !expected) await keepFailedVms(run, vms(), display, test.name, scope);
        await endScope(scope, outcome.status, true);
        // What the kernel printed while the test's VMs shut down.
        if (checkHealth) outcome = checkKernelHealth(outcome, marks, vms(), { file: display, line: test.line });
      }
      return withSubtests(result(test.name, test.line, test.tags, outcome, testStarted, scope), scope.subtests);
    };
    for (const test of selectedTests) {
      // Interrupted: the tests after the one that was running are not started (each would start its first host call).
      if (run.signal?.aborted) {
        notRun(NOT_RUN_INTERRUPTED);
        break;
      }
      running = test;
      const retries = test.retries ?? run.retries ?? 0;
      tests.push(...(await withRetries(retries, () => runOnce(test), () => lf.bridge.internalError !== undefined || run.signal?.aborted === true)));
      finished.add(test);
      running = undefined;
      if (lf.bridge.internalError) {
        await endScope(fileScope, "error", false);
        notRunAfter(test.name);
        return finish();
      }
    }
    await endScope(fileScope, "passed", false);
    return finish();
  } catch (error) {
    // An exception of ours outside Lua: the test it hit (or the file) ends with it, the
    // file's other tests are not run, its VMs are killed; the run goes on.
    await Promise.all([...scope.vms, ...fileScope.vms].map((vm) => vm.kill()));
    const hit = running ?? { name: `${plainName} (top level)`, line: 1, tags: [] };
    tests.push(result(hit.name, hit.line, hit.tags, internalErrorOutcome(error), started, scope));
    notRunAfter(hit.name);
    return finish();
  }
}

const NOT_RUN_INTERRUPTED: Outcome = { status: "skipped", reason: "not run: the run was interrupted (Ctrl-C)" };

function notRunAfterInternalError(culprit: string): Outcome {
  const message = `not run: an internal error in Provium during '${culprit}' left this file's Lua state unusable`;
  return { status: "error", failure: { kind: "error", message, traceback: "", consoles: [] } };
}

function selected(test: Registered, display: string, selection: Selection): boolean {
  if (selection.filter && !selection.filter.test(display) && !selection.filter.test(test.name)) return false;
  if (selection.tags?.length && !test.tags.some((tag) => selection.tags!.includes(tag))) return false;
  return true;
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
    lua.lua_getfield(L, -4, to_luastring("allow_kernel_warnings"));
    const allowKernelWarnings = lua.lua_toboolean(L, -1);
    lua.lua_getfield(L, -5, to_luastring("retries"));
    const retries = lua.lua_isnumber(L, -1) ? (lua.lua_tonumber(L, -1) as number) : undefined;
    lua.lua_pop(L, 2);
    const skipType = lua.lua_type(L, -1);
    tests.push({
      index,
      name: toText(L, -6),
      line: lua.lua_tointeger(L, -5) as number,
      tags: lua.lua_istable(L, -3) ? stringList(L, lua.lua_absindex(L, -3)) : [],
      timeoutMs: lua.lua_isnumber(L, -2) ? (lua.lua_tonumber(L, -2) as number) * 1000 : undefined,
      skip: skipType === lua.LUA_TSTRING ? toText(L, -1) : lua.lua_toboolean(L, -1) ? "skipped" : undefined,
      allowKernelWarnings,
      retries,
    });
    lua.lua_pop(L, 7);
  }
  lua.lua_pop(L, 2);
  return tests;
}
