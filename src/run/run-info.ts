// Which run this is and in which environment (src/engine/results.ts
// RunInfo): what its results are compared by, and what its history record
// says. Read before the run, from the default profile's kernel image, the
// suite's repository and the CI's variables.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Config } from "../config/config.ts";
import type { RunInfo } from "../engine/results.ts";
import type { Arch } from "../util/arch.ts";
import { kernelRelease, kernelVersionString } from "../vm/kernel-image.ts";
import { BUILTIN_PROFILE, resolveProfile } from "../vm/profile.ts";
import type { Shard } from "./shard.ts";

export interface RunInfoOptions {
  suiteRoot: string;
  config: Config;
  defaultProfile?: string;
  /** The run's guest architecture (a run of several is compared per architecture: one at a time). */
  arch: Arch;
  shard?: Shard;
  selected: boolean;
  started: Date;
  env?: NodeJS.ProcessEnv;
}

export function runInfo(options: RunInfoOptions): RunInfo {
  const env = options.env ?? process.env;
  const profile = options.defaultProfile ?? BUILTIN_PROFILE;
  const time = options.started.toISOString();
  return {
    id: runId(env, time),
    time,
    commit: env.GITHUB_SHA || gitHead(options.suiteRoot),
    kernel: kernelOf(profile, options.config, options.arch),
    arch: options.arch,
    profile,
    ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
    ...(options.selected ? { selected: true } : {}),
  };
}

/** Shards of one run must share it: the workflow run (and attempt), or PROVIUM_RUN_ID; else one of its own. */
export function runId(env: NodeJS.ProcessEnv, time: string): string {
  if (env.PROVIUM_RUN_ID) return env.PROVIUM_RUN_ID;
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT || 1}`;
  return `${time.replace(/\D/g, "").slice(0, 14)}-${randomBytes(3).toString("hex")}`;
}

function gitHead(dir: string): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 }).toString().trim() || undefined;
  } catch {
    return undefined; // not a repository, or no git: the run has no commit
  }
}

/** The default profile's kernel: release and version string. A profile that cannot be resolved has none (its tests say why). */
function kernelOf(profile: string, config: Config, arch: Arch): RunInfo["kernel"] {
  try {
    const image = resolveProfile(profile, config, arch).kernel;
    const version = kernelVersionString(image);
    return { release: kernelRelease(image), ...(version ? { version } : {}) };
  } catch {
    return {};
  }
}
