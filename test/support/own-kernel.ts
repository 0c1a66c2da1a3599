// A kernel of our own build, as a kernel developer's would be: the
// distribution's kernel source (through its `linux-source` metapackage),
// `make tinyconfig` plus kernel/provium-guest.config — virtio built in, no
// module support at all. Built once by `npm test`'s pretest step (~3 min on
// two cores) and kept in $PROVIUM_HOME/test-kernel/<source>-<config hash>/
// (older builds go once a new one is made, unless used in the last hour).
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cachedEntry, keepMarked, NEWEST_ONLY } from "../../src/host/cache.ts";
import { run, tryRun } from "../../src/setup/proc.ts";
import { proviumHome } from "../../src/util/home.ts";

export const FRAGMENT = path.resolve("kernel/provium-guest.config");

export interface OwnKernel {
  bzImage: string;
  /** `make kernelrelease`, what the guest's /proc/sys/kernel/osrelease says. */
  release: string;
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

/** The cache entry's name: the source and the config fragment it was built from. */
function entryName(version: string): string {
  const config = createHash("sha256").update(readFileSync(FRAGMENT)).digest("hex").slice(0, 12);
  return `${version}-${config}`;
}

/** The built kernel (marked used), or an error that says how to build it. */
export async function ownKernel(): Promise<OwnKernel> {
  const dir = path.join(cacheRoot(), entryName((await sourceTarball()).version));
  const bzImage = path.join(dir, "bzImage");
  if (!(await keepMarked(dir)) || !existsSync(bzImage)) throw new Error(`no test kernel at ${bzImage}: run \`npm test\` (its pretest step builds it)`);
  return { bzImage, release: readFileSync(path.join(dir, "kernelrelease"), "utf8").trim() };
}

/** Builds the kernel unless the cache has it; returns what it did. */
export async function buildOwnKernel(): Promise<string> {
  const { tarball, version } = await sourceTarball();
  let release = "";
  const dir = await cachedEntry(cacheRoot(), entryName(version), async (out) => void (release = await build(tarball, out)), NEWEST_ONLY);
  return release ? `built ${release} from ${path.basename(tarball)} into ${dir}` : `up to date (${dir})`;
}

/** Builds into out (config, kernelrelease, bzImage); returns the release. */
async function build(tarball: string, out: string): Promise<string> {
  const tree = path.join(out, "tree"); // ~1 GiB of sources and objects: inside the temp entry, so a failed build's goes with it
  mkdirSync(tree, { recursive: true });
  await extractSource(tarball, tree);
  const make = (...args: string[]) => run("make", ["-C", tree, ...args]);
  await make("tinyconfig");
  await run(path.join(tree, "scripts/kconfig/merge_config.sh"), ["-m", "-O", tree, path.join(tree, ".config"), FRAGMENT], { cwd: tree });
  await make("olddefconfig");
  assertConfigHas(readFileSync(path.join(tree, ".config"), "utf8"));
  await make(`-j${availableParallelism()}`, "bzImage");
  const release = (await make("-s", "kernelrelease")).stdout.trim();
  copyFileSync(path.join(tree, ".config"), path.join(out, "config"));
  writeFileSync(path.join(out, "kernelrelease"), `${release}\n`);
  copyFileSync(path.join(tree, "arch/x86/boot/bzImage"), path.join(out, "bzImage"));
  rmSync(tree, { recursive: true, force: true });
  return release;
}

/** Every option the fragment sets must have survived olddefconfig (a missing dependency drops it silently). */
function assertConfigHas(config: string): void {
  const wanted = readFileSync(FRAGMENT, "utf8").split("\n").filter((line) => /^CONFIG_\w+=y$/.test(line));
  const dropped = wanted.filter((line) => !config.split("\n").includes(line));
  if (dropped.length) throw new Error(`${FRAGMENT}: olddefconfig dropped ${dropped.join(", ")} (an unmet dependency)`);
}
