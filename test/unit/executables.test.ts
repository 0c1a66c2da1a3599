// findExecutable remembers where it found a command, not that it found none:
// setup and the container tier install what is missing, then look again.
import assert from "node:assert/strict";
import { chmodSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, test } from "node:test";
import { findExecutable } from "../../src/util/executables.ts";
import { tempDir } from "../support/temp.ts";

const savedPath = process.env.PATH;
afterEach(() => (process.env.PATH = savedPath));

test("a command installed after a lookup that missed it is found", () => {
  const bin = tempDir();
  process.env.PATH = bin;
  assert.equal(findExecutable("provium-late-tool"), undefined);
  const tool = path.join(bin, "provium-late-tool");
  writeFileSync(tool, "#!/bin/sh\n");
  chmodSync(tool, 0o755);
  assert.equal(findExecutable("provium-late-tool"), tool);
});
