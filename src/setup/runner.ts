// Runs setup's steps in order, printing one line per step with its duration.
// A failed step does not stop independent later steps (so one run reports
// every problem); steps that need a failed one are reported as not run.

import { SetupError } from "./errors.ts";

export interface StepOutcome<T> {
  status: "done" | "skipped";
  detail: string;
  value: T;
}

export type Result<T> = { ok: true; value: T } | { ok: false };

interface Failure {
  step: string;
  message: string;
  hint?: string;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export class Runner {
  private index = 0;
  private readonly started = performance.now();
  readonly failures: Failure[] = [];

  constructor(
    private readonly total: number,
    private readonly out: (s: string) => void = (s) => process.stdout.write(s),
  ) {}

  async step<T>(name: string, needs: Result<unknown>[], fn: () => Promise<StepOutcome<T>>): Promise<Result<T>> {
    this.index++;
    const label = `[${this.index}/${this.total}] ${name}: `;
    if (needs.some((n) => !n.ok)) {
      this.out(`${label}not run (an earlier step it needs failed)\n`);
      return { ok: false };
    }
    // The label goes out first so a long step (a download) shows what it is doing.
    this.out(label);
    const t0 = performance.now();
    try {
      const r = await fn();
      this.out(`${r.status}, ${r.detail} (${formatDuration(performance.now() - t0)})\n`);
      return { ok: true, value: r.value };
    } catch (err) {
      const message = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
      const hint = err instanceof SetupError ? err.hint : undefined;
      this.failures.push({ step: name, message, hint });
      this.out(`FAILED: ${message} (${formatDuration(performance.now() - t0)})\n`);
      return { ok: false };
    }
  }

  /** Print the total and the failures (with what to do); returns the exit code. */
  finish(): number {
    const total = formatDuration(performance.now() - this.started);
    if (this.failures.length === 0) {
      this.out(`setup complete in ${total}\n`);
      return 0;
    }
    for (const f of this.failures) this.out(`setup failed at "${f.step}": ${f.message}${f.hint ? ` — ${f.hint}` : ""}\n`);
    this.out(`total ${total}\n`);
    return 1;
  }
}

/** The value of a step that succeeded (callers check `needs` first). */
export function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error("internal: used the value of a failed step");
  return r.value;
}
