// A fixture's next resume, started ahead of time: when a VM resumes a
// snapshot, one more QEMU is started for it (state loaded, guest paused), so
// that the next resume of that snapshot only runs it. QEMU's own start and the
// load are then off the test's time (~60 of ~150 ms under TCG). A warm QEMU
// holds no share of the resource budget (its guest does not run: a process
// and a copy-on-write mapping of the snapshot's RAM file); the VM that takes
// it acquires that as any VM does. One per snapshot; whatever is not taken
// is killed when the run directory goes (and on every exit path, as every
// QEMU we start is).
import type { RunDir } from "../host/run-dir.ts";
import { waitGoneSync } from "../util/proc.ts";
import type { StartedQemu } from "./qemu-start.ts";

const KILL_WAIT_MS = 3000;

export class WarmStarts {
  private readonly waiting = new Map<string, Promise<StartedQemu | undefined>>();
  /** Every process started here and not taken: killed at once on close, even mid-start. */
  private readonly spawned = new Set<StartedQemu>();
  private closed = false;

  constructor(runDir: RunDir) {
    runDir.beforeRemove(() => this.close());
  }

  /** The warm QEMU for key, when one was started and still runs; the next take starts anew. */
  async take(key: string): Promise<StartedQemu | undefined> {
    const pending = this.waiting.get(key);
    if (!pending) return undefined;
    this.waiting.delete(key);
    const started = await pending;
    if (started) this.spawned.delete(started);
    return started?.isAlive() ? started : undefined;
  }

  /**
   * Starts one for key, unless one is waiting already; start calls spawned
   * as soon as its process runs. A start that fails leaves nothing: the next
   * resume starts cold.
   */
  prepare(key: string, start: (spawned: (started: StartedQemu) => void) => Promise<StartedQemu>): void {
    if (this.closed || this.waiting.has(key)) return;
    let mine: StartedQemu | undefined;
    const spawned = (started: StartedQemu): void => {
      mine = started;
      this.spawned.add(started);
      if (this.closed) void started.kill();
    };
    const failed = async (): Promise<undefined> => {
      if (mine) this.spawned.delete(mine);
      await mine?.kill();
      return undefined;
    };
    this.waiting.set(key, start(spawned).catch(failed));
  }

  /** Kills the QEMUs no one took, those still starting included, and waits until they are gone (synchronously: for the run directory's removal). */
  private close(): void {
    this.closed = true;
    for (const started of this.spawned) void started.kill();
    waitGoneSync([...this.spawned].flatMap((started) => started.child.pid ?? []), KILL_WAIT_MS);
    this.spawned.clear();
    this.waiting.clear();
  }
}

const byRunDir = new WeakMap<RunDir, WarmStarts>();

/** The warm starts of a run directory's VMs. */
export function warmStartsOf(runDir: RunDir): WarmStarts {
  let warm = byRunDir.get(runDir);
  if (!warm) byRunDir.set(runDir, (warm = new WarmStarts(runDir)));
  return warm;
}
