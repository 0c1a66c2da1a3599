// A base image that cannot be made is a clear message naming the step and
// what to do, and leaves nothing behind: no image under the stand-in's tag,
// no scratch directory.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { test } from "node:test";
import { tryRun } from "../../src/util/proc.ts";
import { findEngine } from "../support/container-engine.ts";
import { STAND_IN_RECIPE, standInBase, standInTag } from "../support/container-base.ts";

const engine = await findEngine();
const scratch = () => readdirSync(tmpdir()).filter((name) => name.startsWith("provium-base-")).sort();

test("a Debian mirror that does not answer: the step, apt's reason and what to do", async () => {
  // Nothing listens on the discard port of loopback: refused at once, on every host.
  const recipe = { ...STAND_IN_RECIPE, mirror: "http://127.0.0.1:9/debian" };
  const before = scratch();
  await assert.rejects(standInBase(engine, recipe), (error: Error) => {
    assert.equal(error.name, "BaseImageError");
    assert.match(
      error.message,
      /^cannot make the base image: mmdebstrap of Debian bookworm from http:\/\/127\.0\.0\.1:9\/debian failed \(Failed to fetch http:\/\/127\.0\.0\.1:9\/debian\/.*Connection refused.*\) — check that this machine reaches http:\/\/127\.0\.0\.1:9\/debian, or give the engine the Dockerfile's base image yourself \(pull or load it\)$/,
    );
    return true;
  });
  assert.equal((await tryRun(engine.binary, ["image", "inspect", standInTag(recipe)])).ok, false, "no image under the stand-in's tag");
  assert.deepEqual(scratch(), before, "the scratch directory is removed");
});
