// Writing below a directory without ever following a symlink, the way
// openat(2) with O_NOFOLLOW does, from Node (which has no openat): a
// directory is held open, and a name in it is reached through
// /proc/self/fd/<fd>/<name>. The kernel resolves that through the open
// directory itself, wherever it has moved and whatever now stands at its old
// path, so a link planted at a parent's path (by a guest's earlier pull, or
// another writer meanwhile) is never walked through; and each directory is
// opened with O_NOFOLLOW, so a link where one is expected is refused.
import { constants, type Stats } from "node:fs";
import { lstat, mkdir, open, readlink, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";

const DIR_FLAGS = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;

/** Something other than a directory stands where one must be (a symlink, a file). */
export class NotADirectory extends ProviumError {
  override name = "NotADirectory";
}

/** What stands at a path, in words: "a symlink to /tmp", "a regular file". */
export async function describeEntry(at: string, st: Stats): Promise<string> {
  if (st.isSymbolicLink()) return `a symlink to ${await readlink(at).catch(() => "somewhere")}`;
  if (st.isFile()) return "a regular file";
  if (st.isDirectory()) return "a directory";
  return "a device, FIFO or socket";
}

export class HeldDir {
  private constructor(
    private readonly handle: FileHandle,
    /** The directory's path as the user knows it (for messages; never opened). */
    readonly shown: string,
  ) {}

  /**
   * Opens the directory below `beneath` at the given segments (each a plain
   * name), creating those that are missing; `beneath` itself is trusted (the
   * user's own path) and opened as it is. A symlink or a file on the way
   * throws NotADirectory, naming it and what it points at.
   */
  static async open(beneath: string, segments: readonly string[]): Promise<HeldDir> {
    await mkdir(beneath, { recursive: true });
    let dir = new HeldDir(await open(beneath, constants.O_RDONLY | constants.O_DIRECTORY), beneath);
    try {
      for (const segment of segments) {
        const next = await dir.child(segment, { create: true });
        await dir.close();
        dir = next;
      }
      return dir;
    } catch (error) {
      await dir.close();
      throw error;
    }
  }

  /** The path at which the kernel resolves name inside this very directory. */
  at(name: string): string {
    return `/proc/self/fd/${this.handle.fd}/${name}`;
  }

  /** What stands at name, not following a link; undefined when nothing does. */
  async lstat(name: string): Promise<Stats | undefined> {
    return lstat(this.at(name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
  }

  /** The directory at name, held (made first when asked and missing); NotADirectory when something else stands there. */
  async child(name: string, options: { create?: boolean } = {}): Promise<HeldDir> {
    if (options.create)
      await mkdir(this.at(name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
    try {
      return new HeldDir(await open(this.at(name), DIR_FLAGS), path.join(this.shown, name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ELOOP" && code !== "ENOTDIR") throw error;
      const st = await this.lstat(name);
      const what = st ? await describeEntry(this.at(name), st) : "nothing";
      throw new NotADirectory(`${path.join(this.shown, name)} is ${what}, not a directory`);
    }
  }

  /** Sets the directory's own mode (fchmod: no path involved). */
  async chmod(mode: number): Promise<void> {
    await this.handle.chmod(mode);
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => {});
  }
}
