// GitHub's cache and artifact services. Where they cannot be reached (the
// action run locally, or on a runner without them), the step is skipped
// with a notice: that is never a reason to fail the tests.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import * as cache from "@actions/cache";
import { DefaultArtifactClient } from "@actions/artifact";
import { packageRoot, packageVersion } from "../util/package-root.ts";

/** The setup cache key: changes with the agent's sources, Provium's version, the host OS and what else is built (extras). */
export function setupCacheKey(extras = ""): string {
  const agentDir = path.join(packageRoot(), "agent");
  const hash = createHash("sha256").update(packageVersion()).update(extras);
  for (const file of readdirSync(agentDir).filter((f) => /\.(c|h)$|^Makefile$/.test(f)).sort()) hash.update(file).update(readFileSync(path.join(agentDir, file)));
  const os = /^ID=(.*)$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "linux";
  const version = /^VERSION_ID="?([^"\n]*)/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "";
  return `provium-setup-${os}-${version}-${hash.digest("hex").slice(0, 16)}`;
}

export function cacheReachable(): boolean {
  if (cache.isFeatureAvailable()) return true;
  core.notice("Provium: the cache service is not reachable here; setting up without the cache");
  return false;
}

export async function restoreSetup(home: string, key: string): Promise<boolean> {
  return (await cache.restoreCache([home], key)) !== undefined;
}

export async function saveSetup(home: string, key: string): Promise<void> {
  try {
    await cache.saveCache([home], key);
  } catch (error) {
    core.notice(`Provium: the setup was not cached: ${(error as Error).message}`);
  }
}

/**
 * The regular files below dir, for the upload. A symlink is neither uploaded
 * nor walked through (whatever Node's recursive readdir does on a runner's
 * version): a guest's link pulled into the results must not carry the
 * runner's own files into a public artifact.
 */
export function resultFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) return resultFiles(at);
    return entry.isFile() ? [at] : [];
  });
}

export async function uploadResults(name: string, dir: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.notice(`Provium: the artifact service is not reachable here; the results stay in ${dir}`);
    return;
  }
  const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, resultFiles(dir), dir);
  core.info(`uploaded artifact '${name}' (id ${id}, ${size} bytes)`);
}
