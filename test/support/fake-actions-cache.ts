// A FAKE of GitHub's Actions cache service (cache service v2: the Twirp API
// @actions/cache speaks, and the blob store its signed URLs point at), for
// tests: the real service exists only inside GitHub. It keeps entries in
// memory and matches keys as GitHub documents it — the key exactly, else the
// newest entry whose key starts with it, then each restore key the same way,
// all within one cache version — in one scope (GitHub scopes caches by
// branch; Provium's history keys name their branch anyway).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

interface Entry {
  id: number;
  key: string;
  version: string;
  created: number;
  data?: Buffer;
  finalized: boolean;
}

const SERVICE = "/twirp/github.actions.results.api.v1.CacheService/";
const BLOBS = "/devstoreaccount1/cache/";

export class FakeActionsCache {
  readonly entries: Entry[] = [];
  /** Every call, as "Method key": what the client asked for. */
  readonly calls: string[] = [];
  private server?: Server;
  private base = "";
  private clock = 0;

  /** Starts listening; returns the environment that points @actions/cache at this fake. */
  async start(): Promise<Record<string, string>> {
    this.server = createServer((req, res) => void this.handle(req, res).catch((error: unknown) => reply(res, 500, { msg: String(error) })));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return { ACTIONS_CACHE_SERVICE_V2: "true", ACTIONS_RESULTS_URL: this.base, ACTIONS_RUNTIME_TOKEN: "fake-token" };
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  keys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  private find(key: string, version: string): Entry | undefined {
    const usable = this.entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.created - a.created);
    return usable.find((e) => e.key === key) ?? usable.find((e) => e.key.startsWith(key));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url!, this.base);
    const body = await read(req);
    if (req.method === "POST" && url.pathname.startsWith(SERVICE)) return this.rpc(url.pathname.slice(SERVICE.length), JSON.parse(body.toString() || "{}"), res);
    const entry = url.pathname.startsWith(BLOBS) ? this.entries.find((e) => e.id === Number(url.pathname.slice(BLOBS.length))) : undefined;
    if (!entry) return reply(res, 404, { msg: "no such blob" });
    if (req.method === "PUT" && !url.searchParams.has("comp")) {
      entry.data = body;
      res.writeHead(201, { etag: `"${entry.id}"`, "last-modified": new Date().toUTCString(), "x-ms-request-complete": "true", "x-ms-version": "2024-11-04" });
      return void res.end();
    }
    if (req.method === "GET" && entry.data) {
      res.writeHead(200, { "content-length": entry.data.length, "content-type": "application/octet-stream" });
      return void res.end(entry.data);
    }
    reply(res, 400, { msg: `the fake does not do ${req.method} ${url.search}` });
  }

  private rpc(method: string, request: Record<string, unknown>, res: ServerResponse): void {
    const key = String(request.key);
    const version = String(request.version);
    this.calls.push(`${method} ${key}`);
    if (method === "CreateCacheEntry") {
      if (this.entries.some((e) => e.key === key && e.version === version)) return reply(res, 409, { msg: "cache entry already exists" });
      const entry: Entry = { id: this.entries.length + 1, key, version, created: ++this.clock, finalized: false };
      this.entries.push(entry);
      return reply(res, 200, { ok: true, signed_upload_url: `${this.base}${BLOBS.slice(1)}${entry.id}` });
    }
    if (method === "FinalizeCacheEntryUpload") {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized && e.data);
      if (!entry) return reply(res, 404, { msg: "nothing uploaded for this key" });
      entry.finalized = true;
      entry.created = ++this.clock;
      return reply(res, 200, { ok: true, entry_id: String(entry.id) });
    }
    if (method === "GetCacheEntryDownloadURL") {
      for (const wanted of [key, ...((request.restore_keys as string[] | undefined) ?? [])]) {
        const entry = this.find(wanted, version);
        if (entry) return reply(res, 200, { ok: true, signed_download_url: `${this.base}${BLOBS.slice(1)}${entry.id}`, matched_key: entry.key });
      }
      return reply(res, 200, { ok: false });
    }
    reply(res, 404, { msg: `no method ${method}` });
  }
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
