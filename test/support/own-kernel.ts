// A kernel of our own build, as a kernel developer's would be: the
// distribution's kernel source (through its `linux-source` metapackage),
// `make tinyconfig` plus kernel/provium-guest.config — virtio built in — and
// test/kernel/kunit.config: KUnit built in (off unless kunit.enable=1), with
// suites built in and as modules (the kernel's own and test/kernel/provium-kunit/,
// added to the tree as lib/provium-kunit/), its modules installed as `make
// modules_install` does. Built once by `npm test`'s pretest step (~5 min on
// two cores) and kept in $PROVIUM_HOME/test-kernel/<source>-<inputs hash>/
// (older builds go once a new one is made, unless used in the last hour).
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cachedEntry, keepMarked, NEWEST_ONLY } from "../../src/host/cache.ts";
import { run, tryRun } from "../../src/setup/proc.ts";
import { proviumHome } from "../../src/util/home.ts";

export const FRAGMENT = path.resolve("kernel/provium-guest.config");
export const KUNIT_FRAGMENT = path.resolve("test/kernel/kunit.config");
/** The test kernel's own KUnit suites: lib/provium-kunit/ in the tree. */
export const KUNIT_SUITES = path.resolve("test/kernel/provium-kunit");

export interface OwnKernel {
  bzImage: string;
  /** `make kernelrelease`, what the guest's /proc/sys/kernel/osrelease says. */
  release: string;
  /** The INSTALL_MOD_PATH of its `make modules_install` (--modules). */
  modules: string;
}

/** The installed kernel source tarball: the package behind `linux-source`, and the tarball it ships. */
export async function sourceTarball(): Promise<{ tarball: string; version: string }> {
  const meta = await tryRun("dpkg-query", ["-W", "-f=${Depends}", "linux-source"]);
  const pkg = /^(linux-source-[\w.+-]+)/.exec(meta.stdout.trim())?.[1];
  if (!pkg) throw new Error("the linux-source package is not installed: run `npm test` (its pretest step installs it)");
  const version = (await run("dpkg-query", ["-W", "-f=${Version}", pkg])).stdout.trim();
  const files = (await run("dpkg", ["-L", pkg])).stdout.split("\n");
  const tarball = files.find((f) => /\/linux-source-[^/]+\.tar\.(xz|bz2|gz)$/.test(f));
  if (!tarball) throw new Error(`${pkg} ships no linux-source-*.tar.* file`);
  return { tarball, version: `${pkg}_${version}` };
}

/**
 * Unpacks the tarball's top directory into `into` (which becomes the kernel
 * tree's root); only `members` (paths in the tree: files or directories) when given.
 */
export async function extractSource(tarball: string, into: string, members: string[] = []): Promise<void> {
  const top = path.basename(tarball).replace(/\.tar\.\w+$/, "");
  await run("tar", ["-xf", tarball, "-C", into, "--strip-components=1", ...members.map((m) => `${top}/${m}`)]);
}

function cacheRoot(): string {
  return path.join(proviumHome(), "test-kernel");
}

/** The cache entry's name: the source, and the config fragments and suites it was built from. */
function entryName(version: string): string {
  const hash = createHash("sha256");
  for (const file of [FRAGMENT, KUNIT_FRAGMENT, ...readdirSync(KUNIT_SUITES).sort().map((name) => path.join(KUNIT_SUITES, name))]) hash.update(file).update(readFileSync(file));
  return `${version}-${hash.digest("hex").slice(0, 12)}`;
}

/** The built kernel (marked used), or an error that says how to build it. */
export async function ownKernel(): Promise<OwnKernel> {
  const dir = path.join(cacheRoot(), entryName((await sourceTarball()).version));
  const bzImage = path.join(dir, "bzImage");
  if (!(await keepMarked(dir)) || !existsSync(bzImage)) throw new Error(`no test kernel at ${bzImage}: run \`npm test\` (its pretest step builds it)`);
  return { bzImage, release: readFileSync(path.join(dir, "kernelrelease"), "utf8").trim(), modules: path.join(dir, "modules") };
}

/** Builds the kernel unless the cache has it; returns what it did. */
export async function buildOwnKernel(): Promise<string> {
  const { tarball, version } = await sourceTarball();
  let release = "";
  const dir = await cachedEntry(cacheRoot(), entryName(version), async (out) => void (release = await build(tarball, out)), NEWEST_ONLY);
  return release ? `built ${release} from ${path.basename(tarball)} into ${dir}` : `up to date (${dir})`;
}

/** Builds into out (config, kernelrelease, bzImage, modules/); returns the release. */
async function build(tarball: string, out: string): Promise<string> {
  const tree = path.join(out, "tree"); // ~1 GiB of sources and objects: inside the temp entry, so a failed build's goes with it
  mkdirSync(tree, { recursive: true });
  await extractSource(tarball, tree);
  cpSync(KUNIT_SUITES, path.join(tree, "lib/provium-kunit"), { recursive: true });
  appendFileSync(path.join(tree, "lib/Makefile"), "obj-y += provium-kunit/\n");
  const make = (...args: string[]) => run("make", ["-C", tree, ...args]);
  await make("tinyconfig");
  await run(path.join(tree, "scripts/kconfig/merge_config.sh"), ["-m", "-O", tree, path.join(tree, ".config"), FRAGMENT, KUNIT_FRAGMENT], { cwd: tree });
  await make("olddefconfig");
  assertConfigHas(readFileSync(path.join(tree, ".config"), "utf8"));
  await make(`-j${availableParallelism()}`, "bzImage", "modules");
  const modules = path.join(out, "modules");
  await make("modules_install", `INSTALL_MOD_PATH=${modules}`);
  const release = (await make("-s", "kernelrelease")).stdout.trim();
  // They point into the tree, which goes.
  for (const link of ["build", "source"]) rmSync(path.join(modules, "lib/modules", release, link), { force: true });
  copyFileSync(path.join(tree, ".config"), path.join(out, "config"));
  writeFileSync(path.join(out, "kernelrelease"), `${release}\n`);
  copyFileSync(path.join(tree, "arch/x86/boot/bzImage"), path.join(out, "bzImage"));
  rmSync(tree, { recursive: true, force: true });
  return release;
}

/** Every option the fragments set (or unset) must have survived olddefconfig (a missing dependency drops it silently). */
function assertConfigHas(config: string): void {
  const lines = config.split("\n");
  const kept = (line: string) => {
    const unset = /^# (CONFIG_\w+) is not set$/.exec(line)?.[1];
    return unset ? !lines.some((l) => l.startsWith(`${unset}=`)) : lines.includes(line);
  };
  for (const fragment of [FRAGMENT, KUNIT_FRAGMENT]) {
    const wanted = readFileSync(fragment, "utf8").split("\n").filter((line) => /^CONFIG_\w+=[ym]$|^# CONFIG_\w+ is not set$/.test(line));
    const dropped = wanted.filter((line) => !kept(line));
    if (dropped.length) throw new Error(`${fragment}: olddefconfig dropped ${dropped.join(", ")} (an unmet dependency)`);
  }
}
