// The GitHub Action: install what is missing, open KVM, restore the cached
// guest setup and the test history, run the suite, save the history, publish
// results. Each step is a log group with its time.
import * as core from "@actions/core";
import * as cache from "@actions/cache";
import { changeCounts, count } from "../engine/results.ts";
import { requestArches } from "../run/arches.ts";
import { runCommand } from "../run/command.ts";
import type { FailOn } from "../run/request.ts";
import { runId } from "../run/run-info.ts";
import { Apt } from "../setup/apt.ts";
import { runSetup } from "../setup/setup.ts";
import { systemPackages } from "../setup/system-packages.ts";
import { ProviumError } from "../util/errors.ts";
import { proviumHome } from "../util/home.ts";
import { setWarningSink } from "../util/log.ts";
import { readInputs } from "./inputs.ts";
import { historyCachePlan, restoreHistory, saveHistory, type CacheService, type HistoryCachePlan } from "./history-cache.ts";
import { enableKvm } from "./kvm.ts";
import { cacheReachable, restoreSetup, saveSetup, setupCacheKey, uploadResults } from "./services.ts";

async function step<T>(title: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await core.group(title, fn);
  core.info(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inputs = readInputs(workspace);
  setWarningSink((message) => core.warning(message)); // e.g. "KVM is not usable": one annotation
  process.chdir(workspace); // reports name files relative to the repository

  // The guests of the architectures the run names (else of the kernel under test's, else the profile's, else the runner's).
  const { request } = inputs;
  const arches = requestArches(request);
  await step("Install QEMU and guest tools", async () => core.info((await systemPackages(new Apt(), arches)).detail ?? "done"));
  await step("Enable KVM", async () => core.info(await enableKvm()));
  const home = proviumHome();
  const distro = inputs.distro ? { packages: inputs.distroPackages } : undefined;
  const key = setupCacheKey([`arch:${arches.join(",")}`, ...(distro ? [`distro:${distro.packages.join(",")}`] : [])].join(" "));
  const useCache = inputs.cache && cacheReachable();
  const hit = useCache && (await step("Restore the cached guest setup", () => restoreSetup(home, key)));
  await step("Set up the guest", async () => {
    if ((await runSetup({ arches, distro })) !== 0) throw new ProviumError("the guest setup failed (its log is above)");
  });
  if (useCache && !hit) await step("Cache the guest setup", () => saveSetup(home, key));

  // The run's id names its history record and its cache key: one value for both.
  process.env.PROVIUM_RUN_ID ||= runId(process.env, new Date().toISOString());
  const history = inputs.history ? historyCachePlan(inputs.history, process.env, process.env.PROVIUM_RUN_ID, inputs.request.shard) : undefined;
  const historyCache = useHistoryCache(history);
  if (history && historyCache) await step("Restore the test history", async () => core.info(await restoreHistory(historyCache, history, inputs.request.history!)));

  const { exitCode, run } = await step("Run the suite", () => runCommand(inputs.request));
  if (history && historyCache && exitCode !== 130) await step("Save the test history", async () => core.info(await saveHistory(historyCache, history)));
  const tests = run?.files.flatMap((f) => f.tests) ?? [];
  const totals = count(tests);
  const changes = changeCounts(tests);
  core.setOutput("passed", totals.passed);
  core.setOutput("failed", totals.failed);
  core.setOutput("skipped", totals.skipped);
  core.setOutput("xfailed", totals.xfailed);
  core.setOutput("flaky", totals.flaky);
  core.setOutput("new-failures", changes["new-failure"]);
  core.setOutput("fixed", changes.fixed);
  core.setOutput("still-failing", changes["still-failing"]);
  if (inputs.request.history) core.setOutput("history", inputs.request.history);
  core.setOutput("junit", inputs.request.junit);
  core.setOutput("json", inputs.request.json);

  const upload = inputs.uploadArtifacts === "always" || (inputs.uploadArtifacts === "on-failure" && exitCode !== 0);
  if (upload) await step("Upload the results", () => uploadResults(inputs.artifactName, inputs.resultsDir));
  if (exitCode === 130) core.setFailed("the run was interrupted");
  else if (exitCode === 1 && inputs.failOnTestFailure) core.setFailed(failureMessage(inputs.request.failOn, totals.failed, changes["new-failure"], run?.comparison?.baseline !== undefined));
}

function failureMessage(failOn: FailOn, failed: number, newFailures: number, compared: boolean): string {
  if (failOn === "new" && compared) return `${newFailures} new failure(s) since the baseline (annotations above; details in the job summary)`;
  return `${failed} test(s) failed (annotations above; details in the job summary)`;
}

/** The cache service for the history: absent (a notice) where it cannot be reached. */
function useHistoryCache(history: HistoryCachePlan | undefined): CacheService | undefined {
  if (!history) return undefined;
  if (cache.isFeatureAvailable()) return cache;
  core.notice("Provium: the cache service is not reachable here; the test history is kept in the workspace only");
  return undefined;
}

try {
  await main();
} catch (error) {
  // One annotation naming what is wrong; our own bugs keep their stack.
  core.setFailed(error instanceof ProviumError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
}
