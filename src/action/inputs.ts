// The action's inputs, read and checked up front: a bad value fails the
// step with one message naming the input and the fix.
import { existsSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { parseShard } from "../run/shard.ts";
import { ProviumError } from "../util/errors.ts";
import { ACCEL_MODES, type AccelMode } from "../vm/accel.ts";

export const UPLOAD_POLICIES = ["always", "on-failure", "never"] as const;
export type UploadPolicy = (typeof UPLOAD_POLICIES)[number];

export interface ActionInputs {
  suite: string;
  kernel?: string;
  initrd?: string;
  profile?: string;
  kernelCmdline?: string;
  accel: AccelMode;
  jobs?: string;
  shard?: string;
  filter?: string;
  tags: string[];
  timeout?: string;
  resultsDir: string;
  annotate: boolean;
  summary: boolean;
  uploadArtifacts: UploadPolicy;
  artifactName: string;
  cache: boolean;
  failOnTestFailure: boolean;
  allowKernelWarnings: boolean;
  /** A file of [[known_failures]] entries (absolute). */
  knownFailures?: string;
  retries?: string;
}

export class InputError extends ProviumError {
  constructor(input: string, message: string) {
    super(`input '${input}': ${message}`);
  }
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

// Defaults are in action.yml; the fallbacks here matter only when an input is absent altogether.
function boolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "on"].includes(value)) return true;
  if (["false", "no", "off"].includes(value)) return false;
  throw new InputError(name, `'${core.getInput(name)}' is not true or false`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T)) throw new InputError(name, `'${value}' is not one of ${allowed.join(", ")}`);
  return value as T;
}

function positive(name: string): string | undefined {
  const value = optional(name);
  if (value !== undefined && !(Number(value) > 0)) throw new InputError(name, `'${value}' is not a positive number`);
  return value;
}

function wholeNumber(name: string): string | undefined {
  const value = optional(name);
  if (value !== undefined && !/^\d+$/.test(value.trim())) throw new InputError(name, `'${value}' is not a whole number >= 0`);
  return value?.trim();
}

function existingFile(name: string, workspace: string): string | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const file = path.resolve(workspace, value);
  if (!existsSync(file)) throw new InputError(name, `${file} does not exist: ${name === "known-failures" ? "fix the path" : "build the kernel in an earlier step, or fix the path"} (relative to the workspace)`);
  return file;
}

/** The checks here catch what a workflow author can get wrong. */
export function readInputs(workspace: string): ActionInputs {
  const shard = optional("shard");
  if (shard !== undefined) {
    try {
      parseShard(shard);
    } catch (error) {
      throw new InputError("shard", (error as Error).message.replace("--shard ", ""));
    }
  }
  const kernel = existingFile("kernel", workspace);
  const initrd = existingFile("initrd", workspace);
  if (initrd && !kernel) throw new InputError("initrd", "needs the input 'kernel' too");
  if (kernel && optional("profile")) throw new InputError("profile", "give either 'kernel' (a kernel to test) or 'profile' (a profile of the suite's provium.toml), not both");
  return {
    suite: core.getInput("suite") || "tests",
    kernel,
    initrd,
    profile: optional("profile"),
    kernelCmdline: optional("kernel-cmdline"),
    accel: oneOf("accel", ACCEL_MODES, "auto"),
    jobs: positive("jobs"),
    shard,
    filter: optional("filter"),
    tags: core.getInput("tags").split(/[\s,]+/).filter(Boolean),
    timeout: positive("timeout"),
    resultsDir: path.resolve(workspace, core.getInput("results-dir") || "provium-results"),
    annotate: boolean("annotate", true),
    summary: boolean("job-summary", true),
    uploadArtifacts: oneOf("upload-artifacts", UPLOAD_POLICIES, "on-failure"),
    artifactName: core.getInput("artifact-name") || "provium-results",
    cache: boolean("cache", true),
    failOnTestFailure: boolean("fail-on-test-failure", true),
    allowKernelWarnings: boolean("allow-kernel-warnings", false),
    knownFailures: existingFile("known-failures", workspace),
    retries: wholeNumber("retries"),
  };
}
