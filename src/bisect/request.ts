// `provium bisect`'s options, checked before anything runs: the endpoints
// and the build (what bisect adds), and the run flags that select and run
// the tests at each step (checked as `provium run` checks them). The run's
// kernel, initrd, modules and dirs are what the build makes: relative to
// the worktree, and checked at each step, after its build.
import { parseDirFlag } from "../config/dirs.ts";
import { isOneOf, mustBe, oneOf } from "../util/checks.ts";
import { UsageError } from "../util/errors.ts";
import { validateRunRequest, type RawRunRequest } from "../run/request.ts";

export const DEFAULT_KERNEL = "arch/x86/boot/bzImage";
export const BOOT_FAILURE_VERDICTS = ["skip", "bad"] as const;

export interface RawBisectRequest {
  good?: string;
  bad?: string;
  build?: string;
  repo?: string;
  tries?: string;
  bootFailure?: string;
  json?: string;
  github?: boolean;
  /** The run flags, kernel/initrd/modules/dirs relative to the worktree. */
  run: RawRunRequest;
}

export interface BisectRequest {
  good: string;
  bad: string;
  build: string;
  /** The repository to bisect (default: the current directory's). */
  repo: string;
  /** Relative to the worktree (or absolute: a build with O=… outside it). */
  kernel: string;
  tries: number;
  /** What a kernel that never reaches the agent makes of a commit. */
  bootFailure: (typeof BOOT_FAILURE_VERDICTS)[number];
  json?: string;
  github?: boolean;
  /** Each step's run request before the build's products are filled in (validated with base = cwd). */
  run: RawRunRequest;
}

export function validateBisectRequest(raw: RawBisectRequest): BisectRequest {
  const need = (value: string | undefined, flag: string, example: string) => {
    if (value === undefined || value.trim() === "") throw new UsageError(`provium bisect needs ${flag} (e.g. ${flag} ${example})`);
    return value;
  };
  const good = need(raw.good, "--good", "v6.8");
  const bad = need(raw.bad, "--bad", "HEAD");
  const build = need(raw.build, "--build", `"make -j$(nproc) bzImage"`);
  const tries = raw.tries === undefined ? 1 : Number(raw.tries);
  if (!Number.isInteger(tries) || tries < 1) throw new UsageError(mustBe("tries", "a whole number >= 1", raw.tries!));
  const bootFailure = raw.bootFailure ?? "skip";
  if (!isOneOf(BOOT_FAILURE_VERDICTS, bootFailure)) throw new UsageError(mustBe("boot-failure", oneOf(BOOT_FAILURE_VERDICTS), bootFailure));
  if (raw.run.shard !== undefined) throw new UsageError("provium bisect runs every selected test at each step: --shard does not apply");
  // What does not depend on the build is checked now, once; the build's products at each step.
  const { error } = validateRunRequest({ ...raw.run, kernel: undefined, initrd: undefined, cmdline: undefined, modules: undefined, dirs: undefined });
  if (error !== undefined) throw new UsageError(error);
  try {
    raw.run.dirs?.forEach(parseDirFlag);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { good, bad, build, repo: raw.repo ?? ".", kernel: raw.run.kernel ?? DEFAULT_KERNEL, tries, bootFailure, json: raw.json, github: raw.github, run: { ...raw.run, kernel: undefined } };
}
