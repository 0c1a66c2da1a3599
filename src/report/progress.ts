// A live status line on a terminal: files done/total, running, failed so
// far, elapsed. Other output goes through write(), which keeps the line at
// the bottom. Off when not a TTY or in CI, where plain lines read better.
import { formatSeconds } from "../util/time.ts";
import { count, type FileResult } from "../engine/results.ts";

export class ProgressLine {
  private done = 0;
  private running = 0;
  private failed = 0;
  private readonly started = Date.now();
  private timer?: NodeJS.Timeout;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stdout,
    readonly enabled = stream.isTTY === true && !process.env.CI,
  ) {
    if (enabled) this.timer = setInterval(() => this.draw(), 500).unref();
  }

  fileStarted(): void {
    this.running++;
    this.draw();
  }

  fileDone(result: FileResult): void {
    this.running--;
    this.done++;
    this.failed += count(result.tests).failed;
    this.draw();
  }

  /** Writes text above the status line. */
  write = (text: string): void => {
    this.clear();
    this.stream.write(text);
    this.draw();
  };

  /** Removes the line for good: what is written afterwards (the final report) stays plain. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }

  private draw(): void {
    if (!this.enabled || this.timer === undefined) return;
    this.clear();
    const failed = this.failed ? ` · \x1b[31m${this.failed} failed\x1b[0m` : "";
    this.stream.write(`  ${this.done}/${this.total} files · ${this.running} running${failed} · ${formatSeconds(Date.now() - this.started)}`);
    this.shown = true;
  }
}
