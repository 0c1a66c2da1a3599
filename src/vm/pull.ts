// Copying a guest file or tree to the host (vm:pull), confined to its
// destination. Everything the guest says is untrusted (its kernel and
// userspace are the code under test): the listing is checked first
// (guest-tree.ts), then the destination is checked against it without
// following any link, then the data lands in a private staging directory
// beside the destination and is moved into place only once all of it has
// arrived, so a refused pull leaves nothing behind. No write ever goes through
// a symlink: directories are held open and names resolved inside them
// (host/held-dir.ts), files are created with O_EXCL, and a symlink from the
// guest is made as a symlink and never walked through by a later pull.
import { chmodSync, constants, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { HeldDir, NotADirectory, describeEntry } from "../host/held-dir.ts";
import { ProviumError } from "../util/errors.ts";
import { InFlight } from "../util/in-flight.ts";
import { checkGuestTree, guestJoin, type GuestEntry } from "./guest-tree.ts";
import { CHUNK_BYTES, IN_FLIGHT, type AgentRequest } from "./transfer.ts";

/** How far a file may grow past the size it was listed with while it is pulled (a log still written): beyond, it is an endless stream. */
export const MAX_GROWTH_BYTES = 64 << 20;
/** Small files pulled at once: with 4, a 2,000-file tree came 2.2x faster than one at a time under TCG (bench/transfer.ts); not tuned further. */
const SMALL_FILES_IN_FLIGHT = 4;
/** The permission bits only: a guest's setuid-root program (or setgid, sticky) arrives as a plain one. */
const hostMode = (mode: number): number => mode & 0o777;
/** New files are created exclusively (an existing name, link or not, is never opened). */
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export interface PullOptions {
  /**
   * A directory that a destination inside it must stay below (the results
   * directory): everything from there down is made without following a
   * link. A destination elsewhere (a path the suite chose) is trusted down to
   * its parent.
   */
  beneath?: string;
  /** Names the operation in errors, e.g. "vm:pull of /tmp/d from VM 'minimal-1'". */
  what?: string;
}

/** A checked entry, its children, and what placing it at its destination does. */
interface Node {
  entry: GuestEntry;
  name: string;
  children: Node[];
  /** move: renamed into place with all below it (nothing of that name there, or a file or link replaced); merge: a directory that exists already. */
  plan?: "move" | "merge";
}

function treeOf(entries: GuestEntry[], rootName: string): Node {
  const nodes = new Map<string, Node>();
  const root: Node = { entry: entries[0]!, name: rootName, children: [] };
  nodes.set("", root);
  for (const entry of entries.slice(1)) {
    const node: Node = { entry, name: entry.segments.at(-1)!, children: [] };
    nodes.get(entry.segments.slice(0, -1).join("/"))!.children.push(node); // checkGuestTree: the parent came first
    nodes.set(entry.path, node);
  }
  return root;
}

class Pull {
  bytes = 0;

  constructor(
    private readonly request: AgentRequest,
    private readonly guestPath: string,
    private readonly what: string,
  ) {}

  fail(why: string): ProviumError {
    return new ProviumError(`${this.what}: ${why}`);
  }

  private source(entry: GuestEntry): string {
    return guestJoin(this.guestPath, entry.path);
  }

  /**
   * Decides how each entry is placed, from what stands at the destination
   * now; refuses, before any data moves, what would write through a link or
   * replace a directory.
   */
  plan(dir: HeldDir, node: Node): void {
    const st = dir.lstat(node.name);
    const at = path.join(dir.shown, node.name);
    if (!st) return void (node.plan = "move");
    if (node.entry.kind !== "dir") {
      if (st.isDirectory()) throw this.fail(`${at} is a directory, where the guest has ${node.entry.kind === "file" ? "a file" : "a symlink"} ${this.source(node.entry)}: remove it, or pull elsewhere; nothing was pulled`);
      return void (node.plan = "move"); // a rename replaces a file or a link, never following it
    }
    if (!st.isDirectory()) {
      const what = describeEntry(dir.at(node.name), st);
      const why = st.isSymbolicLink() ? `: vm:pull never writes through a link (it could lead outside ${dir.shown})` : "";
      throw this.fail(`${at} is ${what}, where the guest has the directory ${this.source(node.entry)}${why}; remove it, or pull elsewhere; nothing was pulled`);
    }
    node.plan = "merge";
    const held = dir.child(node.name);
    try {
      for (const child of node.children) this.plan(held, child);
    } finally {
      held.close();
    }
  }

  /** Writes every entry below staging (a directory of this pull's own, which nothing else writes). */
  async stage(root: Node, staging: string): Promise<void> {
    const insideMoved: [string, number][] = [];
    // Small files travel several at once (a request each: their round trips overlap); a large one alone, its chunks in flight.
    const smallFiles = new InFlight(SMALL_FILES_IN_FLIGHT);
    const walk = async (node: Node, at: string, moved: boolean): Promise<void> => {
      const { entry } = node;
      if (entry.kind === "symlink") symlinkSync(entry.target, at);
      else if (entry.kind === "file" && entry.size <= CHUNK_BYTES) await smallFiles.run(() => this.pullFile(entry, at));
      else if (entry.kind === "file") {
        await smallFiles.drain();
        await this.pullFile(entry, at);
      } else {
        mkdirSync(at, 0o700);
        if (moved) insideMoved.push([at, hostMode(entry.mode)]); // its mode now: it moves along with an ancestor
        for (const child of node.children) await walk(child, `${at}/${child.name}`, moved || node.plan === "move");
      }
    };
    try {
      await walk(root, staging, false);
      await smallFiles.drain();
    } catch (error) {
      await smallFiles.drain().catch(() => {}); // nothing of ours still writes when the staging directory is removed
      throw error;
    }
    for (const [dir, mode] of insideMoved.reverse()) chmodSync(dir, mode); // deepest first: a read-only directory is filled already
  }

  /** Moves the staged entries into place, as planned; a directory's mode is set once nothing more goes into it. */
  commit(dir: HeldDir, node: Node, staged: string): void {
    if (node.plan === "move")
      try {
        renameSync(staged, dir.at(node.name));
      } catch (error) {
        // A directory appeared there meanwhile (another pull into the same place): this one merges into it.
        const code = (error as NodeJS.ErrnoException).code;
        if (node.entry.kind !== "dir" || (code !== "ENOTEMPTY" && code !== "EEXIST")) throw error;
        node.plan = "merge";
      }
    if (node.entry.kind !== "dir") return;
    let held: HeldDir;
    try {
      held = dir.child(node.name);
    } catch (error) {
      throw error instanceof NotADirectory ? this.fail(`${error.message}: it changed on the host while the pull ran`) : error;
    }
    try {
      if (node.plan === "merge")
        for (const child of node.children) {
          if (child.plan === undefined) this.plan(held, child); // below a directory that was to be moved whole
          this.commit(held, child, `${staged}/${child.name}`);
        }
      held.chmod(hostMode(node.entry.mode));
    } finally {
      held.close();
    }
  }

  /** Reads a guest file into a new host file, in chunks, several in flight. */
  private async pullFile(entry: GuestEntry, hostPath: string): Promise<void> {
    const guestPath = this.source(entry);
    const file = await open(hostPath, CREATE_FLAGS, 0o600);
    const pool = new InFlight(IN_FLIGHT);
    try {
      const readAt = async (offset: number) => {
        const r = await this.request("read_file", { path: guestPath, offset, max: CHUNK_BYTES });
        if (r.data.length > CHUNK_BYTES) throw this.fail(`the guest sent ${r.data.length} bytes of ${guestPath} at offset ${offset}, asked for at most ${CHUNK_BYTES}`);
        await file.write(r.data, 0, r.data.length, offset);
        return r;
      };
      const lastChunk = Math.max(0, Math.ceil(entry.size / CHUNK_BYTES) - 1);
      for (let i = 0; i < lastChunk; i++)
        await pool.run(async () => {
          const r = await readAt(i * CHUNK_BYTES);
          if (r.data.length < CHUNK_BYTES || !r.truncated)
            throw this.fail(`${guestPath} ended at ${i * CHUNK_BYTES + r.data.length} bytes while it was pulled (it was listed with ${entry.size}): pull it again once it is complete`);
        });
      // The last listed chunk, then on while there is more (the file grew since it was listed), within bounds.
      let end = lastChunk * CHUNK_BYTES;
      for (;;) {
        const r = await readAt(end);
        end += r.data.length;
        if (!r.truncated) break;
        if (r.data.length === 0) throw this.fail(`the guest said ${guestPath} goes on past ${end} bytes, but sent none of it`);
        if (end > entry.size + MAX_GROWTH_BYTES)
          throw this.fail(`${guestPath} grew past ${end} bytes while it was pulled (it was listed with ${entry.size}; at most ${MAX_GROWTH_BYTES >> 20} MiB more are taken): pull it once it is complete`);
      }
      await pool.drain();
      await file.chmod(hostMode(entry.mode));
      this.bytes += end;
    } catch (error) {
      await pool.drain().catch(() => {}); // no read of ours still writes when the file is closed
      throw error;
    } finally {
      await file.close();
    }
  }
}

/**
 * The destination's parent, held (made when missing, no link followed below
 * `beneath`), and the destination's own name in it.
 */
function destination(hostPath: string, beneath: string | undefined, what: string): { parent: HeldDir; name: string } {
  const absolute = path.resolve(hostPath);
  const relative = beneath === undefined ? "" : path.relative(path.resolve(beneath), absolute);
  const inside = relative !== "" && relative.split(path.sep)[0] !== ".." && !path.isAbsolute(relative);
  const [base, segments] = inside ? [path.resolve(beneath!), relative.split(path.sep)] : [path.dirname(absolute), [path.basename(absolute)]];
  const name = segments.at(-1)!;
  if (name === "" || name === "." || name === "..") throw new ProviumError(`${what}: the host path ${hostPath} names no file`);
  try {
    return { parent: HeldDir.open(base, segments.slice(0, -1)), name };
  } catch (error) {
    if (error instanceof NotADirectory) throw new ProviumError(`${what}: ${error.message}: vm:pull never writes through a link or into a file; nothing was pulled`);
    throw error;
  }
}

/** Copies a guest file or tree to hostPath (parents are created); returns the bytes of file data copied. */
export async function pullPath(agentRequest: AgentRequest, guestPath: string, hostPath: string, options: PullOptions = {}): Promise<number> {
  const what = options.what ?? `vm:pull of ${guestPath}`;
  // Every failure names the pull, the agent's own errors (and refusals of its replies) too.
  const request: AgentRequest = (op, args) =>
    agentRequest(op, args).catch((error: unknown) => {
      if (error instanceof ProviumError && !error.message.startsWith(what)) error.message = `${what}: ${error.message}`;
      throw error;
    });
  const { entries } = await request("list_tree", { path: guestPath });
  const pull = new Pull(request, guestPath, what);
  const { parent, name } = destination(hostPath, options.beneath, what);
  try {
    const root = treeOf(checkGuestTree(guestPath, entries, what), name);
    pull.plan(parent, root);
    const staging = mkdtempSync(parent.at(".provium-pull-"));
    try {
      await pull.stage(root, `${staging}/root`);
      pull.commit(parent, root, `${staging}/root`);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return pull.bytes;
  } catch (error) {
    // The host's own refusals (a full disk, a directory that became a file meanwhile) name the pull too.
    if (error instanceof ProviumError) throw error;
    throw new ProviumError(`${what}: ${(error as Error).message.replaceAll(/\/proc\/self\/fd\/\d+\//g, "")}`);
  } finally {
    parent.close();
  }
}
