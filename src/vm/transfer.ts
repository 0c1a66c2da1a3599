// Copying files and trees from the host into the guest (vm:push) over the
// agent connection: regular files byte-exact at any size, modes, symlinks as
// links, empty directories (the way back, vm:pull, is pull.ts). Small files
// travel many to a request; a large file travels in chunks at offsets,
// several requests in flight (the agent serves each in its own thread), so
// memory stays bounded by CHUNK_BYTES × IN_FLIGHT on both sides.
import { lstat, open, readdir, readFile, readlink } from "node:fs/promises";
import path from "node:path";
import type { Op, OpArgs, OpResult } from "../agent/protocol.ts";
import { ProviumError } from "../util/errors.ts";
import { InFlight } from "../util/in-flight.ts";

/** Measured under TCG: 2 MiB requests with 3 in flight move the most bytes per second. */
export const CHUNK_BYTES = 2 << 20;
export const IN_FLIGHT = 3;
/** Files up to this size are batched with others into one request. */
const SMALL_FILE_BYTES = CHUNK_BYTES / 4;
const MAX_BATCH_ENTRIES = 1000;

export type AgentRequest = <O extends Op>(op: O, args: OpArgs<O>) => Promise<OpResult<O>>;
type PutEntry = OpArgs<"put_files">["entries"][number];

function changed(hostPath: string, before: number, now: number | string): ProviumError {
  return new ProviumError(`${hostPath} changed while it was pushed (it had ${before} bytes, then ${now}): push it again once it is complete`);
}

/** Sends put_files requests: batches of small entries, each request with at most IN_FLIGHT in flight. */
class PushBatcher {
  private entries: PutEntry[] = [];
  private bytes = 0;
  readonly pool = new InFlight(IN_FLIGHT);
  written = 0;

  constructor(private readonly request: AgentRequest) {}

  async add(entry: PutEntry): Promise<void> {
    this.entries.push(entry);
    this.bytes += entry.data?.length ?? 0;
    if (this.bytes >= CHUNK_BYTES || this.entries.length >= MAX_BATCH_ENTRIES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.entries.length === 0) return;
    const entries = this.entries;
    this.entries = [];
    this.bytes = 0;
    await this.send(entries);
  }

  async send(entries: PutEntry[]): Promise<void> {
    await this.pool.run(async () => {
      const { written } = await this.request("put_files", { entries });
      this.written += Number(written); // after the await: concurrent requests each add their own
    });
  }

  /** Everything queued has been written. */
  async finish(): Promise<number> {
    await this.flush();
    await this.pool.drain();
    return this.written;
  }
}

/** A large file in chunks: the first (which truncates) alone, then the rest in parallel. */
async function pushLargeFile(batcher: PushBatcher, hostPath: string, guestPath: string, size: number, mode: number): Promise<void> {
  await batcher.flush();
  const file = await open(hostPath, "r");
  try {
    const chunk = async (offset: number): Promise<PutEntry> => {
      const length = Math.min(CHUNK_BYTES, size - offset);
      const data = Buffer.alloc(length);
      const { bytesRead } = await file.read(data, 0, length, offset);
      if (bytesRead < length) throw changed(hostPath, size, `${offset + bytesRead} or fewer`);
      return { path: guestPath, kind: "file", data, offset, mode };
    };
    const first = await chunk(0);
    await batcher.pool.drain(); // the truncating chunk lands before any other
    await batcher.send([{ ...first, truncate: true }]);
    await batcher.pool.drain();
    for (let offset = CHUNK_BYTES; offset < size; offset += CHUNK_BYTES) {
      const entry = await chunk(offset);
      await batcher.send([entry]);
    }
    await batcher.pool.drain();
    const now = (await file.stat()).size;
    if (now !== size) throw changed(hostPath, size, now);
  } finally {
    await file.close();
  }
}

async function pushEntry(batcher: PushBatcher, hostPath: string, guestPath: string, modeOverride: number | undefined, dirModes: PutEntry[]): Promise<void> {
  const st = await lstat(hostPath).catch((error: NodeJS.ErrnoException) => {
    throw new ProviumError(`${hostPath}: ${error.code === "ENOENT" ? "vanished while it was pushed" : error.message}`);
  });
  const mode = modeOverride ?? st.mode & 0o7777;
  if (st.isSymbolicLink()) return batcher.add({ path: guestPath, kind: "symlink", target: await readlink(hostPath) });
  if (st.isDirectory()) {
    await batcher.add({ path: guestPath, kind: "dir" });
    dirModes.push({ path: guestPath, kind: "dir", mode }); // last: a read-only directory is filled first
    for (const name of (await readdir(hostPath)).sort()) await pushEntry(batcher, path.join(hostPath, name), path.posix.join(guestPath, name), undefined, dirModes);
    return;
  }
  if (!st.isFile()) throw new ProviumError(`${hostPath} is not a regular file, directory or symlink: it cannot be pushed`);
  if (st.size > SMALL_FILE_BYTES) return pushLargeFile(batcher, hostPath, guestPath, st.size, mode);
  const data = await readFile(hostPath);
  if (data.length !== st.size) throw changed(hostPath, st.size, data.length);
  await batcher.add({ path: guestPath, kind: "file", data, mode, truncate: true });
}

/** Copies a host file or tree to guestPath (parents are created); returns the bytes of file data copied. */
export async function pushPath(request: AgentRequest, hostPath: string, guestPath: string, options: { mode?: number } = {}): Promise<number> {
  if (!guestPath.startsWith("/")) throw new ProviumError(`vm:push: the guest path must be absolute, got '${guestPath}'`);
  const st = await lstat(hostPath);
  if (options.mode !== undefined && !st.isFile()) throw new ProviumError(`vm:push: opts.mode applies to a single file, and ${hostPath} is not one`);
  const batcher = new PushBatcher(request);
  const dirModes: PutEntry[] = [];
  try {
    await pushEntry(batcher, hostPath, guestPath, options.mode, dirModes);
    await batcher.finish();
    for (const entry of dirModes.reverse()) await batcher.add(entry); // deepest first
    return await batcher.finish();
  } catch (error) {
    await batcher.pool.drain().catch(() => {}); // nothing of ours still writes when the caller hears of the error
    throw error;
  }
}
