// What programs expect of a booted Linux, in the minimal and distro guests and
// in a VM resumed from a fixture (test/lua-suites/guest-environment): output
// through /dev/stdout and /dev/stderr, the /dev links and API filesystems, a
// root login's environment, writable scratch places, a hostname and lo up.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cli } from "../support/cli.ts";

test("/dev/stdout and the rest of a booted system's userspace, in every kind of guest", async () => {
  const r = await cli(["run", "test/lua-suites/guest-environment"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^3 passed, 0 failed, 0 skipped$/m);
});
