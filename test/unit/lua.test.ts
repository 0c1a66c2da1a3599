// The Lua engine and test framework without guests, on real suites
// (test/lua-suites and examples/); with guests: test/guest/lua.test.ts.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, test } from "node:test";
import { loadConfig } from "../../src/config/config.ts";
import type { FileResult, TestResult } from "../../src/engine/results.ts";
import { runSuite } from "../../src/run/run.ts";
import { cli } from "../support/cli.ts";
import { byName, SUITES, suiteFileRunner } from "../support/lua-files.ts";
import { tempDir } from "../support/temp.ts";

const run = suiteFileRunner();

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

describe("provium run", () => {
  test("without setup, one warning says so before the tests fail", async () => {
    const home = path.join(tempDir(), "empty-home");
    const r = await cli(["run", "examples/tests/exec.test.lua"], { PROVIUM_HOME: home });
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /^provium: warning: the built-in profile 'minimal' is not set up \(no .*empty-home\/profiles\/minimal\/profile.json\): run `npm run setup` \(or `provium setup`\); tests that use it will fail$/m);
  });

  test("a syntax error fails its file, the other files still run", async () => {
    const r = await cli(["run", "test/lua-suites/syntax"]);
    assert.equal(r.exitCode, 1);
    assert.match(r.all!, /PASS test\/lua-suites\/syntax\/fine.test.lua/);
    assert.match(r.all!, /^1 passed, 1 failed, 0 skipped$/m);
  });

  test("usage and configuration errors exit 2 with the file and key", async () => {
    const config = await cli(["run", "test/lua-suites/config"]);
    assert.equal(config.exitCode, 2);
    assert.match(config.all!, /provium.toml: profiles.mine.kernle is not a profile setting/);
    assert.equal((await cli(["run", "--accel", "fast", "examples/tests"])).exitCode, 2);
    assert.equal((await cli(["run", "no/such/dir"])).exitCode, 2);
    assert.equal((await cli(["frobnicate"])).exitCode, 2);
    const kernel = await cli(["run", "examples/tests", "--kernel", "build/bzImage"]);
    assert.equal(kernel.exitCode, 2);
    assert.equal(kernel.all, `provium: kernel ${path.resolve("build/bzImage")} does not exist: build it before the run, or fix the path`);
    assert.throws(() => loadConfig("test/lua-suites/config"), /kernle/);
  });
});
