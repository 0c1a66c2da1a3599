// While KUnit suites run in a guest (at boot, or as a module loads), its
// console says which suite is running: "# Subtest: name" opens it, the
// suite's own result line (less indented) closes it. A suite that runs past
// its time limit hangs: the watch stops the guest, so that the suites after
// it can run in a fresh one. While the guest boots, a console silent for the
// idle limit outside any suite is a boot that hangs.
import { withoutPrintkPrefix } from "../ktap/kernel-log.ts";
import type { Clock } from "../util/clock.ts";
import { formatSeconds } from "../util/time.ts";

export interface WatchLimits {
  /** How long one suite may run. */
  suiteMs: number;
  /** How long the console may stay silent outside a suite while the guest boots. */
  idleMs: number;
}

const CHECK_EVERY_MS = 250;
const SUBTEST = /^(\s*)# Subtest: (.+)$/;
const RESULT = /^(\s*)(?:not )?ok \d+/;

export class SuiteWatch {
  private running?: { name: string; since: number; indent: number };
  /** The indentation of a suite's lines: the first "# Subtest:" line's. */
  private suiteIndent?: number;
  private lastLine: number;
  private booting = true;
  private readonly timer: NodeJS.Timeout;
  /** Why the guest was stopped, as the end of its output: "the suite ran past its timeout (20 s)". */
  expired?: { why: string; suite?: string };

  constructor(
    private readonly clock: Clock,
    private readonly limits: WatchLimits,
    private readonly stop: () => void,
  ) {
    this.lastLine = clock.now();
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** A console line, as the guest printed it. */
  line(raw: string): void {
    this.lastLine = this.clock.now();
    const line = withoutPrintkPrefix(raw);
    const header = SUBTEST.exec(line);
    if (header) {
      const indent = header[1]!.length;
      this.suiteIndent ??= indent;
      if (indent <= this.suiteIndent) this.running = { name: header[2]!.trim(), since: this.lastLine, indent };
      return;
    }
    const result = RESULT.exec(line);
    if (result && this.running && result[1]!.length < this.running.indent) this.running = undefined;
  }

  /** The agent answers: the boot is over, silence is no hang any more. */
  booted(): void {
    this.booting = false;
  }

  /** The suite running now, if any. */
  get suite(): string | undefined {
    return this.running?.name;
  }

  end(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    if (this.expired) return;
    const now = this.clock.now();
    if (this.running && now - this.running.since > this.limits.suiteMs)
      this.expire({ why: `the suite ran past its timeout (${formatSeconds(this.limits.suiteMs)})`, suite: this.running.name });
    else if (!this.running && this.booting && now - this.lastLine > this.limits.idleMs)
      this.expire({ why: `the guest printed nothing for ${formatSeconds(this.limits.idleMs)} while it booted` });
  }

  private expire(expired: { why: string; suite?: string }): void {
    this.expired = expired;
    this.end();
    this.stop();
  }
}
