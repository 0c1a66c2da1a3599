// The user's repository, as bisect reads it: revisions, ancestry, commit
// details and the bisection order. Only reads: nothing here writes to the
// repository (the worktree is worktree.ts's).
import path from "node:path";
import { tryRun } from "../util/proc.ts";
import { ProviumError, UsageError } from "../util/errors.ts";

export interface CommitInfo {
  hash: string;
  subject: string;
  /** "Name <email>" */
  author: string;
  /** ISO 8601, the author's date. */
  date: string;
}

export class Repo {
  private constructor(
    /** The directory the user named (--repo, or the current one). */
    readonly dir: string,
    /** The git directory its worktrees share (where .git/worktrees is), absolute. */
    readonly commonDir: string,
  ) {}

  static async open(dir: string): Promise<Repo> {
    const r = await tryRun("git", ["-C", dir, "rev-parse", "--git-common-dir"]);
    if (!r.ok) throw new UsageError(`--repo ${dir} is not a git repository (git said: ${r.why}): give the kernel tree to bisect with --repo, or run from inside it`);
    return new Repo(path.resolve(dir), path.resolve(dir, r.stdout.trim()));
  }

  /** git's stdout; a failure is an error naming the command and git's words. */
  async git(args: string[]): Promise<string> {
    const r = await tryRun("git", ["-C", this.dir, ...args]);
    if (!r.ok) throw new ProviumError(`git ${args.join(" ")} in ${this.dir} failed: ${r.why}`);
    return r.stdout;
  }

  /** The full hash of a revision that names a commit, or undefined when none does. */
  async resolve(revision: string): Promise<string | undefined> {
    const r = await tryRun("git", ["-C", this.dir, "rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
  }

  /** The full hash of a revision that names a commit; what: how the user gave it ("--good"). */
  async commit(revision: string, what: string): Promise<string> {
    const hash = await this.resolve(revision);
    if (!hash) throw new UsageError(`${what} ${revision}: no such commit in ${this.dir} (a branch, tag or hash that \`git log\` shows there)`);
    return hash;
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    const r = await tryRun("git", ["-C", this.dir, "merge-base", "--is-ancestor", ancestor, of]);
    return r.ok;
  }

  async info(hash: string): Promise<CommitInfo> {
    const [full, subject, author, date] = (await this.git(["log", "-1", "--no-show-signature", "--format=%H%x00%s%x00%an <%ae>%x00%aI", hash])).trim().split("\0");
    return { hash: full!, subject: subject!, author: author!, date: date! };
  }

  async parents(hash: string): Promise<string[]> {
    return (await this.git(["rev-list", "--parents", "-n", "1", hash])).trim().split(/\s+/).slice(1);
  }

  /** The commits that may be the first bad one: reachable from bad, not from any good (bad itself included). */
  async candidates(bad: string, goods: string[]): Promise<string[]> {
    return hashes(await this.git(["rev-list", bad, "--not", ...goods]));
  }

  /** The same commits, best to test first: git's own choice, the ones that halve the candidates first. */
  async bisectOrder(bad: string, goods: string[]): Promise<string[]> {
    return hashes(await this.git(["rev-list", "--bisect-all", bad, "--not", ...goods]));
  }
}

/** The hash leading each line ("<hash> (dist=3)"). */
const hashes = (text: string) => text.split("\n").map((line) => /^[0-9a-f]{40,64}/.exec(line)?.[0]).filter((hash): hash is string => hash !== undefined);
