// The suite's configuration file, provium.toml at the suite root. TOML
// because it is what kernel developers already read and write (Cargo,
// pyproject), it has comments, and its types are unambiguous (smol-toml: a
// small, maintained, spec-complete parser).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TomlError } from "smol-toml";
import { ProviumError } from "../util/errors.ts";

export const CONFIG_FILE = "provium.toml";

export interface ProfileConfig {
  kernel?: string; // absolute after loading
  initrd?: string;
  cmdline?: string;
  memory?: number; // MiB
  cpus?: number;
  /** INSTALL_MOD_PATH of the kernel's `make modules_install` (absolute after loading). */
  modules?: string;
  /** The guest's root filesystem: a directory or a raw filesystem image (absolute after loading). */
  rootfs?: string;
}

export interface Config {
  /** The file it came from (undefined when the suite has none). */
  file?: string;
  profiles: Record<string, ProfileConfig>;
  /** `provium run --modules DIR`, `--rootfs PATH`: for this profile (the run's default one), over its own settings. */
  overrides?: { profile: string; modules?: string; rootfs?: string };
}

type Checker = (value: unknown) => boolean;
const isString: Checker = (v) => typeof v === "string";
const isPositiveInt: Checker = (v) => (typeof v === "number" || typeof v === "bigint") && Number.isInteger(Number(v)) && Number(v) > 0;

const PROFILE_KEYS: Record<keyof ProfileConfig, [Checker, string]> = {
  kernel: [isString, "a path to a kernel image (bzImage)"],
  initrd: [isString, "a path to an initramfs (cpio, optionally compressed)"],
  cmdline: [isString, "a string of extra kernel parameters"],
  memory: [isPositiveInt, "a positive integer (MiB)"],
  cpus: [isPositiveInt, "a positive integer"],
  modules: [isString, "a path to the directory `make modules_install INSTALL_MOD_PATH=DIR` installed into"],
  rootfs: [isString, "a path to a root filesystem: a directory or a raw filesystem image"],
};

export function loadConfig(suiteRoot: string): Config {
  const file = path.resolve(suiteRoot, CONFIG_FILE);
  if (!existsSync(file)) return { profiles: {} };
  let raw: Record<string, unknown>;
  try {
    raw = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? `:${error.line}` : "";
    throw new ProviumError(`${file}${where}: ${(error as Error).message.split("\n")[0]}`);
  }
  const fail = (key: string, what: string) => new ProviumError(`${file}: ${key} ${what}`);
  const profiles: Record<string, ProfileConfig> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "profiles") throw fail(key, "is not a known setting (known: profiles)");
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
      for (const key of ["kernel", "initrd", "modules", "rootfs"] as const)
        if (typeof profile[key] === "string") profile[key] = path.resolve(path.dirname(file), profile[key] as string);
      profiles[name] = profile as ProfileConfig;
    }
  }
  return { file, profiles };
}
