// The action's inputs, read and checked up front: a bad value fails the
// step with one message naming the input and the fix.
import path from "node:path";
import * as core from "@actions/core";
import { validateRunRequest, type RawGeneratedSuite, type RunRequest } from "../run/request.ts";
import { historyDir } from "./history-cache.ts";
import { isOneOf, mustBe, oneOf as oneOfText } from "../util/checks.ts";
import { ProviumError } from "../util/errors.ts";

export const UPLOAD_POLICIES = ["always", "on-failure", "never"] as const;
export type UploadPolicy = (typeof UPLOAD_POLICIES)[number];

export interface ActionInputs {
  /** The run, checked by the same function as the CLI's options. */
  request: RunRequest;
  /** Build the built-in `distro` profile (setup --distro), with these extra packages. */
  distro: boolean;
  distroPackages: string[];
  resultsDir: string;
  uploadArtifacts: UploadPolicy;
  artifactName: string;
  cache: boolean;
  failOnTestFailure: boolean;
  /** The history's name (input history): kept in the Actions cache. */
  history?: string;
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/** A comma- or space-separated input; undefined when it is empty. */
function list(name: string): string[] | undefined {
  const items = core.getInput(name).split(/[\s,]+/).filter(Boolean);
  return items.length ? items : undefined;
}

// Defaults are in action.yml; the fallbacks here matter only when an input is absent altogether.
function boolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "on"].includes(value)) return true;
  if (["false", "no", "off"].includes(value)) return false;
  throw new ProviumError(mustBe(name, "true or false", core.getInput(name)));
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!isOneOf(allowed, value)) throw new ProviumError(mustBe(name, oneOfText(allowed), value));
  return value;
}

/** The kunit input (globs; "*": every suite) or the kselftest input (a tree; kselftest-tests: collections and collection:test names), not both. */
function generatedSuite(): RawGeneratedSuite | undefined {
  const globs = list("kunit");
  const kselftest = optional("kselftest");
  if (globs && kselftest) throw new ProviumError("give either kunit (the kernel's KUnit suites) or kselftest (a kselftest tree), not both");
  if (globs) return { kind: "kunit", globs };
  if (!kselftest) {
    if (optional("kselftest-tests")) throw new ProviumError("kselftest-tests selects tests of the kselftest input's tree: give kselftest too");
    return undefined;
  }
  const names = list("kselftest-tests") ?? [];
  return { kind: "kselftest", dir: kselftest, collections: names.filter((n) => !n.includes(":")), tests: names.filter((n) => n.includes(":")), tcgFactor: optional("kselftest-tcg-factor") };
}

/** The checks here catch what a workflow author can get wrong. */
export function readInputs(workspace: string): ActionInputs {
  const history = optional("history");
  const resultsDir = path.resolve(workspace, core.getInput("results-dir") || "provium-results");
  const { request, error } = validateRunRequest(
    {
      paths: [core.getInput("suite") || "tests"],
      kernel: optional("kernel"),
      initrd: optional("initrd"),
      cmdline: optional("kernel-cmdline"),
      profile: optional("profile"),
      modules: optional("modules"),
      rootfs: optional("rootfs"),
      accel: optional("accel"),
      arch: optional("arch"),
      jobs: optional("jobs"),
      shard: optional("shard"),
      filter: optional("filter"),
      tags: list("tags") ?? [],
      timeout: optional("timeout"),
      junit: `${resultsDir}/junit.xml`,
      json: `${resultsDir}/results.json`,
      artifacts: resultsDir,
      annotate: boolean("annotate", true),
      summary: boolean("job-summary", true),
      verbose: false,
      quiet: false,
      allowKernelWarnings: boolean("allow-kernel-warnings", false),
      knownFailures: optional("known-failures"),
      retries: optional("retries"),
      keepFailed: boolean("keep-failed", false),
      baseline: optional("baseline"),
      history: history && historyDir(history),
      historyKeep: history ? optional("history-keep") : undefined,
      failOn: optional("fail-on"),
      generated: generatedSuite(),
    },
    workspace,
  );
  if (error !== undefined) throw new ProviumError(error);
  return {
    request,
    resultsDir,
    distro: boolean("distro", false),
    distroPackages: list("distro-packages") ?? [],
    uploadArtifacts: oneOf("upload-artifacts", UPLOAD_POLICIES, "on-failure"),
    artifactName: core.getInput("artifact-name") || "provium-results",
    cache: boolean("cache", true),
    failOnTestFailure: boolean("fail-on-test-failure", true),
    history,
  };
}
