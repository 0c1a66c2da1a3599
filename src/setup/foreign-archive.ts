// Packages of another architecture than the host's (an arm64 kernel and
// busybox on an x86-64 machine), looked up and downloaded with an apt of
// setup's own: its sources, lists and cache live under $PROVIUM_HOME, so
// nothing needs root and the host's apt is left as it was (no `dpkg
// --add-architecture`, whose extra lists every later `apt-get update` of the
// machine would fetch). Nothing is installed: the packages are unpacked.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseShow, type PackageArchive, type PackageInfo } from "./apt.ts";
import { SetupError } from "./errors.ts";
import { exists } from "./files.ts";
import type { OsRelease } from "./os-release.ts";
import { run, tryRun } from "./proc.ts";

/** Lists older than this are fetched again before a lookup (an archive drops superseded kernels). */
const LISTS_MAX_AGE_MS = 24 * 3600 * 1000;

/** The archive of the host's distribution and release for debianArch, as sources.list lines. */
export function foreignSources(os: OsRelease, debianArch: string): string {
  const ids = [os.ID ?? "", ...(os.ID_LIKE ?? "").split(/\s+/)];
  const suite = os.VERSION_CODENAME || os.UBUNTU_CODENAME;
  const name = os.PRETTY_NAME ?? os.ID ?? "this distribution";
  if (!suite) throw new SetupError(`no release code name in /etc/os-release (VERSION_CODENAME) of ${name}`, "setup fetches another architecture's packages from the host's release by its code name");
  const line = (keyring: string, uri: string, suites: string[], components: string) =>
    suites.map((s) => `deb [arch=${debianArch} signed-by=${keyring}] ${uri} ${s} ${components}\n`).join("");
  if (ids.includes("ubuntu")) {
    const keyring = "/usr/share/keyrings/ubuntu-archive-keyring.gpg";
    // Ubuntu keeps amd64 and i386 on its main archive and every other architecture on ports.
    const ports = !["amd64", "i386"].includes(debianArch);
    const [main, security] = ports ? ["http://ports.ubuntu.com/ubuntu-ports", "http://ports.ubuntu.com/ubuntu-ports"] : ["http://archive.ubuntu.com/ubuntu", "http://security.ubuntu.com/ubuntu"];
    return line(keyring, main, [suite, `${suite}-updates`], "main universe") + line(keyring, security, [`${suite}-security`], "main universe");
  }
  if (ids.includes("debian")) {
    const keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
    return line(keyring, "http://deb.debian.org/debian", [suite, `${suite}-updates`], "main") + line(keyring, "http://deb.debian.org/debian-security", [`${suite}-security`], "main");
  }
  throw new SetupError(`no package archive known for ${name}`, "setup supports Debian and Ubuntu hosts");
}

export class ForeignArchive implements PackageArchive {
  readonly aptOptions: string[];
  private updated = false;

  /** dir: setup's apt state for this architecture (made on first use). */
  constructor(
    private readonly dir: string,
    readonly debianArch: string,
    private readonly sources: string,
  ) {
    this.aptOptions = [
      "-o", `APT::Architecture=${debianArch}`,
      "-o", `APT::Architectures::=${debianArch}`,
      "-o", `Dir::Etc::SourceList=${join(dir, "sources.list")}`,
      "-o", `Dir::Etc::SourceParts=${join(dir, "sources.list.d")}`,
      "-o", `Dir::State::Lists=${join(dir, "lists")}`,
      "-o", `Dir::State::status=${join(dir, "status")}`,
      "-o", `Dir::Cache=${join(dir, "cache")}`,
      // the state is setup's alone; as root, apt would fetch as _apt, which cannot write here
      "-o", "Debug::NoLocking=1",
      ...(process.getuid?.() === 0 ? ["-o", "APT::Sandbox::User=root"] : []),
    ];
  }

  private async prepare(): Promise<void> {
    for (const sub of ["lists/partial", "cache/archives/partial", "sources.list.d"]) await mkdir(join(this.dir, sub), { recursive: true });
    await writeFile(join(this.dir, "sources.list"), this.sources);
    if (!(await exists(join(this.dir, "status")))) await writeFile(join(this.dir, "status"), "");
    const keyring = /signed-by=(\S+?)\]/.exec(this.sources)?.[1];
    if (keyring && !(await exists(keyring)))
      throw new SetupError(`the archive's keyring ${keyring} is missing`, `install it (apt-get install ${keyring.replace(/^.*\/(.*)\.gpg$/, "$1")}), then re-run setup`);
  }

  async update(): Promise<void> {
    await this.prepare();
    await run("apt-get", [...this.aptOptions, "update"], {
      hint: `check that this machine reaches the archive (${join(this.dir, "sources.list")}), then re-run setup`,
    });
    this.updated = true;
  }

  async show(pkgs: string[]): Promise<Map<string, PackageInfo>> {
    const r = await tryRun("apt-cache", [...this.aptOptions, "show", "--no-all-versions", ...pkgs]);
    return parseShow(r.stdout);
  }

  /** Fetches the lists first when they are missing, a day old, or do not know pkgs[0]. */
  async showAfterUpdate(pkgs: string[]): Promise<Map<string, PackageInfo>> {
    const listed = await stat(join(this.dir, "lists")).catch(() => undefined);
    if (!this.updated && (!listed || Date.now() - listed.mtimeMs > LISTS_MAX_AGE_MS)) await this.update();
    const found = await this.show(pkgs);
    if (found.has(pkgs[0] ?? "") || this.updated) return found;
    await this.update();
    return this.show(pkgs);
  }
}
