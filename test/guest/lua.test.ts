// The Lua engine and test framework with real guests, on real suites
// (test/lua-suites and examples/); without guests: test/unit/lua.test.ts.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import type { TestResult } from "../../src/engine/results.ts";
import { cli } from "../support/cli.ts";
import { byName, suiteFileRunner } from "../support/lua-files.ts";
import { tempDir } from "../support/temp.ts";

const run = suiteFileRunner();

test("a kernel WARNING on the console fails the test that was running, unless it allows them", async () => {
  const tests = byName(await run("engine/kernel-health.test.lua"));
  const warned = tests.get("a kernel WARNING while the test runs fails it")!;
  assert.equal(warned.status, "failed");
  assert.match(
    warned.failure!.message,
    /^the guest kernel reported a problem while this test ran: \[minimal-\d+\] WARNING: CPU: 0 PID: 1 at fs\/provium.c:1 first\+0x0\/0x1 \(if the test expects it: test\(name, \{ allow_kernel_warnings = true \}, fn\)\)$/,
  );
  assert.equal(warned.failure!.line, 14, "at the test's line");
  const boot = tests.get("kernel-health (top level)")!;
  assert.equal(boot.status, "failed", "a warning while the file's top level ran is reported on its own");
  assert.match(boot.failure!.message, /^the guest kernel reported a problem while the file's top level ran: \[minimal-\d+\] WARNING: .* boot\+0x0\/0x1 \(for a kernel known to warn: provium run --allow-kernel-warnings, or the action's allow-kernel-warnings input\)$/);
  assert.doesNotMatch(warned.failure!.message, /boot\+0x0/, "the test is charged only with what happened while it ran");
  assert.match(warned.failure!.consoles[0]!.tail, /first\+0x0\/0x1/);
  assert.equal(tests.get("a test that expects one says so")!.status, "passed");
  assert.equal(tests.get("an earlier test's warning does not count against a later one")!.status, "passed");
});

describe("engine with a guest", () => {
  let tests: Map<string, TestResult>;
  before(async () => (tests = byName(await run("engine/vm.test.lua"))));

  test("a hanging guest command hits the test timeout at the call's line", () => {
    const hang = tests.get("a guest command that hangs hits the test timeout")!;
    assert.equal(hang.status, "error");
    assert.equal(hang.failure!.line, 6);
    assert.ok(hang.durationMs < 10_000);
  });

  test("the VM of a file keeps working after a test timed out on it", () => {
    assert.equal(tests.get("big values travel exactly")!.status, "passed", tests.get("big values travel exactly")!.failure?.message);
  });

  test("a VM left running is shut down with a warning", () => {
    const left = tests.get("a VM left running is a warning")!;
    assert.equal(left.status, "passed");
    assert.match(left.warnings[0]!, /VM minimal-\d+ was left running and has been shut down/);
  });

  test("bad create options and a missing exec cwd are explained", () => {
    for (const name of ["bad provium.create options raise at the caller's line", "bad vm:exec options raise at the caller's line", "exec in a directory that does not exist: code 126, the directory named"]) {
      const result = tests.get(name)!;
      assert.equal(result.status, "passed", result.failure?.message);
    }
  });

  test("vm:boot({timeout}) bounds the boot", () => {
    const boot = tests.get("vm:boot takes a timeout")!;
    assert.equal(boot.status, "passed", boot.failure?.message);
  });

  test("a method on a shut-down VM fails clearly at the caller's line", () => {
    const stopped = tests.get("a shut-down VM gives a clear error at the caller's line")!;
    assert.match(stopped.failure!.message, /vm.test.lua:24: cannot exec: VM 'minimal-\d+' was shut down/);
    assert.equal(stopped.failure!.line, 24);
  });
});

describe("provium run", () => {
  test("the example suite passes: exit 0 and the totals line", async () => {
    const r = await cli(["run", "examples/tests"]);
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^27 passed, 0 failed, 3 skipped$/m);
    assert.match(r.all!, /PASS examples\/tests\/securityfs.test.lua {2}1 passed/);
  });

  test("the failing example: exit 1, failures with file:line, traceback and console", async () => {
    const r = await cli(["run", "examples/failing"]);
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /examples\/failing\/failing.test.lua:7: the answer: expected "42\\n", got "41\\n"/);
    assert.match(r.all!, /at examples\/failing\/helpers.lua:5, called from examples\/failing\/failing.test.lua:11/);
    assert.match(r.all!, /console of VM minimal-1 \(full log: .*console.log\):\n\s+\| /);
    assert.match(r.all!, /^1 passed, 2 failed, 0 skipped$/m);
  });

  test("--verbose streams each exec's command and output, and the guest console", async () => {
    const r = await cli(["run", "-v", "examples/tests/exec.test.lua"]);
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] minimal-\d+\$ echo hello; echo oops >&2; exit 3 {2}\(exit 3\)/);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] {3}stderr: oops/);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] minimal-\d+\| \[ *[\d.]+\] Linux version /);
  });

  test("--allow-kernel-warnings lets a run pass over kernel warnings", async () => {
    const r = await cli(["run", "--allow-kernel-warnings", "test/lua-suites/engine/kernel-health.test.lua"]);
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^3 passed, 0 failed, 0 skipped$/m);
  });

  test("scratch disks: sizes, data kept, fixtures' disks copied per resume, images copied", async () => {
    const image = path.join(tempDir(), "disk.img");
    writeFileSync(image, Buffer.concat([Buffer.from("provium-image\n"), Buffer.alloc(1024 * 1024 - 14)]));
    const r = await cli(["run", "test/lua-suites/disks"], { PROVIUM_TEST_DISK_IMAGE: image });
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^4 passed, 0 failed, 0 skipped$/m);
    assert.equal(readFileSync(image).subarray(0, 14).toString(), "provium-image\n", "the test wrote to its copy, not the image");
  });
});
