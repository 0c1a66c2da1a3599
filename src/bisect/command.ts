// `provium bisect`: the endpoints resolved and checked, the worktree made,
// the bisect run, its result printed (and written as JSON, and as the job
// summary inside GitHub Actions), the worktree removed whatever happened.
// Exit 0 when the first bad commit was found, 1 when there is no single
// answer (skips hide it, or the endpoints do not bracket a failure), 2 for
// usage errors, 130 when interrupted.
import { writeFileSync } from "node:fs";
import { interruptOnCtrlC } from "../run/command.ts";
import { DEFAULT_SUITE } from "../run/discover.ts";
import { prepareOutputs, writeOutput } from "../run/outputs.ts";
import { UsageError } from "../util/errors.ts";
import { bisect } from "./bisect.ts";
import { Repo } from "./git.ts";
import { resultJson, resultMarkdown, resultText } from "./report.ts";
import type { BisectRequest } from "./request.ts";
import { short } from "./result.ts";
import { Worktree } from "./worktree.ts";
import { LAST_PASS, lastPassingCommit } from "./last-pass.ts";
import { warnOnce } from "../util/log.ts";

export async function bisectCommand(request: BisectRequest): Promise<number> {
  const say = (text: string) => void process.stdout.write(text);
  const repo = await Repo.open(request.repo);
  const good = await goodCommit(repo, request, say);
  const bad = await repo.commit(request.bad, "--bad");
  if (good === bad) throw new UsageError(`--good and --bad are the same commit (${short(good)}): give a good commit older than the bad one`);
  if (!(await repo.isAncestor(good, bad)))
    throw new UsageError(`--good ${request.good} (${short(good)}) is not an ancestor of --bad ${request.bad} (${short(bad)}): the good commit must be in the bad one's history (\`git merge-base --is-ancestor ${short(good)} ${short(bad)}\`)`);
  prepareOutputs({ json: request.json }); // a --json that cannot be written is said now, not after the whole bisect

  const controller = new AbortController();
  const release = interruptOnCtrlC(controller, say, "stopping the build or tests and removing the bisect's worktree");
  let worktree: Worktree | undefined;
  try {
    worktree = await Worktree.add(repo, good);
    say(`worktree: ${worktree.dir} (the build runs there; removed at the end)\n`);
    const result = await bisect(repo, { request, worktree, signal: controller.signal, say }, { good, bad }, selection(request));
    say(resultText(result));
    if (request.json) await writeOutput("the JSON results", request.json, async () => writeFileSync(request.json!, resultJson(result)));
    const inGitHub = request.github ?? process.env.GITHUB_ACTIONS === "true";
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (inGitHub && summaryFile) await writeOutput("the job summary", summaryFile, async () => writeFileSync(summaryFile, resultMarkdown(result), { flag: "a" }));
    return result.outcome === "found" ? 0 : result.outcome === "interrupted" ? 130 : 1;
  } finally {
    worktree?.remove();
    release();
  }
}

/** The good endpoint: a revision of the repository, or with `--good last-pass` the newest passing run's commit. */
async function goodCommit(repo: Repo, request: BisectRequest, say: (text: string) => void): Promise<string> {
  if (request.good !== LAST_PASS) return repo.commit(request.good, "--good");
  const last = await lastPassingCommit(repo, request.history!, request.run, warnOnce);
  say(`--good last-pass: ${short(last.commit)} (from the ${last.from} of run ${last.run.id}, ${last.run.time}: the newest in ${request.history} in which the selected tests passed)\n`);
  return last.commit;
}

/** The tests each step runs, in the user's words. */
function selection(request: BisectRequest): string {
  const run = request.run;
  const paths = run.paths.length ? run.paths.join(" ") : `${DEFAULT_SUITE}/`;
  const filters = [run.filter === undefined ? "" : `--filter ${run.filter}`, ...run.tags.map((tag) => `--tag ${tag}`)].filter(Boolean);
  return filters.length ? `${paths} (${filters.join(" ")})` : paths;
}
