// With a gdb stub, the debugger stops the guest whenever it holds it: on
// attach, at a breakpoint, on Ctrl-C in gdb. QEMU announces each stop and
// resume on QMP; the spans in run state "debug" or "paused" are the
// debugger's (our own stops, to save a snapshot, are "finish-migrate" and
// "postmigrate"), and time limits stand still through them.
import type { PauseLog } from "../util/clock.ts";
import type { QmpClient } from "./qmp.ts";

const DEBUGGER_RUN_STATES = new Set(["debug", "paused"]);

export function recordDebuggerStops(qmp: QmpClient, stops: PauseLog): void {
  qmp.onEvent = (event) => {
    if (event.event === "RESUME") return stops.end();
    if (event.event !== "STOP") return;
    const at = Date.now();
    // Replies and events keep their order: a RESUME after this stop arrives after the answer.
    qmp.execute<{ status: string }>("query-status").then(
      ({ status }) => DEBUGGER_RUN_STATES.has(status) && stops.begin(at),
      () => {}, // QEMU went away: nothing is stopped any more
    );
  };
}
