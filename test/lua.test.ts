// The Lua engine and test framework, on real suites (test/lua-suites and
// examples/), with real guests where a test needs one.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { execa } from "execa";
import { loadConfig } from "../src/config/config.ts";
import { runTestFile, type Selection } from "../src/run/file-runner.ts";
import type { RunContext } from "../src/run/lua-session.ts";
import type { FileResult, TestResult } from "../src/run/results.ts";
import { createRunContext, runSuite } from "../src/run/run.ts";
import { tempDir } from "./support/temp.ts";

const SUITES = path.resolve("test/lua-suites");
let context: RunContext;
before(() => (context = createRunContext({ suiteRoot: SUITES, config: { profiles: {} }, timeoutMs: 60_000 })));
after(() => context.runDir.remove());

const run = (file: string, selection: Selection = {}) => runTestFile(`${SUITES}/${file}`, context, selection);

function byName(result: FileResult): Map<string, TestResult> {
  return new Map(result.tests.map((t) => [t.name, t]));
}

const cli = (...args: string[]) => execa("node", ["--import", "tsx", "src/cli/main.ts", ...args], { reject: false, all: true });

describe("engine without guests", () => {
  let tests: Map<string, TestResult>;
  before(async () => (tests = byName(await run("engine/no-vm.test.lua"))));

  test("a Lua infinite loop hits the test's timeout at its line; the file's other tests go on", () => {
    const loop = tests.get("infinite loop")!;
    assert.equal(loop.status, "error");
    assert.match(loop.failure!.message, /did not finish within its timeout of 1 s/);
    assert.equal(loop.failure!.file, "test/lua-suites/engine/no-vm.test.lua");
    assert.equal(loop.failure!.line, 6);
    assert.equal(tests.get("runs after the loop was stopped")!.status, "passed");
  });

  test("nested user coroutines pass host calls through", () => {
    assert.equal(tests.get("nested coroutines pass host calls through")!.status, "passed", tests.get("nested coroutines pass host calls through")!.failure?.message);
  });

  test("a host call where fengari cannot yield fails with an explanation", () => {
    const sort = tests.get("a host call inside table.sort fails clearly")!;
    assert.equal(sort.status, "failed");
    assert.match(sort.failure!.message, /no-vm.test.lua:34: sleep cannot run here: .*table.sort comparators/);
  });

  test("an unknown profile fails at the caller's line", () => {
    const unknown = tests.get("an unknown profile is an error at the caller's line")!;
    assert.match(unknown.failure!.message, /no-vm.test.lua:40: unknown profile 'no-such-profile' \(known: minimal, distro\)/);
  });

  test("test lines are recorded for every test", () => {
    assert.equal(tests.get("passes")!.line, 2);
  });
});

test("--tag and --filter select tests", async () => {
  const tagged = await run("engine/no-vm.test.lua", { tags: ["fast"] });
  assert.deepEqual(tagged.tests.map((t) => t.name), ["tagged"]);
  const filtered = await run("engine/no-vm.test.lua", { filter: /^pass/ });
  assert.deepEqual(filtered.tests.map((t) => t.name), ["passes"]);
  const plain = await run("engine/plain-failing.test.lua", { filter: /nothing-matches/ });
  assert.deepEqual(plain.tests, [], "an unselected plain script is not run");
});

test("host calls fail clearly in every place the docs name, and work in the others", async () => {
  const result = await run("engine/yield-limits.test.lua");
  assert.deepEqual(result.tests.map((t) => `${t.name}: ${t.status}`), ["gsub", "tostring", "pairs", "load reader", "pcall ok", "index ok", "for iterator ok"].map((n) => `${n}: passed`));
});

test("a plain script is one test named after its file, failing at its line", async () => {
  const result = await run("engine/plain-failing.test.lua");
  assert.equal(result.tests.length, 1);
  const [only] = result.tests;
  assert.equal(only!.name, "plain-failing");
  assert.equal(only!.status, "failed");
  assert.equal(only!.failure!.line, 3);
  assert.match(only!.failure!.message, /x should be 2/);
});

test("failures in helpers name the helper's line and the test's own line", async () => {
  const tests = byName(await run("engine/helper-failing.test.lua"));
  const blamed = tests.get("error blamed on the caller")!.failure!;
  assert.deepEqual([blamed.file, blamed.line, blamed.testLine], ["test/lua-suites/engine/helper.lua", 3, 3]);
  assert.match(blamed.message, /^test\/lua-suites\/engine\/helper-failing.test.lua:3: helper rejected other/);
  const deep = tests.get("assert inside a helper")!.failure!;
  assert.deepEqual([deep.file, deep.line, deep.testLine], ["test/lua-suites/engine/helper.lua", 6, 6]);
  assert.match(deep.traceback, /helper.lua:6: in function 'deep'[\s\S]*helper-failing.test.lua:6/);
});

test("a syntax error fails that file with its file:line", async () => {
  const result = await run("syntax/broken.test.lua");
  const [only] = result.tests;
  assert.equal(only!.status, "error");
  assert.equal(only!.failure!.line, 2);
  assert.match(only!.failure!.message, /syntax error: test\/lua-suites\/syntax\/broken.test.lua:2: unexpected symbol near '='/);
});

test("an exception of ours fails the test it hit and the file's remaining tests; other files run", async () => {
  const suite = `${SUITES}/internal-error`;
  const files = ["caught", "crash", "fine"].map((name) => `${suite}/${name}.test.lua`);
  const onLog = (_source: string, line: string) => {
    if (line === "crash ours") throw new TypeError("injected reporter bug");
  };
  const result = await runSuite({ files, suiteRoot: suite, config: { profiles: {} }, timeoutMs: 60_000, onLog, jobs: 1 });
  const status = (file: FileResult) => file.tests.map((t) => `${t.name}: ${t.status}`);
  const [caught, crash, fine] = result.files;
  assert.deepEqual(status(crash!), ["before: passed", "hits our bug: error", "after: error"]);
  const bug = crash!.tests[1]!.failure!;
  assert.equal(bug.message, "internal error in Provium (please report it): TypeError: injected reporter bug");
  assert.equal(bug.line, 4, "at the test's line");
  assert.match(bug.traceback, /TypeError: injected reporter bug\n\s+at Object.onLog/, "our stack, for the bug report");
  assert.match(crash!.tests[2]!.failure!.message, /^not run: an internal error in Provium during 'hits our bug'/);
  assert.deepEqual(status(caught!), ["our bug inside the test's pcall: error"], "pcall does not hide it");
  assert.deepEqual(status(fine!), ["another file runs: passed"]);
});

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
  assert.match(boot.failure!.message, /^the guest kernel reported a problem while the file's top level ran: \[minimal-\d+\] WARNING: .* boot\+0x0\/0x1$/);
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
    const r = await cli("run", "examples/tests");
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^19 passed, 0 failed, 3 skipped$/m);
    assert.match(r.all!, /PASS examples\/tests\/securityfs.test.lua {2}1 passed/);
  });

  test("the failing example: exit 1, failures with file:line, traceback and console", async () => {
    const r = await cli("run", "examples/failing");
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /examples\/failing\/failing.test.lua:7: the answer: expected "42\\n", got "41\\n"/);
    assert.match(r.all!, /at examples\/failing\/helpers.lua:5, called from examples\/failing\/failing.test.lua:11/);
    assert.match(r.all!, /console of VM minimal-1 \(full log: .*console.log\):\n\s+\| /);
    assert.match(r.all!, /^1 passed, 2 failed, 0 skipped$/m);
  });

  test("--verbose streams each exec's command and output, and the guest console", async () => {
    const r = await cli("run", "-v", "examples/tests/exec.test.lua");
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] minimal-\d+\$ echo hello; echo oops >&2; exit 3 {2}\(exit 3\)/);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] {3}stderr: oops/);
    assert.match(r.all!, /\[examples\/tests\/exec.test.lua\] minimal-\d+\| \[ *[\d.]+\] Linux version /);
  });

  test("--allow-kernel-warnings lets a run pass over kernel warnings", async () => {
    const r = await cli("run", "--allow-kernel-warnings", "test/lua-suites/engine/kernel-health.test.lua");
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^3 passed, 0 failed, 0 skipped$/m);
  });

  test("without setup, one warning says so before the tests fail", async () => {
    const home = path.join(tempDir(), "empty-home");
    const r = await execa("node", ["--import", "tsx", "src/cli/main.ts", "run", "examples/tests/exec.test.lua"], { reject: false, all: true, env: { PROVIUM_HOME: home } });
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /^provium: warning: the built-in profile 'minimal' is not set up \(no .*empty-home\/profiles\/minimal\/profile.json\): run `npm run setup` \(or `provium setup`\); tests that use it will fail$/m);
  });

  test("scratch disks: sizes, data kept, fixtures' disks copied per resume, images copied", async () => {
    const image = path.join(tempDir(), "disk.img");
    writeFileSync(image, Buffer.concat([Buffer.from("provium-image\n"), Buffer.alloc(1024 * 1024 - 14)]));
    const r = await execa("node", ["--import", "tsx", "src/cli/main.ts", "run", "test/lua-suites/disks"], {
      reject: false, all: true, env: { PROVIUM_TEST_DISK_IMAGE: image },
    });
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^4 passed, 0 failed, 0 skipped$/m);
    assert.equal(readFileSync(image).subarray(0, 14).toString(), "provium-image\n", "the test wrote to its copy, not the image");
  });

  test("a syntax error fails its file, the other files still run", async () => {
    const r = await cli("run", "test/lua-suites/syntax");
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /PASS test\/lua-suites\/syntax\/fine.test.lua/);
    assert.match(r.all!, /^1 passed, 1 failed, 0 skipped$/m);
  });

  test("usage and configuration errors exit 2 with the file and key", async () => {
    const config = await cli("run", "test/lua-suites/config");
    assert.equal(config.exitCode, 2);
    assert.match(config.all!, /provium.toml: profiles.mine.kernle is not a profile setting/);
    assert.equal((await cli("run", "--accel", "fast", "examples/tests")).exitCode, 2);
    assert.equal((await cli("run", "no/such/dir")).exitCode, 2);
    assert.equal((await cli("frobnicate")).exitCode, 2);
    const kernel = await cli("run", "examples/tests", "--kernel", "build/bzImage");
    assert.equal(kernel.exitCode, 2);
    assert.equal(kernel.all, `provium: --kernel ${path.resolve("build/bzImage")} does not exist`);
    assert.throws(() => loadConfig("test/lua-suites/config"), /kernle/);
  });
});
