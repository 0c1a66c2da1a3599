// The documentation's examples must work: every `lua runnable` block of
// docs/*.md and README.md (see test/support/doc-blocks.ts) runs in one
// `provium run` on real guests, which must pass.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { allBlocks, ROOT } from "../support/doc-blocks.ts";

test("every runnable example in the docs passes", { timeout: 15 * 60_000 }, async () => {
  const blocks = allBlocks();
  const suite = mkdtempSync(path.join(tmpdir(), "provium-docs-"));
  try {
    const expected: string[] = [];
    const counters = new Map<string, number>();
    for (const block of blocks) {
      if (block.fixture) {
        mkdirSync(path.join(suite, "fixtures"), { recursive: true });
        writeFileSync(path.join(suite, "fixtures", `${block.fixture}.lua`), block.code);
        continue;
      }
      const n = (counters.get(block.doc) ?? 0) + 1;
      counters.set(block.doc, n);
      const file = path.join(suite, `${block.doc}-${n}.test.lua`);
      writeFileSync(file, `-- from ${block.where}\n${block.code}`);
      expected.push(file);
    }
    const cli = await execa("node", ["--import", "tsx", "src/cli/main.ts", "run", suite, "--artifacts", path.join(suite, "results")], { cwd: ROOT, reject: false, all: true });
    const output = cli.all ?? "";
    assert.equal(cli.exitCode, 0, `provium run failed on the docs' examples:\n${output}`);
    const passed = [...output.matchAll(/^PASS (\S+)/gm)].map((m) => path.resolve(ROOT, m[1]!)).sort();
    assert.deepEqual(passed, expected.sort(), `every runnable block is reported as one passing file:\n${output}`);
    assert.match(output, new RegExp(`^\\d+ passed, 0 failed, \\d+ skipped$`, "m"));
  } finally {
    rmSync(suite, { recursive: true, force: true });
  }
});
