// `npm run setup [-- flags]` / `provium setup [flags]`: the flags, parsed
// strictly — an unknown one is a usage error (exit 2), never ignored.
import { parseArgs } from "node:util";
import { ARCHES, defaultArch, parseArchList, type Arch } from "../util/arch.ts";
import { ProviumError } from "../util/errors.ts";
import type { DistroOptions } from "./distro.ts";

export const SETUP_USAGE = `usage: npm run setup [-- options]   (or: provium setup [options])

  --arch <a,b>          the guest architectures to set up: ${ARCHES.join(", ")}, or several separated by
                        commas (default: this machine's, ${defaultArch()}); another architecture's guests
                        run under emulation, with its kernel and busybox from the distribution's archive
  --distro              also build the built-in profile 'distro': this host's distribution and
                        release as a root filesystem (mmdebstrap), with the minimal profile's kernel
  --packages <a,b>      extra packages for the distro root filesystem (with --distro)
  --mirror <url>        the archive mmdebstrap builds from (default: the distribution's main mirror)
  --help`;

export interface SetupOptions {
  /** The guest architectures (default: the host's). */
  arches?: Arch[];
  /** Build the distro profile too. */
  distro?: DistroOptions;
  help?: boolean;
}

export class SetupUsageError extends ProviumError {
  override name = "SetupUsageError";
}

export function parseSetupArgs(args: string[]): SetupOptions {
  let values: { arch?: string; distro?: boolean; packages?: string; mirror?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      options: { arch: { type: "string" }, distro: { type: "boolean" }, packages: { type: "string" }, mirror: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    throw new SetupUsageError(`setup: ${(error as Error).message}\n${SETUP_USAGE}`);
  }
  if (values.help) return { help: true };
  if (!values.distro && (values.packages !== undefined || values.mirror !== undefined))
    throw new SetupUsageError(`setup: --packages and --mirror go with --distro\n${SETUP_USAGE}`);
  if (values.packages !== undefined && !/^[a-z0-9][a-z0-9+.-]*(,[a-z0-9][a-z0-9+.-]*)*$/.test(values.packages))
    throw new SetupUsageError(`setup: --packages must be package names separated by commas, got '${values.packages}'`);
  const distro = values.distro ? { packages: values.packages?.split(",") ?? [], mirror: values.mirror } : undefined;
  let arches: Arch[] | undefined;
  try {
    arches = values.arch === undefined ? undefined : parseArchList(values.arch, "setup: --arch");
  } catch (error) {
    throw new SetupUsageError((error as Error).message);
  }
  return { arches, distro };
}
