// Which architectures a run's guests are: those named (--arch), else the
// kernel under test's, else the default profile's, else the host's. Known
// before any guest is set up (the action sets up theirs first) and before a
// kselftest tree is checked against its guest.
import { existsSync } from "node:fs";
import { loadConfig, type Config } from "../config/config.ts";
import { defaultArch, type Arch } from "../util/arch.ts";
import { profileArch } from "../vm/profile.ts";
import { DEFAULT_SUITE, findSuiteRoot } from "./discover.ts";
import type { RunRequest } from "./request.ts";

type ArchesOf = Pick<RunRequest, "arches" | "kernelUnderTest">;

// provium kunit and kselftest: the suite directory, if there is one, holds provium.toml (profiles, known failures).
export const suiteRootOf = (request: { generated?: unknown }, paths: string[]): string =>
  request.generated && !existsSync(paths[0]!) ? process.cwd() : findSuiteRoot(paths);

/** The run's architectures, its default profile's read from config. */
export function runArches(request: ArchesOf, config: Config, defaultProfile: string | undefined): Arch[] {
  if (request.arches) return request.arches;
  const own = defaultProfile === undefined ? undefined : profileArch(defaultProfile, config);
  return [request.kernelUnderTest?.arch ?? own ?? defaultArch()];
}

/**
 * The run's architectures as planRun will find them, a named profile's read
 * from the suite's provium.toml. A mistake in it is planRun's to report:
 * here it gives the host's.
 */
export function requestArches(request: ArchesOf & Pick<RunRequest, "profile" | "paths"> & { generated?: unknown }): Arch[] {
  if (request.arches || request.kernelUnderTest || request.profile === undefined) return runArches(request, { profiles: {} }, undefined);
  try {
    const paths = request.paths.length ? request.paths : [DEFAULT_SUITE];
    return runArches(request, loadConfig(suiteRootOf(request, paths)), request.profile);
  } catch {
    return [defaultArch()];
  }
}
