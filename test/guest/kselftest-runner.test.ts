// The kernel's own kselftest runner on the distro guest: collections built and
// installed from the distribution's kernel source (`make headers`, then
// selftests' `make install`), the tree brought in writable, and
// `run_kselftest.sh -c <collection>` under vm:ktap
// (test/lua-suites/kselftest-runner). Each binary is a sub-result whose log
// is what that binary printed — the runner writes it with `>> /dev/stdout` —
// as the same binary run by itself prints it; kcmp passes; the host's tree is
// unchanged.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import type { JsonReport, JsonTest } from "../../src/report/json.ts";
import { cli } from "../support/cli.ts";
import { installKselftests, listedTests, RUNNER_COLLECTIONS } from "../support/kselftest-install.ts";
import { tempDir } from "../support/temp.ts";
import { treeDigest } from "../support/tree-digest.ts";

let tree: string;
before(async () => (tree = await installKselftests(RUNNER_COLLECTIONS)), { timeout: 10 * 60_000 });

/** Lines as a sub-result's log holds them, numbers masked: a pid or a time differs from one run to the next. */
const comparable = (lines: string[]) => lines.map((line) => line.trimEnd().replace(/\d+/g, "N"));

/** What each binary printed when the Lua suite ran it by itself (its JSON log lines). */
function ownOutputs(head: JsonTest): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const line of head.logs.filter((l) => l.startsWith("{"))) {
    const { test, output } = JSON.parse(line) as { test: string; output: string };
    outputs.set(test, output);
  }
  return outputs;
}

test("run_kselftest.sh -c: each binary's sub-result holds its own output, kcmp passes, the host tree is unchanged", { timeout: 10 * 60_000 }, async () => {
  const digest = treeDigest(tree);
  const out = tempDir();
  const r = await cli(["run", "test/lua-suites/kselftest-runner", "--json", `${out}/results.json`], {
    KSELFTEST_TREE: tree,
    KSELFTEST_COLLECTIONS: RUNNER_COLLECTIONS.join(" "),
  });
  assert.equal(r.exitCode, 0, r.all);
  const tests = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport).files.flatMap((f) => f.tests);
  const sub = (group: string, test: string, name: string) => tests.find((t) => t.subtest?.test === test && t.subtest.path.join(" › ") === `${group} › ${name}`);

  for (const collection of RUNNER_COLLECTIONS) {
    const head = tests.find((t) => t.name === collection && !t.subtest)!;
    const own = ownOutputs(head);
    const listed = listedTests(tree).filter((t) => t.collection === collection);
    assert.deepEqual([...own.keys()], listed.map((t) => t.test), `${collection}: every listed test was run by itself too`);
    for (const { test } of listed) {
      const header = `selftests: ${collection}: ${test}`;
      const result = sub(collection, collection, header);
      assert.ok(result, `${collection}: a sub-result for ${test}`);
      assert.equal(result.logs[0], header, `${header}: the log starts with the runner's line naming it`);
      const printed = own.get(test)!;
      assert.ok(printed.trim(), `${header}: the binary prints something of its own`);
      assert.deepEqual(comparable(result.logs.slice(1)), comparable(printed.replace(/\n$/, "").split("\n")), `${header}: its log is what it prints`);
    }
  }
  assert.equal(sub("kcmp", "kcmp passes, writing its scratch file in its own directory", "selftests: kcmp: kcmp_test")?.status, "passed");
  // The control: without /dev/stdout, only the runner's own line is left of what kcmp_test printed.
  const lost = sub("kcmp without /dev/stdout", "without /dev/stdout the runner loses what each binary printed", "selftests: kcmp: kcmp_test");
  assert.deepEqual(lost?.logs, ["selftests: kcmp: kcmp_test"]);
  assert.equal(treeDigest(tree), digest, "the guest's writes (kcmp's scratch file) never reach the host's tree");
});
