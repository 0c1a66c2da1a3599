// The GitHub Action: install what is missing, open KVM, restore the cached
// guest setup, run the suite, publish results. Each step is a log group
// with its time.
import * as core from "@actions/core";
import { count } from "../engine/results.ts";
import { requestArches, runCommand } from "../run/command.ts";
import { Apt } from "../setup/apt.ts";
import { runSetup } from "../setup/setup.ts";
import { systemPackages } from "../setup/system-packages.ts";
import { ProviumError } from "../util/errors.ts";
import { proviumHome } from "../util/home.ts";
import { setWarningSink } from "../util/log.ts";
import { readInputs } from "./inputs.ts";
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

  const { exitCode, run } = await step("Run the suite", () => runCommand(inputs.request));
  const totals = count(run?.files.flatMap((f) => f.tests) ?? []);
  core.setOutput("passed", totals.passed);
  core.setOutput("failed", totals.failed);
  core.setOutput("skipped", totals.skipped);
  core.setOutput("xfailed", totals.xfailed);
  core.setOutput("flaky", totals.flaky);
  core.setOutput("junit", inputs.request.junit);
  core.setOutput("json", inputs.request.json);

  const upload = inputs.uploadArtifacts === "always" || (inputs.uploadArtifacts === "on-failure" && exitCode !== 0);
  if (upload) await step("Upload the results", () => uploadResults(inputs.artifactName, inputs.resultsDir));
  if (exitCode === 130) core.setFailed("the run was interrupted");
  else if (totals.failed > 0 && inputs.failOnTestFailure) core.setFailed(`${totals.failed} test(s) failed (annotations above; details in the job summary)`);
}

try {
  await main();
} catch (error) {
  // One annotation naming what is wrong; our own bugs keep their stack.
  core.setFailed(error instanceof ProviumError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
}
