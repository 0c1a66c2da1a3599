// Host side of the agent connection: a unix socket that QEMU bridges to the
// guest's virtio-serial port. Requests are multiplexed by id, each with its
// own timeout; when the connection drops, every pending request fails at once.
import net from "node:net";
import { randomInt } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { AgentError, ProviumError } from "../util/errors.ts";
import { Deadline, type Clock } from "../util/clock.ts";
import { formatSeconds } from "../util/time.ts";
import { encodeRequest, FrameReader, resultProblem, type Op, type OpArgs, type OpResult, type Response } from "./protocol.ts";

interface Pending {
  op: Op;
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  cancelTimeout: () => void;
}

export interface AgentClientOptions {
  /** Explains why the connection dropped (e.g. QEMU exited, with its console tail). */
  explainLoss: () => Promise<Error>;
  /** What request timeouts are measured on (the guest's: it stands still while a debugger holds the guest). */
  clock?: Clock;
  /** Who answers, for errors (e.g. "VM 'minimal-1'"). */
  peer?: string;
}

export class AgentClient {
  private readonly pending = new Map<number, Pending>();
  private readonly reader = new FrameReader();
  // Ids start at random so that a stale response from an earlier connection
  // to the same guest cannot be mistaken for one of ours.
  private nextId = randomInt(1, 2 ** 30);
  private lost?: Error;

  private constructor(
    private readonly socket: net.Socket,
    private readonly options: AgentClientOptions,
  ) {
    socket.on("data", (chunk: Buffer) => this.onResponses(this.reader.push(chunk)));
    socket.on("error", () => {}); // 'close' follows and reports
    socket.on("close", () => void this.onClose());
  }

  /** Connects, retrying while QEMU has not yet created the socket. */
  static async connect(path: string, deadline: Deadline, options: AgentClientOptions, isAlive: () => boolean): Promise<AgentClient> {
    for (;;) {
      try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.createConnection(path, () => resolve(s));
          s.once("error", reject);
        });
        return new AgentClient(socket, options);
      } catch (error) {
        if (!isAlive()) throw await options.explainLoss();
        if (deadline.passed) throw new ProviumError(`cannot connect to the agent socket ${path}: ${(error as Error).message}`);
        await sleep(5);
      }
    }
  }

  request<O extends Op>(op: O, args: OpArgs<O>, timeoutMs: number): Promise<OpResult<O>> {
    return this.send(op, args, timeoutMs, () => {});
  }

  /**
   * An idempotent request, sent again every resendMs until a copy is answered
   * or the deadline passes. The first answer (or failure) settles it, and the
   * other copies are forgotten: a late answer to one is dropped as stale. For
   * a reply the guest may lose (vm.ts: the first one on a new connection).
   */
  requestRepeated<O extends Op>(op: O, args: () => OpArgs<O>, deadline: Deadline, resendMs: number): Promise<OpResult<O>> {
    const copies: number[] = [];
    let cancelResend = (): void => {};
    const settled = (): void => {
      cancelResend();
      for (const id of copies) this.forget(id);
    };
    return new Promise<OpResult<O>>((resolve, reject) => {
      const sendCopy = (): void => {
        this.send(op, args(), Math.max(deadline.remainingMs, 1), (id) => copies.push(id)).then(
          (result) => (settled(), resolve(result)),
          (error: Error) => (settled(), reject(error)),
        );
        if (deadline.remainingMs > resendMs) cancelResend = Deadline.after(resendMs, this.options.clock).onPassed(sendCopy);
      };
      sendCopy();
    });
  }

  private send<O extends Op>(op: O, args: OpArgs<O>, timeoutMs: number, sent: (id: number) => void): Promise<OpResult<O>> {
    if (this.lost) return Promise.reject(this.lost);
    const id = this.nextId++;
    return new Promise<OpResult<O>>((resolve, reject) => {
      const frame = encodeRequest(id, op, args); // throws for arguments the schema refuses
      const entry: Pending = { op, resolve: resolve as (r: Record<string, unknown>) => void, reject, cancelTimeout: () => {} };
      this.pending.set(id, entry);
      this.socket.write(frame);
      sent(id);
      entry.cancelTimeout = Deadline.after(timeoutMs, this.options.clock).onPassed(() => {
        this.pending.delete(id);
        reject(new ProviumError(`the guest agent did not answer '${op}' within ${formatSeconds(timeoutMs)}`));
      });
    });
  }

  /** Drops a request still waiting (its promise never settles; an answer to it is stale). */
  private forget(id: number): void {
    this.pending.get(id)?.cancelTimeout();
    this.pending.delete(id);
  }

  /** Requests in flight (a fixture snapshot needs none). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Fails every pending and future request with error, and disconnects. */
  fail(error: Error): void {
    this.lost ??= error;
    for (const [id, p] of this.pending) {
      p.cancelTimeout();
      p.reject(this.lost);
      this.pending.delete(id);
    }
    this.socket.destroy();
  }

  /** Disconnects; the guest agent keeps running and accepts a new connection. */
  close(): void {
    this.fail(new ProviumError("the agent connection was closed by the host"));
  }

  private onResponses(responses: Response[]): void {
    for (const response of responses) {
      const p = this.pending.get(response.id);
      if (!p) continue; // a stale answer to a request that already timed out
      this.pending.delete(response.id);
      p.cancelTimeout();
      if (response.ok) {
        // Replies are checked against the schema here, once for every op: what passes has the types the callers read.
        const problem = resultProblem(p.op, response.result ?? {});
        if (problem) p.reject(new ProviumError(`${this.options.peer ?? "the guest"}: the agent's reply to '${p.op}' is malformed (${problem}): the guest's agent or kernel is broken, or the agent is not Provium's`));
        else p.resolve(response.result ?? {});
      } else p.reject(new AgentError(p.op, response.error ?? "failed", response.errno ?? 0));
    }
  }

  private async onClose(): Promise<void> {
    if (this.lost) return;
    this.lost = new ProviumError("the agent connection dropped");
    const pending = [...this.pending.values()];
    this.pending.clear();
    if (pending.length === 0) return;
    const reason = await this.options.explainLoss();
    this.lost = reason;
    for (const p of pending) {
      p.cancelTimeout();
      p.reject(reason);
    }
  }
}
