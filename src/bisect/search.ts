// The bisection itself: which commit to test next, given what is known —
// the newest bad commit, the good ones, the skipped ones — and when to stop:
// one candidate left (the first bad commit), or only skipped ones (the
// answer is one of them). Git chooses the order (`rev-list --bisect-all`);
// a skipped commit is passed over for the next best, as `git bisect skip`
// does, and no state is written anywhere.
import type { Repo } from "./git.ts";

export type Verdict = "good" | "bad" | "skip";

export type Next =
  | { kind: "test"; commit: string; left: number }
  | { kind: "found"; commit: string }
  /** Oldest first; the bad commit last. */
  | { kind: "ambiguous"; candidates: string[] };

export class Search {
  private bad: string;
  private readonly goods: string[];
  private readonly skipped = new Set<string>();

  constructor(
    private readonly repo: Repo,
    good: string,
    bad: string,
  ) {
    this.goods = [good];
    this.bad = bad;
  }

  mark(commit: string, verdict: Verdict): void {
    if (verdict === "good") this.goods.push(commit);
    else if (verdict === "bad") this.bad = commit; // always one of the candidates: an ancestor of the bad one
    else this.skipped.add(commit);
  }

  async next(): Promise<Next> {
    const candidates = await this.repo.candidates(this.bad, this.goods);
    if (candidates.length <= 1) return { kind: "found", commit: this.bad };
    const untested = candidates.filter((commit) => commit !== this.bad && !this.skipped.has(commit));
    if (untested.length === 0) return { kind: "ambiguous", candidates: [...candidates].reverse() };
    const order = await this.repo.bisectOrder(this.bad, this.goods);
    // Git lists every candidate; should it not, any untested one still makes progress.
    const commit = order.find((c) => c !== this.bad && !this.skipped.has(c)) ?? untested[0]!;
    return { kind: "test", commit, left: untested.length };
  }
}

/** About how many more tests a search among n untested commits takes. */
export const stepsFor = (n: number) => (n <= 0 ? 0 : Math.ceil(Math.log2(n + 1)));
