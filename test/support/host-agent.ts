// The agent built for the host (`make -C agent host-test`: the same sources
// with AddressSanitizer and UBSan) serving the protocol on its stdin/stdout.
// Requests go in through the host's own encoder and replies come back through
// its FrameReader, so these tests check both sides of the protocol.
import assert from "node:assert/strict";
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodeFrame, FrameReader, OP_SPECS, resultProblem, type Op, type Response } from "../../src/agent/protocol.ts";

export const AGENT_DIR = fileURLToPath(new URL("../../agent/", import.meta.url));
export const HOST_AGENT = `${AGENT_DIR}build/host/provium-agent`;

/**
 * Builds the sanitizer builds of the agent and its fuzzer (incremental: fast
 * when up to date). Test files run two at a time: two makes writing one
 * binary while another test runs it fail at random, so flock(1) lets one
 * make at a time in.
 */
export function buildHostAgent(): void {
  const lock = path.join(tmpdir(), "provium-host-agent-build.lock");
  execFileSync("flock", [lock, "make", "-s", "-C", AGENT_DIR, "host-test"], { stdio: ["ignore", "ignore", "inherit"] });
}

/** Any sanitizer stops the process at its first finding (exit status non-zero, report on stderr). */
export const SANITIZER_ENV = {
  ASAN_OPTIONS: "halt_on_error=1:detect_leaks=1",
  UBSAN_OPTIONS: "halt_on_error=1:print_stacktrace=1",
};
export const SANITIZER_REPORT = /ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: \w+Sanitizer/;

export class AgentError extends Error {
  constructor(message: string, readonly errno: number | undefined) {
    super(message);
  }
}

export class HostAgent {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stderr = "";
  private readonly reader = new FrameReader();
  private readonly waiting = new Map<number, (response: Response) => void>();
  private nextId = 1;

  constructor() {
    this.child = spawn(HOST_AGENT, ["--stdio"], { env: { ...process.env, ...SANITIZER_ENV } });
    this.child.stderr.setEncoding("utf8").on("data", (text: string) => (this.stderr += text));
    this.child.stdout.on("data", (chunk: Buffer) => {
      for (const response of this.reader.push(chunk)) this.waiting.get(response.id)?.(response);
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Writes raw bytes (frames made by hand, garbage). */
  write(bytes: Uint8Array): void {
    this.child.stdin.write(bytes);
  }

  /** The reply to the request with this id, or a rejection after timeoutMs. */
  reply(id: number, timeoutMs = 10_000): Promise<Response> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to request ${id} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(id, (response) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(response);
      });
    });
  }

  /** Sends one request as given, not checked by the host (the agent's own checks are tested), and returns its raw reply. */
  send(op: string, args: object, timeoutMs?: number): Promise<Response> {
    const id = this.nextId++;
    const reply = this.reply(id, timeoutMs);
    this.write(encodeFrame(id, op, args));
    return reply;
  }

  /**
   * The op's result; an error reply rejects with the agent's message and
   * errno. A reply of a known op must pass the host's own check of replies
   * (the agent's honest answers are never refused as malformed).
   */
  async call(op: string, args: object, timeoutMs?: number): Promise<Record<string, unknown>> {
    const response = await this.send(op, args, timeoutMs);
    if (!response.ok) throw new AgentError(response.error ?? "error reply without a message", response.errno);
    if (Object.hasOwn(OP_SPECS, op)) assert.equal(resultProblem(op as Op, response.result ?? {}), undefined, `the host refuses the agent's reply to ${op}`);
    return response.result ?? {};
  }

  /** Closes the agent's input; resolves once it exited, with its status and stderr. */
  async close(): Promise<{ code: number | null; stderr: string }> {
    this.child.stdin.end();
    const code = await this.exited;
    return { code, stderr: this.stderr };
  }
}

/** Runs body against a fresh agent, then checks it exits cleanly with nothing from the sanitizers. */
export async function withAgent(body: (agent: HostAgent) => Promise<void>): Promise<void> {
  const agent = new HostAgent();
  try {
    await body(agent);
  } finally {
    const { code, stderr } = await agent.close();
    assert.doesNotMatch(stderr, SANITIZER_REPORT, stderr);
    assert.equal(code, 0, `the agent exited with ${code}: ${stderr}`);
  }
}
