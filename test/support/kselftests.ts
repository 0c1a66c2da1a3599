// Kernel selftests built from the distribution's kernel source (the tarball
// `npm test`'s pretest installs) by examples/kselftest/build.sh, cached in
// $PROVIUM_HOME/kselftests/<source>-<build.sh hash>/ as <dir>/<name>.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cachedEntry, NEWEST_ONLY } from "../../src/host/cache.ts";
import { run } from "../../src/setup/proc.ts";
import { proviumHome } from "../../src/util/home.ts";
import { extractSource, sourceTarball } from "./own-kernel.ts";

export const BUILD_SCRIPT = path.resolve("examples/kselftest/build.sh");

/** The selftest directories build.sh compiles from (what to extract from the tarball). */
function sourceDirs(): string[] {
  const script = readFileSync(BUILD_SCRIPT, "utf8");
  return [...new Set([...script.matchAll(/^build (\S+) /gm)].map((m) => m[1]!.split("/")[0]!))];
}

/** Every built test as <dir>/<name>, sorted. */
export function builtTests(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative))
    .flatMap((name) => {
      const entry = relative ? `${relative}/${name}` : name;
      return statSync(path.join(dir, entry)).isDirectory() ? builtTests(dir, entry) : [entry];
    })
    .sort();
}

/** The directory of built selftests; built on first use (older builds then go, unless used in the last hour). */
export async function buildKselftests(): Promise<string> {
  const { tarball, version } = await sourceTarball();
  const scriptHash = createHash("sha256").update(readFileSync(BUILD_SCRIPT)).digest("hex").slice(0, 12);
  return cachedEntry(path.join(proviumHome(), "kselftests"), `${version}-${scriptHash}`, (out) => build(tarball, out), NEWEST_ONLY);
}

async function build(tarball: string, out: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "provium-kselftests-"));
  try {
    const selftests = "tools/testing/selftests";
    await extractSource(tarball, work, [`${selftests}/kselftest.h`, ...sourceDirs().map((d) => `${selftests}/${d}`)]);
    await run("sh", [BUILD_SCRIPT, path.join(work, selftests), out]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
