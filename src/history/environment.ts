// Results are compared only within one environment: the default profile,
// the kernel release and the architecture. A kernel tree built with
// CONFIG_LOCALVERSION_AUTO puts its commit into the release
// (6.9.0-rc3-00123-gabcdef123456, "-dirty", or a "+"): that part is left
// out, or no two commits of one tree could ever be compared.
import type { RunInfo } from "../engine/results.ts";

/** The release as compared: without scripts/setlocalversion's commit count, hash, "-dirty" and "+". */
export function comparableRelease(release: string | undefined): string | undefined {
  return release?.replace(/(-\d+-g[0-9a-f]{7,40})?(-dirty)?\+?$/, "");
}

export type Environment = Pick<RunInfo, "profile" | "kernel" | "arch">;

export function environmentKey(info: Environment): string {
  return [info.profile, comparableRelease(info.kernel.release) ?? "?", info.arch].join("|");
}

export const sameEnvironment = (a: Environment, b: Environment) => environmentKey(a) === environmentKey(b);

/** "profile minimal, kernel 6.1.0-18-cloud-amd64, x86_64" */
export function describeEnvironment(info: Environment): string {
  return `profile ${info.profile}, kernel ${info.kernel.release ?? "unknown"}, ${info.arch}`;
}
