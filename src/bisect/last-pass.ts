// `provium bisect --good last-pass`: the good end taken from a history
// directory (what `provium run --history` writes, night after night) — the
// newest run in which the tests this bisect selects passed, at the commit
// that run tested. So a nightly that turns red can bisect on its own.
import path from "node:path";
import { newestPassingSelection, type RunCommit } from "../history/queries.ts";
import { UsageError } from "../util/errors.ts";
import type { Repo } from "./git.ts";
import type { RawRunRequest } from "../run/request.ts";
import { short } from "./result.ts";

export const LAST_PASS = "last-pass";

export interface LastPass {
  commit: string;
  /** The run it came from, for the log: "run 123.1 of 2026-12-03T02:00:00Z". */
  run: RunCommit;
  /** Where the commit was read: the kernel's release (what was built) or the run's commit. */
  from: "kernel release" | "run commit";
}

/**
 * The newest passing run's commit, resolved in the repository. A kernel
 * built with CONFIG_LOCALVERSION_AUTO names the commit it was built from in
 * its release (`-g<hash>`): that is what was tested, so it comes first; the
 * run's own commit (GITHUB_SHA, or the suite checkout's HEAD) next.
 */
export async function lastPassingCommit(repo: Repo, history: string, run: RawRunRequest, warn: (message: string) => void): Promise<LastPass> {
  const found = newestPassingSelection(history, undefined, selects(run), warn);
  if (!found)
    throw new UsageError(
      `--good last-pass: no run in ${history} passed the selected tests (every recorded run failed them, or none ran them): give a known good commit with --good REV`,
    );
  const candidates: [string | undefined, LastPass["from"]][] = [
    [/-g([0-9a-f]{7,40})(?:-dirty)?\+?$/.exec(found.kernel.release ?? "")?.[1], "kernel release"],
    [found.commit, "run commit"],
  ];
  for (const [revision, from] of candidates) {
    if (revision === undefined) continue;
    const commit = await repo.resolve(revision);
    if (commit) return { commit, run: found, from };
  }
  const recorded = [found.kernel.release && `kernel ${found.kernel.release}`, found.commit && `commit ${short(found.commit)}`].filter(Boolean).join(", ") || "no commit";
  throw new UsageError(
    `--good last-pass: the newest run that passed the selected tests (run ${found.id} of ${found.time}) recorded ${recorded}, which is not a commit of ${repo.dir}: ` +
      `give --repo the tree that run tested (or fetch that commit into it), or a good commit with --good REV`,
  );
}

/**
 * Which recorded results the bisect's tests are: those of its paths (files,
 * or directories holding them; none: all) and, with --filter, those whose
 * file or test name matches, as `provium run` selects them. Tags are not in
 * the records, so --tag narrows nothing here: every test of the selected
 * files must have passed, which can only pick an older (still good) run.
 */
function selects(run: RawRunRequest): (result: { file: string; test: string }) => boolean {
  const roots = run.paths.map((p) => path.normalize(p).replace(/\/+$/, "")).map((p) => (p === "." ? "" : p));
  const filter = run.filter === undefined ? undefined : new RegExp(run.filter); // checked with the run's flags already
  const inPaths = (file: string) => roots.length === 0 || roots.some((root) => root === "" || file === root || file.startsWith(`${root}/`));
  return ({ file, test }) => inPaths(path.normalize(file)) && (!filter || filter.test(file) || filter.test(test));
}
