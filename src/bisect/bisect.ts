// A bisect from its two endpoints to its answer: the endpoints are judged
// first (the good one must pass, the bad one fail: otherwise there is
// nothing to search, and the result says which did not), then the search
// tests the commit git picks until one candidate is left, or only skipped
// ones are.
import type { TestStatus } from "../engine/results.ts";
import { plural } from "../run/verdict.ts";
import type { CommitInfo, Repo } from "./git.ts";
import type { BisectResult, Step, TestFailure } from "./result.ts";
import { short } from "./result.ts";
import { Search, stepsFor } from "./search.ts";
import { judgeCommit, testKey, type StepContext } from "./step.ts";

export interface Endpoints {
  good: string;
  bad: string;
}

export async function bisect(repo: Repo, ctx: StepContext, endpoints: Endpoints, selection: string): Promise<BisectResult> {
  const [good, bad] = await Promise.all([repo.info(endpoints.good), repo.info(endpoints.bad)]);
  const steps: Step[] = [];
  const statuses = new Map<string, Map<string, TestStatus>>();
  const result = (outcome: BisectResult["outcome"], extra: Partial<BisectResult> = {}): BisectResult => ({ outcome, good, bad, selection, ...extra, steps });
  const interrupted = () => result("interrupted", { message: `interrupted during step ${steps.length + 1} (the steps done are below)` });

  const range = await repo.candidates(bad.hash, [good.hash]);
  ctx.say(`bisecting ${selection} between good ${short(good)} and bad ${short(bad)}: ${range.length} commits, about ${plural(stepsFor(range.length - 1), "step")} after the endpoints\n`);

  const judge = async (commit: CommitInfo, role: Step["role"]) => {
    const judged = await judgeCommit(ctx, commit, steps.length + 1, role);
    if (judged.interrupted) return undefined;
    steps.push(judged.step);
    statuses.set(commit.hash, judged.statuses);
    return judged.step;
  };

  const goodStep = await judge(good, "good endpoint");
  if (!goodStep) return interrupted();
  if (goodStep.verdict !== "good")
    return result("endpoints", { message: `the good commit ${short(good)} ${goodStep.verdict === "bad" ? "does not pass" : "cannot be tested"}: ${goodStep.reason}. Give --good a commit where the selected tests pass.` });
  const badStep = await judge(bad, "bad endpoint");
  if (!badStep) return interrupted();
  if (badStep.verdict !== "bad")
    return result("endpoints", { message: `the bad commit ${short(bad)} ${badStep.verdict === "good" ? "does not fail" : "cannot be tested"}: ${badStep.reason}. Give --bad a commit where the selected tests fail.` });

  const search = new Search(repo, good.hash, bad.hash);
  for (;;) {
    const next = await search.next();
    if (next.kind === "ambiguous") {
      const candidates = await Promise.all(next.candidates.map((hash) => repo.info(hash)));
      return result("ambiguous", { candidates, message: `skipped commits hide the first bad commit: it is one of ${candidates.length}` });
    }
    if (next.kind === "found") {
      const step = [...steps].reverse().find((s) => s.commit.hash === next.commit && s.verdict === "bad")!;
      return result("found", { firstBad: { commit: step.commit, failures: step.failures, parent: await parentPass(repo, next.commit, steps, statuses, step.failures) } });
    }
    const step = await judge(await repo.info(next.commit), "step");
    if (!step) return interrupted();
    search.mark(next.commit, step.verdict);
  }
}

/** The first bad commit's parent as this bisect tested it: good, and what the failing tests did there. */
async function parentPass(repo: Repo, commit: string, steps: Step[], statuses: Map<string, Map<string, TestStatus>>, failures: TestFailure[]) {
  const parents = await repo.parents(commit);
  const step = steps.find((s) => parents.includes(s.commit.hash) && s.verdict === "good");
  if (!step) return undefined; // a merge whose parents were never tested themselves
  const there = statuses.get(step.commit.hash)!;
  return { commit: step.commit, step: step.number, tests: failures.map((f) => ({ test: f.test, status: there.get(testKey({ file: f.file, name: f.test })) ?? ("not run" as const) })) };
}
