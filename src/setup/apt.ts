// apt/dpkg access shared by the steps: presence checks work as any user;
// changes (update, install) run as root, directly or through `sudo -n`.
// `apt-get update` runs at most once per setup.

import { SetupError } from "./errors.ts";
import { run, tryRun, type RunResult } from "./proc.ts";

const APT_ENV = { DEBIAN_FRONTEND: "noninteractive" };

export async function isInstalled(pkg: string): Promise<boolean> {
  const r = await tryRun("dpkg-query", ["-W", "-f=${Status}", pkg]);
  return r.ok && r.stdout.trim() === "install ok installed";
}

/**
 * Where setup looks up and downloads packages of one architecture: the host's
 * apt for its own (Apt), an apt of setup's own for another (ForeignArchive).
 */
export interface PackageArchive {
  /** apt-get options that make `apt-get download` fetch from this archive. */
  readonly aptOptions: string[];
  show(pkgs: string[]): Promise<Map<string, PackageInfo>>;
  showAfterUpdate(pkgs: string[]): Promise<Map<string, PackageInfo>>;
}

/** dpkg's architecture of this machine (amd64, arm64). */
export async function hostDebianArch(): Promise<string> {
  const r = await tryRun("dpkg", ["--print-architecture"]);
  if (!r.ok) throw new SetupError(`dpkg --print-architecture failed: ${r.why}`, "setup runs on Debian and Ubuntu hosts");
  return r.stdout.trim();
}

export class Apt implements PackageArchive {
  readonly aptOptions: string[] = [];
  private updated = false;
  private rootChecked = false;

  /** rerun: the command a hint tells the user to run again once they fixed things. */
  constructor(private readonly rerun = "npm run setup") {}

  /** [cmd, args] that runs `cmd args` as root, with DEBIAN_FRONTEND set. */
  async asRoot(cmd: string, args: string[], manual: string): Promise<[string, string[]]> {
    if (process.getuid?.() === 0) return [cmd, args];
    if (!this.rootChecked) {
      // -n: never prompt; setup must not hang waiting for a password.
      const probe = await tryRun("sudo", ["-n", "true"]);
      if (!probe.ok) {
        throw new SetupError("root is needed and `sudo -n` is not available", `run by hand: sudo ${manual} — then re-run ${this.rerun}`);
      }
      this.rootChecked = true;
    }
    // sudo resets the environment; pass DEBIAN_FRONTEND through env(1).
    return ["sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", cmd, ...args]];
  }

  /** Runs `cmd args` as root (see asRoot), the result captured. */
  async tryAsRoot(cmd: string, args: string[], manual = [cmd, ...args].join(" ")): Promise<RunResult> {
    const [file, argv] = await this.asRoot(cmd, args, manual);
    return tryRun(file, argv);
  }

  async update(): Promise<void> {
    if (this.updated) return;
    const [cmd, args] = await this.asRoot("apt-get", ["update"], "apt-get update");
    await run(cmd, args, { env: APT_ENV, hint: `check the network and /etc/apt/sources.list, then re-run ${this.rerun}` });
    this.updated = true;
  }

  async install(pkgs: string[]): Promise<void> {
    const manual = `apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
    // The man-db trigger rebuilds the whole man index after every install
    // (tens of seconds on CI); nothing here needs man pages.
    const [rmCmd, rmArgs] = await this.asRoot("rm", ["-f", "/var/lib/man-db/auto-update"], manual);
    await run(rmCmd, rmArgs);
    await this.update();
    const [cmd, args] = await this.asRoot(
      "apt-get",
      ["install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=120", ...pkgs],
      manual,
    );
    await run(cmd, args, { env: APT_ENV, hint: `run by hand: sudo ${manual}` });
  }

  /** Install those of `pkgs` not yet installed; returns the ones it installed. */
  async ensure(pkgs: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const p of pkgs) if (!(await isInstalled(p))) missing.push(p);
    if (missing.length > 0) await this.install(missing);
    return missing;
  }

  /**
   * Version apt would install and dependencies of each package it knows.
   * Several packages per call on purpose: without apt's binary cache (Docker
   * images disable it) every apt-cache call re-reads all lists, ~1 s.
   */
  async show(pkgs: string[]): Promise<Map<string, PackageInfo>> {
    // Exit status is 100 if any one is unknown; the others are still printed.
    const r = await tryRun("apt-cache", ["show", "--no-all-versions", ...pkgs]);
    return parseShow(r.stdout);
  }

  /** Like show(), running `apt-get update` once first if apt does not know pkgs[0]. */
  async showAfterUpdate(pkgs: string[]): Promise<Map<string, PackageInfo>> {
    const found = await this.show(pkgs);
    if (found.has(pkgs[0] ?? "") || this.updated) return found;
    await this.update();
    return this.show(pkgs);
  }
}

export interface PackageInfo {
  version: string;
  /** Pre-Depends then Depends, every alternative, in order. */
  depends: string[];
}

/** `apt-cache show` output (stanzas separated by blank lines) → package → info. */
export function parseShow(text: string): Map<string, PackageInfo> {
  const out = new Map<string, PackageInfo>();
  for (const stanza of text.split(/\n\s*\n/)) {
    const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(stanza)?.[1]?.trim();
    const pkg = field("Package");
    const version = field("Version");
    if (!pkg || !version || out.has(pkg)) continue;
    out.set(pkg, { version, depends: parseDepends(`${field("Pre-Depends") ?? ""},${field("Depends") ?? ""}`) });
  }
  return out;
}

/** A Depends field ("a (= 1), b | c, d:any") → package names, alternatives included, in order. */
export function parseDepends(field: string): string[] {
  return field
    .split(/[,|]/)
    .map((d) => d.trim().split(/[\s(:]/)[0] ?? "")
    .filter(Boolean);
}
