// `provium bisect`: the endpoints resolved and checked, the worktree made,
// the bisect run, its result printed (and written as JSON, and as the job
// summary inside GitHub Actions), the worktree removed whatever happened.
// Exit 0 when the first bad commit was found, 1 when there is no single
// answer (skips hide it, or the endpoints do not bracket a failure), 2 for
// usage errors, 130 when interrupted.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { interruptOnCtrlC } from "../run/command.ts";
import { DEFAULT_SUITE } from "../run/discover.ts";
import { UsageError } from "../util/errors.ts";
import { bisect } from "./bisect.ts";
import { Repo } from "./git.ts";
import { resultJson, resultMarkdown, resultText } from "./report.ts";
import type { BisectRequest } from "./request.ts";
import { short } from "./result.ts";
import { Worktree } from "./worktree.ts";

export async function bisectCommand(request: BisectRequest): Promise<number> {
  const say = (text: string) => void process.stdout.write(text);
  const repo = await Repo.open(request.repo);
  const good = await goodCommit(repo, request);
  const bad = await repo.commit(request.bad, "--bad");
  if (good === bad) throw new UsageError(`--good and --bad are the same commit (${short(good)}): give a good commit older than the bad one`);
  if (!(await repo.isAncestor(good, bad)))
    throw new UsageError(`--good ${request.good} (${short(good)}) is not an ancestor of --bad ${request.bad} (${short(bad)}): the good commit must be in the bad one's history (\`git merge-base --is-ancestor ${short(good)} ${short(bad)}\`)`);

  const controller = new AbortController();
  const release = interruptOnCtrlC(controller, say, "stopping the build or tests and removing the bisect's worktree");
  let worktree: Worktree | undefined;
  try {
    worktree = await Worktree.add(repo, good);
    say(`worktree: ${worktree.dir} (the build runs there; removed at the end)\n`);
    const result = await bisect(repo, { request, worktree, signal: controller.signal, say }, { good, bad }, selection(request));
    say(resultText(result));
    if (request.json) write(request.json, resultJson(result));
    const inGitHub = request.github ?? process.env.GITHUB_ACTIONS === "true";
    if (inGitHub && process.env.GITHUB_STEP_SUMMARY) writeFileSync(process.env.GITHUB_STEP_SUMMARY, resultMarkdown(result), { flag: "a" });
    return result.outcome === "found" ? 0 : result.outcome === "interrupted" ? 130 : 1;
  } finally {
    worktree?.remove();
    release();
  }
}

/**
 * The good endpoint: a revision of the repository. (Where `--good
 * last-pass` will take the newest commit at which the selected tests passed,
 * from the run history, it resolves here.)
 */
async function goodCommit(repo: Repo, request: BisectRequest): Promise<string> {
  return repo.commit(request.good, "--good");
}

/** The tests each step runs, in the user's words. */
function selection(request: BisectRequest): string {
  const run = request.run;
  const paths = run.paths.length ? run.paths.join(" ") : `${DEFAULT_SUITE}/`;
  const filters = [run.filter === undefined ? "" : `--filter ${run.filter}`, ...run.tags.map((tag) => `--tag ${tag}`)].filter(Boolean);
  return filters.length ? `${paths} (${filters.join(" ")})` : paths;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
}
