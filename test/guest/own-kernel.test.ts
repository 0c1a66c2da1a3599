// Testing one's own kernel, the way the docs tell it: a kernel built from
// kernel/provium-guest.config (by the pretest step) boots under
// `provium run --kernel`, with no modules, fixtures included.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cli } from "../support/cli.ts";
import { ownKernel } from "../support/own-kernel.ts";

test("a kernel built from kernel/provium-guest.config runs the whole API, fixtures included", async () => {
  const kernel = await ownKernel();
  const r = await cli(["run", "test/lua-suites/own-kernel", "--kernel", kernel.bzImage], { PROVIUM_TEST_KERNEL_RELEASE: kernel.release });
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^6 passed, 0 failed, 0 skipped$/m);
});
