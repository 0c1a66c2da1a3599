// A hostile guest agent: a TEST DOUBLE standing in for a guest whose agent
// (or kernel) lies. It serves the agent protocol on a unix socket, as QEMU's
// agent port does, so the host's real AgentClient connects to it; each
// request is passed to the real agent built for the host (`provium-agent
// --stdio`, serving this machine's files: a temporary directory plays the
// guest's file system), and a test's `tamper` may rewrite the reply, or send
// raw bytes instead, before the host sees it. What reaches the host is thus
// exactly what a broken or malicious guest could send.
import net from "node:net";
import path from "node:path";
import { Decoder, Encoder } from "@msgpack/msgpack";
import { AgentClient } from "../../src/agent/client.ts";
import type { Op, OpArgs, OpResult, Response } from "../../src/agent/protocol.ts";
import { Deadline } from "../../src/util/clock.ts";
import { ProviumError } from "../../src/util/errors.ts";
import type { AgentRequest } from "../../src/vm/transfer.ts";
import { HostAgent } from "./host-agent.ts";
import { tempDir } from "./temp.ts";

const encoder = new Encoder({ useBigInt64: true, ignoreUndefined: true });
const decoder = new Decoder({ useBigInt64: true });

/** A reply as the double sends it: a response map (any shape: it is the lie), or raw bytes for the wire. */
export type Reply = { ok: boolean; result?: unknown; error?: unknown; errno?: unknown } | { raw: Uint8Array } | "silence";

/**
 * Rewrites the honest reply to one request. Returning undefined sends the
 * honest reply; `count` is how many requests of this op came before.
 */
export type Tamper = (op: string, args: Record<string, unknown>, honest: Response, count: number) => Reply | undefined;

export function replyFrame(id: number, reply: Exclude<Reply, { raw: Uint8Array } | "silence">): Buffer {
  const payload = encoder.encode({ id, ...reply });
  const header = Buffer.alloc(8);
  header.write("PRVM");
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

export class HostileAgent {
  private readonly server: net.Server;
  private readonly agent = new HostAgent();
  private readonly counts = new Map<string, number>();
  private readonly sockets = new Set<net.Socket>();
  readonly socketPath = path.join(tempDir(), "agent.sock");
  tamper: Tamper = () => undefined;

  private constructor() {
    this.server = net.createServer((socket) => this.serve(socket));
  }

  static async start(): Promise<HostileAgent> {
    const hostile = new HostileAgent();
    await new Promise<void>((resolve) => hostile.server.listen(hostile.socketPath, resolve));
    return hostile;
  }

  /** The host's own client, connected to the double; requests time out after timeoutMs. */
  async client(peer = "VM 'hostile-1'"): Promise<AgentClient> {
    return AgentClient.connect(this.socketPath, Deadline.after(5000), { explainLoss: async () => new ProviumError("the hostile agent hung up"), peer }, () => true);
  }

  private serve(socket: net.Socket): void {
    let buffered = Buffer.alloc(0);
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {});
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 8) {
        const size = buffered.readUInt32BE(4);
        if (buffered.length < 8 + size) break;
        const request = decoder.decode(buffered.subarray(8, 8 + size)) as { id: number; op: string; args: Record<string, unknown> };
        buffered = buffered.subarray(8 + size);
        void this.answer(socket, request);
      }
    });
  }

  private async answer(socket: net.Socket, request: { id: number; op: string; args: Record<string, unknown> }): Promise<void> {
    const honest = await this.agent.send(request.op, request.args, 60_000);
    const count = this.counts.get(request.op) ?? 0;
    this.counts.set(request.op, count + 1);
    const reply = this.tamper(request.op, request.args, honest, count);
    if (reply === "silence") return;
    if (reply && "raw" in reply) socket.write(reply.raw);
    else socket.write(replyFrame(request.id, reply ?? { ok: honest.ok, result: honest.result, error: honest.error, errno: honest.errno }));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
    await this.agent.close();
  }
}

/** An AgentRequest (what vm:pull and vm:push use) through a client, with a short timeout. */
export function requester(client: AgentClient, timeoutMs = 20_000): AgentRequest {
  return <O extends Op>(op: O, args: OpArgs<O>): Promise<OpResult<O>> => client.request(op, args, timeoutMs);
}
