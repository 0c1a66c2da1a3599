// Time limits that stand still while a debugger holds the guest (--gdb).
// A Clock reads wall time less the time its guests spent stopped; a Deadline
// is a point on one clock. Without a debugger every clock is the wall's, and
// a deadline behaves like a plain timer.

export interface Clock {
  /** Milliseconds, like Date.now(), but not advancing while paused. */
  now(): number;
}

export const WALL_CLOCK: Clock = { now: () => Date.now() };

export interface Span {
  start: number;
  /** undefined while the pause lasts. */
  end?: number;
}

/** When something was paused (a guest stopped in the debugger), in wall time. */
export class PauseLog {
  private readonly log: Span[] = [];

  begin(at = Date.now()): void {
    if (!this.paused) this.log.push({ start: at });
  }

  end(at = Date.now()): void {
    const last = this.log.at(-1);
    if (last && last.end === undefined) last.end = at;
  }

  get paused(): boolean {
    return this.log.length > 0 && this.log.at(-1)!.end === undefined;
  }

  get spans(): readonly Span[] {
    return this.log;
  }
}

/** How long, within [from, to], at least one of spans lasted (their union, clipped). */
export function pausedWithin(spans: readonly Span[], from: number, to: number): number {
  const clipped = spans
    .map((s) => [Math.max(s.start, from), Math.min(s.end ?? to, to)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [start, end] of clipped) {
    if (end <= reached) continue;
    total += end - Math.max(start, reached);
    reached = end;
  }
  return total;
}

/** A clock that stands still while any of logs() is paused, counted from now on. */
export function pausableClock(logs: () => readonly PauseLog[]): Clock {
  const since = Date.now();
  return {
    now: () => {
      const wall = Date.now();
      return wall - pausedWithin(logs().flatMap((log) => log.spans), since, wall);
    },
  };
}

/** The pause logs of a run's guests, gathered as the guests come: one clock stands still while any is paused. */
export class PauseLogs {
  private readonly logs: PauseLog[] = [];
  readonly clock: Clock = pausableClock(() => this.logs);

  add(log: PauseLog): void {
    this.logs.push(log);
  }
}

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How often a deadline whose clock stood still looks again. */
const RECHECK_MS = 250;

export class Deadline {
  constructor(
    readonly clock: Clock,
    /** On clock's time line. */
    readonly at: number,
  ) {}

  static after(ms: number, clock: Clock = WALL_CLOCK): Deadline {
    return new Deadline(clock, clock.now() + ms);
  }

  static readonly NEVER = new Deadline(WALL_CLOCK, Infinity);

  get remainingMs(): number {
    return Math.max(0, this.at - this.clock.now());
  }

  get passed(): boolean {
    return this.clock.now() >= this.at;
  }

  /** Calls fn once the deadline has passed (a clock that stood still defers it); returns what cancels it. */
  onPassed(fn: () => void): () => void {
    let timer: NodeJS.Timeout | undefined;
    const arm = (first: boolean) => {
      const left = this.at - this.clock.now();
      if (left <= 0) return fn();
      if (left === Infinity) return;
      // A first timer is exact; one that fires early, the clock having stood still, looks again at a modest pace.
      timer = setTimeout(() => arm(false), Math.min(first ? left : Math.max(left, RECHECK_MS), MAX_TIMER_MS));
    };
    arm(true);
    return () => clearTimeout(timer);
  }

  /** Resolves once the deadline has passed; cancel() drops the timer (the promise then never settles). */
  whenPassed(): { promise: Promise<void>; cancel: () => void } {
    let cancel = () => {};
    const promise = new Promise<void>((resolve) => (cancel = this.onPassed(resolve)));
    return { promise, cancel };
  }
}
