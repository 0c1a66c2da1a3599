// provium shell's and repl's options, checked before any VM starts; a shell
// or REPL without a terminal is refused at once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { validateDebugRequest } from "../../src/debug/request.ts";
import { cli } from "../support/cli.ts";

test("what a shell opens: a profile, a fixture or a bundle, never two of them", () => {
  assert.equal(validateDebugRequest({ fixture: "prepared", suite: "test/lua-suites/debug" }).fixture, "prepared");
  assert.match(validateDebugRequest({ snapshot: "kept.bundle" }).snapshot!, /\/kept\.bundle$/);
  assert.throws(() => validateDebugRequest({ fixture: "x", profile: "minimal" }), /either --fixture or the profile flags/);
  assert.throws(() => validateDebugRequest({ snapshot: "b", fixture: "x" }), /--snapshot reopens a kept VM as it was/);
  assert.throws(() => validateDebugRequest({ snapshot: "b", kernel: "bzImage" }), /with the kernel and images it carries: it takes no .*--kernel/);
  assert.equal(validateDebugRequest({ snapshot: "b", accel: "tcg", gdb: true }).run.gdb, true);
  assert.throws(() => validateDebugRequest({ snapshot: "b", arch: "arm64" }), /it takes no .*--arch \(it runs on its own architecture\)/);
  assert.deepEqual(validateDebugRequest({ fixture: "prepared", suite: "test/lua-suites/debug", arch: "aarch64" }).run.arches, ["arm64"]);
  assert.throws(() => validateDebugRequest({ arch: "x86_64,arm64" }), /^UsageError: a shell or REPL opens one VM: give one architecture \(--arch x86_64\), got 'x86_64,arm64'$/);
  assert.throws(() => validateDebugRequest({ arch: "sparc" }), /^UsageError: arch must be one of x86_64, arm64, got 'sparc'$/);
  assert.throws(() => validateDebugRequest({ fixture: "../etc" }), /--fixture must be a fixture's name/);
  assert.throws(() => validateDebugRequest({ suite: "no/such/dir" }), /--suite: .* is not a directory/);
  assert.throws(() => validateDebugRequest({ accel: "fast" }), /accel/);
  assert.throws(() => validateDebugRequest({ kernel: "no/such/bzImage" }), /kernel/);
});

test("no terminal: shell and repl refuse (shell -c does not need one), exit 2", async () => {
  for (const command of ["shell", "repl"]) {
    const r = await cli([command]);
    assert.equal(r.exitCode, 2, r.all);
    assert.match(r.stderr, new RegExp(`provium ${command} is interactive and stdin or stdout is not a terminal`));
  }
  const r = await cli(["shell", "ls"]);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /unexpected argument 'ls' \(a command goes after -c/);
});
