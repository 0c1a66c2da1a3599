// Kernel selftests *installed* as kernel CI installs them, from the
// distribution's kernel source (the tarball `npm test`'s pretest installs):
// `make headers`, then `make -C tools/testing/selftests TARGETS=… install
// INSTALL_PATH=DIR`. DIR holds the kernel's own runner (run_kselftest.sh,
// kselftest/runner.sh), kselftest-list.txt and one directory per collection
// with its binaries, scripts and `settings`: dynamically linked against the
// host's libc, so for a guest of the host's distribution (`distro`).
// Cached in $PROVIUM_HOME/kselftest-install/<source>-<recipe hash>/.
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { cachedEntry, type CachePolicy } from "../../src/host/cache.ts";
import { tryRun } from "../../src/util/proc.ts";
import { proviumHome } from "../../src/util/home.ts";
import { extractSource, sourceTarball } from "./own-kernel.ts";

/**
 * The collections test/guest/kselftest-runner.test.ts runs: kcmp (writes its
 * scratch file into its own directory), timens (seven binaries), core (the
 * kselftest_harness.h style of output), sysctl (a shell script that skips
 * without the test_sysctl module). Each passes or skips under TCG in seconds.
 */
export const RUNNER_COLLECTIONS = ["kcmp", "timens", "core", "sysctl"];

/** The kernel's name of this machine's architecture (arch/<it> in the tree). */
function srcArch(): string {
  const arch = { x64: "x86", arm64: "arm64" }[process.arch as string];
  if (!arch) throw new Error(`installing kselftests: no kernel architecture known for this host (${process.arch})`);
  return arch;
}

/**
 * What `make headers` and most selftests read: a fraction of the tree (the
 * whole is 1.5 GB; this is ~140 MB, though tar still decompresses it all).
 */
const sourceMembers = () => ["Makefile", "scripts", "include", `arch/${srcArch()}`, "tools", "usr"];

/** A test in kselftest-list.txt: collection and the file run_kselftest.sh runs in its directory. */
export interface ListedTest {
  collection: string;
  test: string;
}

/** The tests an installed tree's kselftest-list.txt names, in its order. */
export function listedTests(dir: string): ListedTest[] {
  return readFileSync(path.join(dir, "kselftest-list.txt"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return { collection: line.slice(0, colon), test: line.slice(colon + 1) };
    });
}

/** Trees of other collections stay until they take more than this (one is a few MiB). */
const POLICY: CachePolicy = { maxBytes: 512 * 1024 * 1024 };

/**
 * The installed tree of `collections` (built on first use: ~30 s for a few
 * small ones, most of it unpacking the source), marked used.
 */
export async function installKselftests(collections: string[]): Promise<string> {
  if (collections.length === 0) throw new Error("installing kselftests: no collection named");
  const { tarball, version } = await sourceTarball();
  const recipe = JSON.stringify({ members: sourceMembers(), collections });
  const hash = createHash("sha256").update(recipe).digest("hex").slice(0, 12);
  return cachedEntry(path.join(proviumHome(), "kselftest-install"), `${version}-${hash}`, (out) => install(tarball, collections, out), POLICY);
}

async function install(tarball: string, collections: string[], out: string): Promise<void> {
  const tree = mkdtempSync(path.join(tmpdir(), "provium-kselftest-install-"));
  try {
    await extractSource(tarball, tree, sourceMembers());
    const selftests = path.join(tree, "tools/testing/selftests");
    const unknown = collections.filter((c) => !existsSync(path.join(selftests, c, "Makefile")));
    if (unknown.length) throw new Error(`no kselftest collection ${unknown.map((c) => `'${c}'`).join(", ")} in ${path.basename(tarball)} (tools/testing/selftests/<collection>/Makefile)`);
    const jobs = `-j${availableParallelism()}`;
    await make("the kernel's UAPI headers", ["-C", tree, jobs, "headers"]);
    // FORCE_TARGETS: without it, make succeeds when any one collection builds.
    await make(`kselftest collections ${collections.join(", ")}`, [
      "-C", selftests, jobs, `TARGETS=${collections.join(" ")}`, "FORCE_TARGETS=1", "install", `INSTALL_PATH=${out}`,
    ]);
    checkInstalled(out, collections);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** Runs make; a failure shows make's last lines (the compiler's error is rarely the very last). */
async function make(what: string, args: string[]): Promise<void> {
  const r = await tryRun("make", args);
  if (r.ok) return;
  const tail = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => l.trim()).slice(-15).join("\n  ");
  throw new Error(`building ${what} failed (make ${args.join(" ")}):\n  ${tail}`);
}

/** Every collection is listed, and every test the list names is there to run. */
function checkInstalled(out: string, collections: string[]): void {
  const listed = listedTests(out);
  for (const collection of collections) {
    const tests = listed.filter((t) => t.collection === collection);
    if (tests.length === 0) throw new Error(`kselftest collection '${collection}' installed no tests (${path.join(out, "kselftest-list.txt")} does not list it)`);
    for (const { test } of tests) {
      const file = path.join(out, collection, test);
      try {
        accessSync(file, constants.R_OK);
      } catch {
        throw new Error(`kselftest ${collection}:${test} is listed but was not installed (no ${file})`);
      }
    }
  }
}
