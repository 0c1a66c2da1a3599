// The kernel's own KTAP parser, kunit_tool (tools/testing/kunit of the
// distribution's kernel source, the tarball `npm test`'s pretest installs),
// extracted once into $PROVIUM_HOME/kunit-tool/<source>/, with the logs it is
// tested on (test_data/). kunitToolTree runs `kunit.py parse`'s own steps
// (kunit-tool-tree.py) and returns the Test tree it builds.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cachedEntry, NEWEST_ONLY } from "../../src/host/cache.ts";
import { run } from "../../src/setup/proc.ts";
import { proviumHome } from "../../src/util/home.ts";
import { extractSource, sourceTarball } from "./own-kernel.ts";
import { tempDir } from "./temp.ts";

const TREE_SCRIPT = path.resolve("test/support/kunit-tool-tree.py");

/** kunit_parser.TestStatus. */
export type KunitToolStatus = "SUCCESS" | "FAILURE" | "SKIPPED" | "TEST_CRASHED" | "NO_TESTS" | "FAILURE_TO_PARSE_TESTS";

export interface KunitToolTest {
  name: string;
  status: KunitToolStatus;
  /** Errors kunit_tool reported on this test itself ("missing expected subtest!", "0 tests run!"). */
  errors: number;
  /** Its own and its subtests' errors. */
  errors_below: number;
  subtests: KunitToolTest[];
}

const KUNIT_TOOL = "tools/testing/kunit";

/** The directory tools/testing/kunit, extracted on first use. */
export async function kunitTool(): Promise<string> {
  const { tarball, version } = await sourceTarball();
  const entry = await cachedEntry(path.join(proviumHome(), "kunit-tool"), `${version}-tree`, async (out) => {
    mkdirSync(out);
    await extractSource(tarball, out, [KUNIT_TOOL]);
  }, NEWEST_ONLY);
  return path.join(entry, KUNIT_TOOL);
}

/** The logs kunit_tool's own tests parse: name → text. */
export function kunitToolLogs(dir: string): Map<string, string> {
  const data = path.join(dir, "test_data");
  return new Map(
    readdirSync(data)
      .filter((name) => name.endsWith(".log"))
      .sort()
      .map((name) => [name, readFileSync(path.join(data, name), "latin1")]),
  );
}

/** What `kunit.py parse <log>` makes of each log: its main Test, and whether it succeeded (one Python for all). */
export async function kunitToolTrees(dir: string, logs: string[]): Promise<Map<string, { status: string; test: KunitToolTest }>> {
  const out = path.join(tempDir(), "trees.json");
  await run("python3", [TREE_SCRIPT, dir, out, ...logs]);
  return new Map(Object.entries(JSON.parse(readFileSync(out, "utf8")) as Record<string, { status: string; test: KunitToolTest }>));
}
