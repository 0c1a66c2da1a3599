// A small QMP client: QEMU's JSON control protocol on a unix socket.
// Commands are answered in order; asynchronous events are passed to a listener.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Deadline } from "../util/clock.ts";
import { ProviumError } from "../util/errors.ts";

export interface QmpEvent {
  event: string;
  data?: Record<string, unknown>;
}

interface Waiter {
  command: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class QmpClient {
  private readonly waiters: Waiter[] = [];
  private buffered = "";
  private closed?: Error;
  private greeted!: () => void;
  private greetingLost!: (error: Error) => void;
  /** QEMU's greeting; rejected if the socket closes first (QEMU exited after opening it: a promise nothing else would settle). */
  private readonly greeting = new Promise<void>((resolve, reject) => ((this.greeted = resolve), (this.greetingLost = reject)));
  onEvent: (event: QmpEvent) => void = () => {};

  private constructor(private readonly socket: net.Socket) {
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => this.onData(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      this.closed = new ProviumError("the QMP connection closed (QEMU exited)");
      this.greetingLost(this.closed);
      this.failAll(this.closed);
    });
  }

  static async connect(path: string, deadline: Deadline, isAlive: () => boolean): Promise<QmpClient> {
    for (;;) {
      try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.createConnection(path, () => resolve(s));
          s.once("error", reject);
        });
        const client = new QmpClient(socket);
        await client.greeting;
        await client.execute("qmp_capabilities");
        return client;
      } catch (error) {
        if (!isAlive() || deadline.passed) throw new ProviumError(`cannot connect to QMP at ${path}: ${(error as Error).message}`);
        await sleep(5);
      }
    }
  }

  /** A command after the close fails at once: no close would come to settle it (a kept VM's "cont" after QEMU died in its save). */
  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise<T>((resolve, reject) => {
      this.waiters.push({ command, resolve: resolve as (v: unknown) => void, reject });
      this.socket.write(JSON.stringify(args ? { execute: command, arguments: args } : { execute: command }) + "\n");
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: string): void {
    this.buffered += chunk;
    let newline: number;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline).trim();
      this.buffered = this.buffered.slice(newline + 1);
      if (line) this.onMessage(JSON.parse(line) as Record<string, unknown>);
    }
  }

  private onMessage(message: Record<string, unknown>): void {
    if ("QMP" in message) return this.greeted();
    if ("event" in message) return this.onEvent(message as unknown as QmpEvent);
    const waiter = this.waiters.shift();
    if (!waiter) return;
    if ("error" in message) {
      const error = message.error as { desc?: string };
      waiter.reject(new ProviumError(`QMP ${waiter.command}: ${error.desc ?? "failed"}`));
    } else waiter.resolve(message.return);
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }
}
