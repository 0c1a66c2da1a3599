// dist/ is what the action and the published CLI run: it must be the
// build of the sources as committed (the check-dist workflow does the same).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { tempDir } from "../support/temp.ts";

test("dist/ matches a fresh build", async () => {
  const fresh = tempDir();
  await execa("node", ["scripts/build.mjs", fresh]);
  assert.deepEqual(readdirSync(fresh).sort(), readdirSync("dist").sort());
  for (const file of readdirSync(fresh)) {
    const same = readFileSync(path.join(fresh, file)).equals(readFileSync(path.join("dist", file)));
    assert.ok(same, `dist/${file} is stale: run \`npm run build\` and commit dist/`);
  }
});
