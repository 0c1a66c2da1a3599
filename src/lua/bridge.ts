// Lua code looks synchronous; the host is asynchronous. A binding starts a
// promise and yields the Lua thread; the driver awaits the promise and
// resumes the thread, whose continuation returns the result to Lua (or
// raises the error at the caller's line). A count hook lets long Lua loops
// share the event loop and enforces deadlines.
import { lua, to_jsstring, to_luastring, type LuaState } from "fengari";
import { Deadline } from "../util/clock.ts";
import { callerPosition, pushString, raise } from "./values.ts";

/** Pushes a settled promise's results on the Lua stack; returns their count. */
export type Pusher = (L: LuaState) => number;

type Settled = { push: Pusher } | { error: string };

interface PendingCall {
  what: string;
  promise: Promise<Pusher>;
  settled?: Settled;
}

/** A call parked by provium.parallel while its branch waits: done once settled is set. */
interface ParkedCall {
  call: PendingCall;
  done: Promise<void>;
}

const HOOK_EVERY_INSTRUCTIONS = 10_000;
/** How every report of a bug of ours starts. */
export const INTERNAL_ERROR_PREFIX = "internal error in Provium";
export const INTERNAL_ERROR = `${INTERNAL_ERROR_PREFIX} (please report it)`;
const SLICE_MS = 20;

export type DriveOutcome =
  | { status: "ok" }
  | { status: "error"; thread: LuaState }
  | { status: "timeout" }
  | { status: "interrupted" };

export class LuaBridge {
  private pending?: PendingCall;
  /** A yield meant for the host (not the user's) is on its way up. */
  private hostYield = false;
  private preempted = false;
  private deadline = Deadline.NEVER;
  private sliceStart = Date.now();
  /** Where the hook stopped a thread at its deadline (a hook-suspended frame reports no line). */
  hookPosition?: { file: string; line: number };
  /** Messages of errors raised by bindings (VM faults): reported as errors, not failures. */
  readonly hostErrors = new Set<string>();
  /**
   * The first JavaScript exception thrown inside Lua: a bug of ours, not the
   * test's. After one, the state may be inconsistent and is not used again.
   */
  internalError?: Error;

  constructor(
    readonly L: LuaState,
    /** Aborted when the run is interrupted (Ctrl-C): running code stops like at a deadline. */
    private readonly signal?: AbortSignal,
  ) {
    // Without this handler fengari drops the exception and reports whatever is on the stack.
    lua.lua_atnativeerror(L, (L: LuaState) => {
      const thrown: unknown = lua.lua_touserdata(L, -1);
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      this.internalError ??= error;
      pushString(L, `${INTERNAL_ERROR}: ${String(error)}`);
      return 1;
    });
  }

  private get stopped(): boolean {
    return this.deadline.passed || this.signal?.aborted === true;
  }

  /** True while a host yield travels up through the user's coroutine.resume. */
  hostYieldInProgress(): boolean {
    return this.hostYield;
  }

  /**
   * The body of an asynchronous binding: `return bridge.await(L, "vm:exec", async () => ...)`.
   * Must be the binding's return value (it yields).
   */
  await(L: LuaState, what: string, start: () => Promise<Pusher>): number {
    if (!lua.lua_isyieldable(L))
      raise(
        L,
        `${what} cannot run here: Provium calls wait for the host, and fengari cannot wait inside table.sort comparators, ` +
          `string.gsub callbacks, __tostring/__pairs metamethods or load readers; call it before and pass the result in`,
      );
    const promise = start();
    promise.catch(() => {}); // an abandoned call (timeout, Ctrl-C) may still fail later: never unhandled
    this.pending = { what, promise };
    this.hostYield = true;
    return lua.lua_yieldk(L, 0, 0, this.continuation);
  }

  private readonly parked = new Map<number, ParkedCall>();
  private lastParked = 0;

  /**
   * provium.parallel: takes the host call a branch has just yielded for and
   * keeps it, so that other branches can start theirs. Returns its id, or
   * undefined when the yield was a preemption (no call), which the branch
   * must pass up to the driver.
   */
  park(): number | undefined {
    const call = this.pending;
    if (!call) return undefined;
    this.pending = undefined;
    this.hostYield = false;
    const done = settle(call.promise).then((settled) => void (call.settled = settled));
    this.parked.set(++this.lastParked, { call, done });
    return this.lastParked;
  }

  /** Yields until one of the parked calls has settled; pushes its id. */
  awaitAnyParked(L: LuaState, ids: number[]): number {
    const calls = ids.map((id) => {
      const parked = this.parked.get(id);
      if (!parked) raise(L, `internal error: no parked call ${id}`);
      return parked.done.then(() => id);
    });
    return this.await(L, "provium.parallel", async () => {
      const id = await Promise.race(calls);
      return (L) => (lua.lua_pushinteger(L, id), 1);
    });
  }

  /** Makes a settled parked call the pending one again: resuming its branch delivers its result. */
  unpark(id: number): void {
    this.pending = this.parked.get(id)?.call;
    this.parked.delete(id);
  }

  /** Forgets parked calls whose branches are abandoned (another branch failed). */
  forgetParked(ids: number[]): void {
    for (const id of ids) this.parked.delete(id);
  }

  /** Marks message as a host error (a VM fault) when original was one: provium.parallel's wrapped errors. */
  sameKind(original: string, message: string): void {
    if (this.hostErrors.has(original)) this.hostErrors.add(message);
  }

  private continuation = (L: LuaState): number => {
    const call = this.pending;
    this.pending = undefined;
    if (!call?.settled) raise(L, "internal error: resumed without a result");
    if ("error" in call.settled) {
      lua.lua_settop(L, 0);
      // Same text as raise() produces, remembered so the report can class it.
      this.hostErrors.add(callerPosition(L) + call.settled.error);
      raise(L, call.settled.error);
    }
    return call.settled.push(L);
  };

  /** Forgets an abandoned thread's yield (after a timeout). */
  reset(): void {
    this.pending = undefined;
    this.parked.clear();
    this.hostYield = false;
    this.preempted = false;
    this.hookPosition = undefined;
  }

  /** Installs the count hook on a thread (threads it creates inherit it). */
  watch(thread: LuaState, deadline: Deadline): void {
    this.deadline = deadline;
    lua.lua_sethook(thread, this.hook, lua.LUA_MASKCOUNT, HOOK_EVERY_INSTRUCTIONS);
  }

  private hook = (L: LuaState): void => {
    if (!this.stopped && Date.now() - this.sliceStart < SLICE_MS) return;
    if (!lua.lua_isyieldable(L)) {
      if (this.stopped) raise(L, "the test's time is up");
      return; // cannot pause here; try again a few instructions later
    }
    if (this.stopped) this.hookPosition = currentPosition(L);
    this.preempted = true;
    this.hostYield = true;
    lua.lua_yield(L, 0);
  };

  /**
   * Runs a thread until it finishes, fails, or passes the deadline. The
   * function to run (and nargs arguments) must be on the thread's stack.
   */
  async drive(thread: LuaState, nargs: number, deadline: Deadline): Promise<DriveOutcome> {
    this.deadline = deadline;
    for (;;) {
      this.sliceStart = Date.now();
      const status = lua.lua_resume(thread, this.L, nargs);
      nargs = 0;
      if (status === lua.LUA_OK) return { status: "ok" };
      if (status !== lua.LUA_YIELD) return { status: "error", thread };
      lua.lua_settop(thread, 0);
      if (!this.hostYield) {
        pushString(thread, "coroutine.yield() was called outside of a coroutine");
        return { status: "error", thread };
      }
      this.hostYield = false;
      if (this.signal?.aborted) return { status: "interrupted" };
      if (deadline.passed) return { status: "timeout" };
      if (this.preempted) {
        this.preempted = false;
        await new Promise((resolve) => setImmediate(resolve)); // let other files run
        continue;
      }
      const call = this.pending as PendingCall;
      const settled = await settleBefore(call.promise, deadline, this.signal);
      if (!settled) return { status: this.signal?.aborted ? "interrupted" : "timeout" };
      call.settled = settled;
    }
  }
}

async function settleBefore(promise: Promise<Pusher>, deadline: Deadline, signal?: AbortSignal): Promise<PendingCall["settled"] | undefined> {
  let onAbort = () => {};
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  const timeout = deadline.whenPassed();
  try {
    return await Promise.race([settle(promise), timeout.promise.then(() => undefined), aborted]);
  } finally {
    timeout.cancel();
    signal?.removeEventListener("abort", onAbort);
  }
}

function settle(promise: Promise<Pusher>): Promise<Settled> {
  return promise.then(
    (push) => ({ push }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
}

function currentPosition(L: LuaState): { file: string; line: number } | undefined {
  const ar = new lua.lua_Debug();
  if (!lua.lua_getstack(L, 0, ar)) return undefined;
  lua.lua_getinfo(L, to_luastring("Sl"), ar);
  const source = to_jsstring(ar.source);
  return source.startsWith("@") && ar.currentline > 0 ? { file: source.slice(1), line: ar.currentline } : undefined;
}
