// Writing below a directory without ever following a symlink, the way
// openat(2) with O_NOFOLLOW does, from Node (which has no openat): a
// directory is held open, and a name in it is reached through
// /proc/self/fd/<fd>/<name>. The kernel resolves that through the open
// directory itself, wherever it has moved and whatever now stands at its old
// path, so a link planted at a parent's path (by a guest's earlier pull, or
// another writer meanwhile) is never walked through; and each directory is
// opened with O_NOFOLLOW, so a link where one is expected is refused.
// The calls are synchronous: each is a single metadata syscall, and on a busy
// machine a turn in libuv's thread pool (behind a pull's large writes) costs
// far more than the call.
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, readlinkSync, type Stats } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";

const DIR_FLAGS = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;

/** Something other than a directory stands where one must be (a symlink, a file). */
export class NotADirectory extends ProviumError {
  override name = "NotADirectory";
}

/** What stands at a path, in words: "a symlink to /tmp", "a regular file". */
export function describeEntry(at: string, st: Stats): string {
  if (st.isSymbolicLink()) {
    let target = "somewhere";
    try {
      target = readlinkSync(at);
    } catch {
      // gone meanwhile: "somewhere" says enough
    }
    return `a symlink to ${target}`;
  }
  if (st.isFile()) return "a regular file";
  if (st.isDirectory()) return "a directory";
  return "a device, FIFO or socket";
}

export class HeldDir {
  private constructor(
    private readonly fd: number,
    /** The directory's path as the user knows it (for messages; never opened). */
    readonly shown: string,
  ) {}

  /**
   * Opens the directory below `beneath` at the given segments (each a plain
   * name), creating those that are missing; `beneath` itself is trusted (the
   * user's own path) and opened as it is. A symlink or a file on the way
   * throws NotADirectory, naming it and what it points at.
   */
  static open(beneath: string, segments: readonly string[]): HeldDir {
    mkdirSync(beneath, { recursive: true });
    let dir = new HeldDir(openSync(beneath, constants.O_RDONLY | constants.O_DIRECTORY), beneath);
    try {
      for (const segment of segments) {
        const next = dir.child(segment, { create: true });
        dir.close();
        dir = next;
      }
      return dir;
    } catch (error) {
      dir.close();
      throw error;
    }
  }

  /** The path at which the kernel resolves name inside this very directory. */
  at(name: string): string {
    return `/proc/self/fd/${this.fd}/${name}`;
  }

  /** What stands at name, not following a link; undefined when nothing does. */
  lstat(name: string): Stats | undefined {
    return lstatSync(this.at(name), { throwIfNoEntry: false });
  }

  /** The directory at name, held (made first when asked and missing); NotADirectory when something else stands there. */
  child(name: string, options: { create?: boolean } = {}): HeldDir {
    if (options.create)
      try {
        mkdirSync(this.at(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    try {
      return new HeldDir(openSync(this.at(name), DIR_FLAGS), path.join(this.shown, name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ELOOP" && code !== "ENOTDIR") throw error;
      const st = this.lstat(name);
      const what = st ? describeEntry(this.at(name), st) : "nothing";
      throw new NotADirectory(`${path.join(this.shown, name)} is ${what}, not a directory`);
    }
  }

  /** Sets the directory's own mode (fchmod: no path involved). */
  chmod(mode: number): void {
    fchmodSync(this.fd, mode);
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
  }
}
