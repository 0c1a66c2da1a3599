// The one worktree a bisect builds in: a linked worktree of the user's
// repository with a detached HEAD, in a directory of its own under $TMPDIR,
// reused from step to step (a checkout rewrites only the files that
// differ, so make rebuilds only what they touch). The user's checkout,
// index, HEAD, branches and any bisect of theirs are never touched. It is
// removed — its directory and git's record of it — on every exit path,
// Ctrl-C included (host/cleanup.ts runs remove() if we cannot).
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onCleanup } from "../host/cleanup.ts";
import type { Repo } from "./git.ts";

export class Worktree {
  /** git's record of it (.git/worktrees/<name>), once made. */
  private adminDir?: string;
  /** .git/worktrees did not exist before: it goes with ours. */
  private adminParentIsOurs = false;
  private readonly forget: () => void;

  private constructor(
    /** The bisect's own directory: the worktree and the steps' results. */
    readonly root: string,
    private readonly repo: Repo,
  ) {
    this.forget = onCleanup(() => this.remove());
  }

  /** The checkout the build runs in. */
  get dir(): string {
    return path.join(this.root, "worktree");
  }

  /** A worktree of repo with commit checked out. */
  static async add(repo: Repo, commit: string): Promise<Worktree> {
    const worktree = new Worktree(mkdtempSync(path.join(tmpdir(), "provium-bisect-")), repo);
    worktree.adminParentIsOurs = !existsSync(path.join(repo.commonDir, "worktrees"));
    try {
      await repo.git(["worktree", "add", "--detach", "--quiet", worktree.dir, commit]);
      worktree.adminDir = worktree.findAdminDir(); // now, before any build could write over .git
      return worktree;
    } catch (error) {
      worktree.remove();
      throw error;
    }
  }

  /**
   * Where git keeps this worktree's state: its .git file says ("gitdir:
   * …/.git/worktrees/<name>"). Only ever a directory under the repository's
   * worktrees/: that is what remove() deletes.
   */
  private findAdminDir(): string | undefined {
    try {
      const gitdir = /^gitdir: (.*)$/m.exec(readFileSync(path.join(this.dir, ".git"), "utf8"))?.[1];
      const dir = gitdir && path.resolve(this.dir, gitdir.trim());
      return dir && realpathSync(path.dirname(dir)) === realpathSync(path.join(this.repo.commonDir, "worktrees")) ? dir : undefined;
    } catch {
      return undefined;
    }
  }

  /** Checks commit out, keeping what the builds made (untracked files) for the next build. */
  async checkout(commit: string): Promise<void> {
    // A second -C is relative to the first; this one is absolute.
    await this.repo.git(["-C", this.dir, "checkout", "--detach", "--force", "--quiet", commit]);
  }

  /** Removes the directory and git's record of it: the user's repository is as it was. Safe to call twice. */
  remove(): void {
    const adminDir = this.adminDir ?? this.findAdminDir();
    rmSync(this.root, { recursive: true, force: true });
    if (adminDir) {
      rmSync(adminDir, { recursive: true, force: true });
      if (this.adminParentIsOurs) removeIfEmpty(path.dirname(adminDir));
    }
    this.forget();
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // another worktree's record is there (made meanwhile): it stays
  }
}
