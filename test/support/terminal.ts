// A command on a pseudo-terminal, driven like a person at a keyboard:
// script(1) gives it a terminal; we type into script's stdin and read the
// screen from its stdout.
import { execa, type ResultPromise } from "execa";
import { after } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";

export class ScriptedTerminal {
  private screen = "";
  private consumed = 0;
  readonly process: ResultPromise;

  constructor(command: string, env: Record<string, string> = {}) {
    this.process = execa("script", ["-qfec", command, "/dev/null"], { reject: false, env: { TERM: "dumb", ...env }, stdin: "pipe", stdout: "pipe", stderr: "pipe" });
    // A test that fails halfway leaves the command running: end it with the file, or the test file never exits.
    after(() => void this.process.kill());
    this.process.stdout!.on("data", (data: Buffer) => (this.screen += data.toString()));
    this.process.stderr!.on("data", (data: Buffer) => (this.screen += data.toString()));
  }

  /** Everything shown so far. */
  get text(): string {
    return this.screen;
  }

  /** Waits until what was shown since the last expect matches; returns the match. */
  async expect(pattern: RegExp, timeoutMs = 90_000): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.screen.slice(this.consumed));
      if (match) {
        this.consumed += match.index + match[0].length;
        return match;
      }
      if (Date.now() > deadline) throw new Error(`the terminal did not show ${pattern} within ${timeoutMs} ms; it shows:\n${this.screen}`);
      await sleep(50);
    }
  }

  type(text: string): void {
    this.process.stdin!.write(text);
  }

  async exitCode(): Promise<number | undefined> {
    this.process.stdin!.end();
    return (await this.process).exitCode;
  }
}
