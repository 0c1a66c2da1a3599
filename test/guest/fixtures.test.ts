// Fixtures on real guests: concurrent resumes of one snapshot, isolation,
// nesting, cycles, broken scripts, and cleanup of the run directory.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { discoverTestFiles } from "../../src/run/discover.ts";
import type { TestResult } from "../../src/engine/results.ts";
import { runSuite } from "../../src/run/run.ts";
import { RunDir } from "../../src/host/run-dir.ts";
import { createVm } from "../../src/vm/vm.ts";
import { processesMentioning } from "../support/processes.ts";
import { tempDir } from "../support/temp.ts";

const SUITE = "test/lua-suites/fixture-suite";
const F = `${SUITE}/fixtures`;

describe("a suite using fixtures", () => {
  const runsDir = tempDir();
  const logs: string[] = [];
  let tests: Map<string, TestResult>;
  before(async () => {
    process.env.PROVIUM_RUNS_DIR = runsDir;
    try {
      const run = await runSuite({
        files: discoverTestFiles([SUITE], SUITE), suiteRoot: SUITE, config: { profiles: {} }, timeoutMs: 120_000, jobs: 4,
        onLog: (file, line) => logs.push(`${file}: ${line}`),
      });
      tests = new Map(run.files.flatMap((f) => f.tests.map((t) => [`${f.file.replace(`${SUITE}/`, "")} ${t.name}`, t])));
    } finally {
      delete process.env.PROVIUM_RUNS_DIR;
    }
  });

  const status = (key: string) => {
    const t = tests.get(key);
    assert.ok(t, `no result for ${key}`);
    return t.failure ? `${t.status}: ${t.failure.message}` : t.status;
  };

  test("four files resume one fixture at once; each sees the fixture's state and only its own", () => {
    for (const n of [1, 2, 3, 4]) assert.equal(status(`isolation-${n}.test.lua sees the fixture and only its own writes`), "passed");
    assert.equal(logs.filter((line) => line.endsWith("built vfs_marker")).length, 1, "built once for the whole run");
  });

  test("a nested fixture builds on its parent, and the parent stays as it was", () => {
    assert.equal(status("nested.test.lua a nested fixture has its parent's state and its own"), "passed");
    assert.equal(status("nested.test.lua the parent fixture is unchanged by the nested one"), "passed");
    assert.equal(status("nested.test.lua after a test shut a fixture VM down, the next resume is intact"), "passed");
  });

  test("broken fixtures fail the tests that ask for them, naming the script and line", () => {
    const expected: Record<string, RegExp> = {
      cycle: /fixture cycle: cycle_a → cycle_b → cycle_a/,
      "syntax error": new RegExp(`fixture 'syntax' \\(${F}/syntax.lua\\) has a syntax error: ${F}/syntax.lua:3: unexpected symbol near <eof>`),
      "runtime error": new RegExp(`fixture 'runtime' \\(${F}/runtime.lua\\) failed: ${F}/runtime.lua:3: the fixture's setup failed`),
      "runtime error again": new RegExp(`${F}/runtime.lua:3: the fixture's setup failed`),
      "no VM": /fixture 'no_vm' .* created no VM/,
      "VM shut down": /fixture 'shut' .* left its last VM \(minimal-\d+\) shut down: Provium snapshots the last VM/,
      missing: /fixture 'no_such_fixture' .* does not exist: fixture scripts are fixtures\/<name>.lua/,
      "kernel warning": new RegExp(`fixture 'warns' \\(${F}/warns.lua\\) failed at ${F}/warns.lua:1: the guest kernel reported a problem while the fixture script ran: \\[minimal-\\d+\\] WARNING: CPU: 0 PID: 1 at fixtures/warns.c:1`),
    };
    for (const [name, pattern] of Object.entries(expected)) {
      const t = tests.get(`broken.test.lua ${name}`)!;
      assert.equal(t.status, "error", name);
      assert.match(t.failure!.message, pattern, name);
      assert.equal(t.failure!.file, `${SUITE}/broken.test.lua`, "the failure points at the test's line");
    }
    assert.equal(logs.filter((line) => line.endsWith("building runtime")).length, 1, "a failed build is not retried");
  });

  test("the run directory is removed and no QEMU is left", () => {
    assert.deepEqual(readdirSync(runsDir), []);
    assert.deepEqual(processesMentioning(runsDir), []);
  });
});

test("Ctrl-C during a run: QEMU killed, run directory removed, exit 130", async () => {
  const runsDir = tempDir();
  const cli = execa("node", ["--import", "tsx", "src/cli/main.ts", "run", SUITE], { env: { PROVIUM_RUNS_DIR: runsDir }, reject: false });
  let qemus: number[] = [];
  for (let i = 0; i < 400 && qemus.length === 0; i++) {
    await sleep(50);
    qemus = processesMentioning(runsDir).filter((pid) => pid !== cli.pid);
  }
  assert.ok(qemus.length > 0, "a QEMU of the run was started");
  await sleep(500);
  cli.kill("SIGINT");
  const result = await cli;
  assert.equal(result.exitCode, 130);
  for (let i = 0; i < 40 && processesMentioning(runsDir).length; i++) await sleep(50);
  assert.deepEqual(processesMentioning(runsDir), []);
  assert.deepEqual(readdirSync(runsDir), []);
});

test("warm starts: a fixture's next resume takes a QEMU started ahead of time; one no one takes is killed with the run directory", async () => {
  const runsDir = tempDir();
  const runDir = RunDir.create(runsDir);
  const built = createVm("minimal", { runDir, ramFile: `${runDir.child("fixture")}/ram` });
  await built.boot();
  await built.writeFile("/root/marker", "prepared");
  const snapshot = await built.saveTo(runDir.child("snapshot"), { ram: "shared", then: "stop" });
  const resumed = async (): Promise<string[]> => {
    const vm = createVm(snapshot.profile, { runDir });
    await vm.resume(snapshot);
    assert.equal((await vm.readFile("/root/marker")).toString(), "prepared");
    await vm.kill();
    return vm.timeline.steps().map((s) => s.name);
  };
  assert.ok(!(await resumed()).includes("warm QEMU taken"), "the first resume starts its own QEMU");
  for (let i = 0; i < 3; i++) assert.ok((await resumed()).includes("warm QEMU taken"), `resume ${i + 2} takes a warm QEMU`);
  // (the warm QEMU loads the state through a `cat` of its own, gone once it has loaded)
  for (let i = 0; i < 100 && processesMentioning(runsDir).length !== 1; i++) await sleep(50);
  const waiting = processesMentioning(runsDir).map((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").slice(0, 120));
  assert.equal(waiting.length, 1, `one warm QEMU waits for the next resume: ${waiting.join("\n")}`);
  runDir.remove();
  assert.deepEqual(processesMentioning(runsDir), [], "it is gone with the run directory");
  assert.deepEqual(readdirSync(runsDir), []);
});
