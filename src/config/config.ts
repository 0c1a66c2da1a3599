// The suite's configuration file, provium.toml at the suite root. TOML
// because it is what kernel developers already read and write (Cargo,
// pyproject), it has comments, and its types are unambiguous (smol-toml: a
// small, maintained, spec-complete parser).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TomlError } from "smol-toml";
import { ARCHES, isArchName, parseArch, type Arch } from "../util/arch.ts";
import { ProviumError } from "../util/errors.ts";
import { readDirEntries, type DirEntry } from "./dirs.ts";

export const CONFIG_FILE = "provium.toml";

export interface ProfileConfig {
  kernel?: string; // absolute after loading
  /** The kernel's architecture (checked against its header; without it, the header says). */
  arch?: Arch;
  initrd?: string;
  cmdline?: string;
  memory?: number; // MiB
  cpus?: number;
  /** INSTALL_MOD_PATH of the kernel's `make modules_install` (absolute after loading). */
  modules?: string;
  /** The guest's root filesystem: a directory or a raw filesystem image (absolute after loading). */
  rootfs?: string;
  /** Host directories shown in every guest of the profile (absolute after loading). */
  dirs?: DirEntry[];
}

/** A [[known_failures]] entry (provium.toml or a --known-failures file). */
export interface KnownFailure {
  /** A test's or subtest's full name ("test › subtest"; " > " works as the separator too), * and ? allowed. */
  test: string;
  reason: string;
  /** Only in these files (display paths, * and ? allowed). */
  file?: string;
  /** Only on this guest architecture. */
  arch?: Arch;
}

export interface Config {
  /** The file it came from (undefined when the suite has none). */
  file?: string;
  profiles: Record<string, ProfileConfig>;
  /** [[known_failures]]: failures that are expected. */
  knownFailures?: KnownFailure[];
  /** `provium run --modules DIR`, `--rootfs PATH`, `--dir`: for this profile (the run's default one), over its own settings (dirs: added). */
  overrides?: { profile: string; modules?: string; rootfs?: string; dirs?: DirEntry[] };
}

type Checker = (value: unknown) => boolean;
const isString: Checker = (v) => typeof v === "string";
const isPositiveInt: Checker = (v) => (typeof v === "number" || typeof v === "bigint") && Number.isInteger(Number(v)) && Number(v) > 0;

const PROFILE_KEYS: Record<keyof ProfileConfig, [Checker, string]> = {
  kernel: [isString, "a path to a kernel image (bzImage, arm64 Image, vmlinux)"],
  arch: [isArchName, `the kernel's architecture: one of ${ARCHES.join(", ")}`],
  initrd: [isString, "a path to an initramfs (cpio, optionally compressed)"],
  cmdline: [isString, "a string of extra kernel parameters"],
  memory: [isPositiveInt, "a positive integer (MiB)"],
  cpus: [isPositiveInt, "a positive integer"],
  modules: [isString, "a path to the directory `make modules_install INSTALL_MOD_PATH=DIR` installed into"],
  rootfs: [isString, "a path to a root filesystem: a directory or a raw filesystem image"],
  dirs: [(v) => typeof v === "object" && v !== null && !Array.isArray(v), 'a table of guest paths to host directories: dirs = { "/opt/tests" = "build/tests" }'],
};

function readToml(file: string): Record<string, unknown> {
  try {
    return parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? `:${error.line}` : "";
    const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message.split("\n")[0];
    throw new ProviumError(`${file}${where}: ${why}`);
  }
}

const KNOWN_FAILURE_KEYS = ["test", "reason", "file", "arch"];

/** [[known_failures]] entries: test (a name or pattern) and reason are required, file is optional. */
function readKnownFailures(value: unknown, fail: (key: string, what: string) => ProviumError): KnownFailure[] {
  if (!Array.isArray(value)) throw fail("known_failures", "must be an array of tables: [[known_failures]] with test = \"name\" and reason = \"why\"");
  return value.map((entry: unknown, i) => {
    const where = `known_failures[${i + 1}]`;
    if (typeof entry !== "object" || entry === null) throw fail(where, "must be a table with test and reason");
    const fields = entry as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => !KNOWN_FAILURE_KEYS.includes(key));
    if (unknown) throw fail(`${where}.${unknown}`, `is not a known-failure setting (known: ${KNOWN_FAILURE_KEYS.join(", ")})`);
    for (const key of ["test", "reason"]) if (typeof fields[key] !== "string" || fields[key] === "") throw fail(`${where}.${key}`, "must be a non-empty string");
    if (fields.file !== undefined && typeof fields.file !== "string") throw fail(`${where}.file`, "must be a string (a file path pattern)");
    if (fields.arch !== undefined && !isArchName(fields.arch)) throw fail(`${where}.arch`, `must be one of ${ARCHES.join(", ")} (the failure is known on that architecture only)`);
    const arch = fields.arch === undefined ? {} : { arch: parseArch(fields.arch) };
    return { test: fields.test as string, reason: fields.reason as string, file: fields.file as string | undefined, ...arch };
  });
}

/** A --known-failures file: [[known_failures]] entries, as in provium.toml, and nothing else. */
export function loadKnownFailures(file: string): KnownFailure[] {
  const raw = readToml(file);
  const fail = (key: string, what: string) => new ProviumError(`${file}: ${key} ${what}`);
  const extra = Object.keys(raw).find((key) => key !== "known_failures");
  if (extra) throw fail(extra, "is not known here (a known-failures file holds [[known_failures]] entries only)");
  return raw.known_failures === undefined ? [] : readKnownFailures(raw.known_failures, fail);
}

export function loadConfig(suiteRoot: string): Config {
  const file = path.resolve(suiteRoot, CONFIG_FILE);
  if (!existsSync(file)) return { profiles: {} };
  const raw = readToml(file);
  const fail = (key: string, what: string) => new ProviumError(`${file}: ${key} ${what}`);
  const profiles: Record<string, ProfileConfig> = {};
  let knownFailures: KnownFailure[] | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === "known_failures") {
      knownFailures = readKnownFailures(value, fail);
      continue;
    }
    if (key !== "profiles") throw fail(key, "is not a known setting (known: profiles, known_failures)");
    if (typeof value !== "object" || value === null) throw fail(key, "must be a table of [profiles.NAME]");
    for (const [name, table] of Object.entries(value)) {
      if (typeof table !== "object" || table === null) throw fail(`profiles.${name}`, "must be a table");
      const profile: Record<string, unknown> = {};
      for (const [field, fieldValue] of Object.entries(table)) {
        const spec = PROFILE_KEYS[field as keyof ProfileConfig];
        if (!spec) throw fail(`profiles.${name}.${field}`, `is not a profile setting (known: ${Object.keys(PROFILE_KEYS).join(", ")})`);
        if (!spec[0](fieldValue)) throw fail(`profiles.${name}.${field}`, `must be ${spec[1]}`);
        profile[field] = typeof fieldValue === "bigint" ? Number(fieldValue) : fieldValue;
      }
      if (profile.arch !== undefined) profile.arch = parseArch(profile.arch as string);
      for (const key of ["kernel", "initrd", "modules", "rootfs"] as const)
        if (typeof profile[key] === "string") profile[key] = path.resolve(path.dirname(file), profile[key] as string);
      if (profile.dirs !== undefined) {
        try {
          profile.dirs = readDirEntries(profile.dirs, `profiles.${name}.dirs`).map((d) => ({ ...d, dir: path.resolve(path.dirname(file), d.dir) }));
        } catch (error) {
          throw new ProviumError(`${file}: ${(error as Error).message}`);
        }
      }
      profiles[name] = profile as ProfileConfig;
    }
  }
  return { file, profiles, knownFailures };
}
