// One commit judged: check it out in the worktree, build it, then run the
// selected tests against the kernel the build made, --tries times (a
// failure in any try makes it bad, as ktest's BISECT_TRIES does). A build
// that fails, a kernel that is missing, one that never reaches the agent
// and a run in which no test ran make it "skip" — the commit says nothing
// about the bug (with --boot-failure bad, a boot failure is "bad").
import { rmSync } from "node:fs";
import path from "node:path";
import { isFailing, type RunResult, type TestStatus } from "../engine/results.ts";
import { ConsoleReporter } from "../report/console.ts";
import { planRun, runPlanned } from "../run/command.ts";
import { loadDurations } from "../run/durations.ts";
import { validateRunRequest } from "../run/request.ts";
import { didNotBoot, failedLine, plural, runVerdict } from "../run/verdict.ts";
import { ProviumError, UsageError } from "../util/errors.ts";
import { formatSeconds } from "../util/time.ts";
import { runBuild } from "./build.ts";
import type { CommitInfo } from "./git.ts";
import type { BisectRequest } from "./request.ts";
import { short, type Step, type StepRole, type TestFailure } from "./result.ts";
import type { Worktree } from "./worktree.ts";

export interface StepContext {
  request: BisectRequest;
  worktree: Worktree;
  signal: AbortSignal;
  /** Where the step's lines go (the console). */
  say: (text: string) => void;
}

/** A step's result, and every test's status at its last try (what the first bad commit's parent did). */
export interface JudgedStep {
  step: Step;
  statuses: Map<string, TestStatus>;
  interrupted: boolean;
}

/** Most failures a step records: the first bad commit lists them; a step log needs only a few. */
const MAX_FAILURES = 20;
/** The shell's status when it cannot find the command. */
const NOT_FOUND = 127;

export const testKey = (test: { file: string; name: string }) => `${test.file} › ${test.name}`;

export async function judgeCommit(ctx: StepContext, commit: CommitInfo, number: number, role: StepRole): Promise<JudgedStep> {
  const { request, worktree } = ctx;
  const label = role === "step" ? `step ${number}` : role;
  ctx.say(`${label}: ${short(commit)} ${commit.subject}\n`);
  const step: Step = { number, role, commit, verdict: "skip", reason: "", buildMs: 0, testMs: 0, tries: 0, failures: [], passed: 0 };
  const judged: JudgedStep = { step, statuses: new Map(), interrupted: false };
  const done = (verdict: Step["verdict"], reason: string) => {
    Object.assign(step, { verdict, reason });
    ctx.say(`  ${verdict}: ${reason}  (build ${formatSeconds(step.buildMs)}, tests ${formatSeconds(step.testMs)}${step.tries > 1 ? ` in ${plural(step.tries, "try", "tries")}` : ""})\n`);
    return judged;
  };

  if (ctx.signal.aborted) return { ...judged, interrupted: true };
  await worktree.checkout(commit.hash);
  const kernel = path.resolve(worktree.dir, request.kernel);
  // A build that makes no kernel must not pass the previous step's off as its own.
  rmSync(kernel, { force: true });
  const build = await runBuild(request.build, worktree.dir, {
    env: { PROVIUM_BISECT_COMMIT: commit.hash, PROVIUM_BISECT_WORKTREE: worktree.dir },
    signal: ctx.signal,
    onLine: request.run.verbose ? (line) => ctx.say(`  | ${line}\n`) : undefined,
  });
  step.buildMs = build.durationMs;
  if (build.interrupted) return { ...judged, interrupted: true };
  if (!build.ok) {
    step.tail = build.tail.join("\n");
    const status = build.exitCode === undefined ? `killed by ${build.signal}` : `exit ${build.exitCode}`;
    // At an endpoint (the first builds), a command that is not there is the user's mistake, not the commit's.
    if (build.exitCode === NOT_FOUND && role !== "step")
      throw new UsageError(`--build "${request.build}": the command was not found (sh said: ${build.tail.at(-1) ?? "status 127"}); run it by hand in a checkout of ${short(commit)} to see`);
    return done("skip", `build failed (${status})${build.tail.length ? `: ${build.tail.at(-1)}` : ""}`);
  }

  const checked = validateRunRequest({ ...request.run, kernel }, process.cwd(), worktree.dir);
  if (checked.error !== undefined) return done("skip", `${checked.kernelUnusable ? "no kernel to test" : "cannot test it"}: ${checked.error}`);
  // The failures' console logs go with the worktree, not into the user's directory.
  const runRequest = { ...checked.request, artifacts: path.join(worktree.root, "results", `step-${number}`) };
  let planned;
  try {
    planned = planRun(runRequest);
  } catch (error) {
    if (!(error instanceof ProviumError)) throw error;
    return done("skip", `cannot test it: ${error.message}`);
  }
  const durations = loadDurations(planned.durationsFile);
  const reporter = request.run.verbose ? new ConsoleReporter(ctx.say, { verbose: true }) : undefined;
  for (let attempt = 1; attempt <= request.tries; attempt++) {
    const started = Date.now();
    step.tries = attempt;
    const run = await runPlanned(runRequest, planned, durations, {
      signal: ctx.signal,
      say: ctx.say,
      onFileDone: reporter && ((result) => reporter.fileDone(result)),
      onLog: reporter && ((file, line) => reporter.log(file, line)),
    });
    step.testMs += Date.now() - started;
    record(judged, run);
    const verdict = runVerdict(run, ctx.signal.aborted);
    switch (verdict.kind) {
      case "interrupted":
        return { ...judged, interrupted: true };
      case "internal-error":
        throw new ProviumError(`stopping the bisect: at ${short(commit)}, ${verdict.message}`);
      case "failed":
        return done("bad", `${failedLine(verdict.failed)}${attempt > 1 ? ` at try ${attempt}` : ""}`);
      case "did-not-boot":
        step.tail = verdict.bootFailure.consoleTail;
        return done(request.bootFailure, didNotBoot(verdict.bootFailure));
      case "nothing-ran":
        return done("skip", `no selected test ran${verdict.skipped ? ` (${plural(verdict.skipped, "test")} skipped themselves)` : ""}`);
      case "passed":
        continue;
    }
  }
  return done("good", `${plural(step.passed, "test")} passed${request.tries > 1 ? `, ${plural(request.tries, "try", "tries")}` : ""}`);
}

/** The try's failures and passes into the step, and every test's status. */
function record(judged: JudgedStep, run: RunResult): void {
  const tests = run.files.flatMap((file) => file.tests);
  judged.statuses = new Map(tests.map((test) => [testKey(test), test.status]));
  judged.step.passed = tests.filter((test) => test.status === "passed").length;
  judged.step.failures = tests
    .filter((test) => isFailing(test) && !test.failure?.fromSubtests)
    .slice(0, MAX_FAILURES)
    .map((test): TestFailure => ({ test: test.name, file: test.file, line: test.failure?.line ?? test.line, message: test.failure?.message ?? test.status }));
}
