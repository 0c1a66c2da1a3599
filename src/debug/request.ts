// What `provium shell` and `provium repl` open: a VM of a profile (the
// flags `run` takes for it, checked by the same validateRunRequest), a
// fixture of a suite, or a kept VM's bundle (--snapshot).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { validateRunRequest, type RawRunRequest, type RunRequest } from "../run/request.ts";
import { DEFAULT_SUITE } from "../run/discover.ts";
import { UsageError } from "../util/errors.ts";

export type RawDebugRequest = Pick<RawRunRequest, "profile" | "kernel" | "initrd" | "cmdline" | "modules" | "rootfs" | "dirs" | "accel" | "arch" | "gdb"> & {
  fixture?: string;
  suite?: string;
  snapshot?: string;
};

export interface DebugRequest {
  /** The profile options, as a run would take them. */
  run: RunRequest;
  fixture?: string;
  /** Absolute: --suite, else tests/ when it exists, else the working directory. */
  suiteRoot: string;
  /** A bundle to reopen (absolute). */
  snapshot?: string;
}

/** Checks a shell's or REPL's options; a mistake is a UsageError. */
export function validateDebugRequest(raw: RawDebugRequest, base = process.cwd()): DebugRequest {
  const { fixture, suite, snapshot, ...profile } = raw;
  const given = (except: string[]) => Object.entries(profile).some(([key, value]) => ![...except, "accel", "arch", "gdb"].includes(key) && value !== undefined);
  const profileGiven = given([]);
  if (snapshot !== undefined && (fixture !== undefined || profileGiven || profile.arch !== undefined))
    throw new UsageError("--snapshot reopens a kept VM as it was, with the kernel and images it carries: it takes no --fixture, --profile, --kernel, --initrd, --cmdline, --modules, --rootfs, --dir or --arch (it runs on its own architecture); only --accel and --gdb");
  if (fixture !== undefined && profileGiven)
    throw new UsageError("--fixture resumes the VM its script prepared, of the profile it chose: give either --fixture or the profile flags (--profile, --kernel, --initrd, --cmdline, --modules, --rootfs, --dir)");
  if (fixture !== undefined && !/^[\w.-]+$/.test(fixture)) throw new UsageError(`--fixture must be a fixture's name (the file name of fixtures/<name>.lua), got '${fixture}'`);
  const { request, error } = validateRunRequest({ paths: [], tags: [], verbose: false, quiet: false, allowKernelWarnings: true, ...profile }, base);
  if (error !== undefined) throw new UsageError(error);
  if ((request.arches?.length ?? 0) > 1) throw new UsageError(`a shell or REPL opens one VM: give one architecture (--arch ${request.arches![0]}), got '${profile.arch}'`);
  const suiteRoot = path.resolve(base, suite ?? (existsSync(path.join(base, DEFAULT_SUITE)) ? DEFAULT_SUITE : "."));
  if (suite !== undefined && !(existsSync(suiteRoot) && statSync(suiteRoot).isDirectory())) throw new UsageError(`--suite: ${suiteRoot} is not a directory`);
  return { run: request, fixture, suiteRoot, snapshot: snapshot === undefined ? undefined : path.resolve(base, snapshot) };
}
