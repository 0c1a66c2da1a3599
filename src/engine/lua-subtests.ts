// Sub-results from Lua: the prelude's t:subtest, t:record and t:ktap call
// the functions installed here on its framework table; vm:ktap records
// through recordKtap (this is its KtapRecorder). Each result is placed at the Lua line that produced
// it (the call, or for a failing t:subtest, the line that failed).
import { lua, to_luastring, type LuaState } from "fengari";
import { parseKtap } from "../ktap/parse.ts";
import type { KtapRecorder } from "../lua/api/provium.ts";
import { LuaOptions, stringList } from "../lua/api/tables.ts";
import { execFields } from "../lua/api/vm.ts";
import type { LuaBridge } from "../lua/bridge.ts";
import { locate, readError } from "../lua/failure.ts";
import { pushValue, raise, toText, type LuaValue } from "../lua/values.ts";
import { recordKtap, type KtapCounts, type Site } from "./ktap-record.ts";
import { isFailing, type TestStatus } from "./results.ts";
import type { SubInput, SubtestLog } from "./subtests.ts";

const STATUSES: Record<string, TestStatus> = { pass: "passed", fail: "failed", skip: "skipped", todo: "todo", xfail: "xfail", error: "error" };

type Fault = Pick<SubInput, "status" | "reason" | "failure">;

export class LuaSubtests implements KtapRecorder {
  /** How the last failed t:subtest ended, as its message handler saw it (the stack still there). */
  private fault?: Fault;

  constructor(
    /** The display path of the file under test. */
    private readonly file: string,
    /** The running test's log; undefined outside a test (a file's top level, a fixture script). */
    private readonly log: () => SubtestLog | undefined,
    private readonly bridge: LuaBridge,
  ) {}

  /** Installs begin/fault/finish/record/ktap on the prelude's framework table (registry reference). */
  install(L: LuaState, framework: number): void {
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, framework);
    const set = (name: string, fn: (L: LuaState) => number) => {
      lua.lua_pushcfunction(L, fn);
      lua.lua_setfield(L, -2, to_luastring(name));
    };
    set("begin", (L) => {
      this.running(L, "t:subtest").current.push(toText(L, 1));
      return 0;
    });
    set("fault", (L) => {
      lua.lua_settop(L, 1);
      this.fault = this.describe(L);
      return 1; // the error value, unchanged
    });
    set("finish", (L) => {
      const log = this.running(L, "t:subtest");
      const path = [...log.current];
      log.current.pop();
      const ok = lua.lua_toboolean(L, 1);
      const fault: Fault = ok ? { status: "passed" } : (this.fault ?? { status: "error", failure: { kind: "error", message: "the subtest failed", traceback: "", consoles: [] } });
      this.fault = undefined;
      const output = lua.lua_istable(L, 3) ? stringList(L, 3) : [];
      const site = this.site(L);
      const status = log.record({ ...fault, path, line: site.testLine ?? 0, durationMs: (lua.lua_tonumber(L, 2) as number) * 1000, output });
      lua.lua_pushboolean(L, !isFailing({ status }));
      return 1;
    });
    set("record", (L) => this.record(L));
    set("ktap", (L) => {
      const text = toText(L, 1);
      const o = new LuaOptions(L, 2, "t:ktap", ["name", "prefixed"]);
      const name = o.string("name");
      const log = this.running(L, "t:ktap");
      const counts = recordKtap(log, parseKtap(text, { prefixed: o.boolean("prefixed") }), this.site(L), [...log.current], name === undefined ? undefined : { name });
      return pushCounts(L, counts);
    });
    lua.lua_pop(L, 1);
  }

  /** Where a call that records sub-results puts them: the running test's log (it raises outside a test), the call's site, the t:subtest it is in. */
  place(L: LuaState, what: string): { log: SubtestLog; site: Site; prefix: string[] } {
    const log = this.running(L, what);
    return { log, site: this.site(L), prefix: [...log.current] };
  }

  /** For vm:ktap: checks that a test is running and where the call is, before the command runs; records its output when Lua resumes. */
  prepare(L: LuaState, what: string): ReturnType<KtapRecorder["prepare"]> {
    const { log, site, prefix } = this.place(L, what);
    return (r, durationMs, name, prefixed) => {
      const exec = { code: r.code, signal: r.signal, timedOut: r.timedOut, truncated: r.truncated, durationMs, stderr: r.stderr.toString() };
      return (L) => pushCounts(L, recordKtap(log, parseKtap(r.stdout.toString(), { prefixed }), site, prefix, { name, exec }), execFields(r));
    };
  }

  private running(L: LuaState, what: string): SubtestLog {
    const log = this.log();
    if (!log) raise(L, `${what} records sub-results of a test: call it inside test(name, function(t) ... end)`);
    return log;
  }

  private site(L: LuaState): Site {
    const where = locate(L, L, this.file);
    return { file: where.file, line: where.line, testLine: where.testLine ?? (where.file === this.file ? where.line : undefined), traceback: "" };
  }

  private describe(L: LuaState): Fault {
    const error = readError(L, () => locate(L, L, this.file));
    if (error.outcome !== "error") return { status: error.outcome === "skip" ? "skipped" : "todo", reason: error.reason };
    const kind = this.bridge.hostErrors.has(error.message) ? "error" : "failure";
    // The traceback starts at the user's failing line, not at this handler and error().
    const traceback = error.location.traceback.replace(/^(stack traceback:\n)(?:\t\[host\][^\n]*\n)+/, "$1");
    return { status: kind === "error" ? "error" : "failed", failure: { kind, message: error.message, ...error.location, traceback, consoles: [] } };
  }

  /** t:record{ name =, status =, message =, duration =, output = }. */
  private record(L: LuaState): number {
    const o = new LuaOptions(L, 1, "t:record", ["name", "status", "message", "duration", "output"]);
    const name = o.string("name");
    if (!name) raise(L, "t:record: name must be a non-empty string");
    const word = o.string("status");
    const status = word === undefined ? undefined : STATUSES[word];
    if (!status) raise(L, `t:record: status must be one of ${Object.keys(STATUSES).join(", ")}, got ${word === undefined ? "nothing" : `'${word}'`}`);
    const message = o.string("message");
    const duration = o.number("duration") ?? 0;
    if (!(duration >= 0)) raise(L, `t:record: duration must be a number of seconds >= 0, got ${duration}`);
    const output = o.string("output");
    const log = this.running(L, "t:record");
    const site = this.site(L);
    const failing = status === "failed" || status === "error";
    const recorded = log.record({
      path: [...log.current, name], status, line: site.testLine ?? 0, durationMs: duration * 1000,
      reason: failing || status === "passed" ? undefined : message,
      failure: failing ? { kind: status === "error" ? "error" : "failure", message: message ?? status, ...site, consoles: [] } : undefined,
      bareFailure: failing && message === undefined,
      output: output ? output.replace(/\n$/, "").split("\n") : [],
    });
    lua.lua_pushboolean(L, !isFailing({ status: recorded }));
    return 1;
  }
}

/** What t:ktap, vm:ktap and provium.kunit return: the counts, ok (nothing failed), for vm:ktap the exec result's fields (its ok becomes exit_ok), and any more fields. */
export function pushCounts(L: LuaState, counts: KtapCounts, exec?: Record<string, LuaValue> & { ok: boolean }, more: Record<string, LuaValue> = {}): number {
  const { ok: exitOk, ...fields } = exec ?? { ok: undefined };
  pushValue(L, { ...more, ...fields, exit_ok: exitOk, ...counts, ok: counts.failed + counts.errors === 0 });
  return 1;
}
