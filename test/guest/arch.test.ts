// arm64 guests beside x86-64 ones (issue 24). Under TCG on these machines an
// arm64 guest costs about what an x86-64 one does, so this file keeps to a
// subset that covers each layer once on arm64: the example suite (exec,
// files, processes, syscalls, a fixture, a cross-built program), a suite run
// on both architectures at once with its results keyed by architecture
// (syscall tables, wrong-architecture binaries, disks, writable dirs,
// modules, KTAP, fixtures, kernel-health), a kept bundle reopened, a shell,
// the REPL, a kernel under test recognised as arm64 by its header, and an
// arm64 fixture's saved state as a machine type pins it. The rest of the guest tier
// runs on x86-64 only: it exercises code that does not depend on the guest's
// architecture.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { RunDir } from "../../src/host/run-dir.ts";
import type { JsonReport } from "../../src/report/json.ts";
import { paths } from "../../src/util/home.ts";
import { checkStateStream } from "../../src/vm/migration.ts";
import { createVm } from "../../src/vm/vm.ts";
import { cli, xmllint } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";
import { ScriptedTerminal } from "../support/terminal.ts";

const SUITE = "test/lua-suites/arch";

describe("one suite on x86_64 and arm64 in one run", () => {
  const out = tempDir();
  let all: string;
  let exitCode: number | undefined;
  let report: JsonReport;
  before(async () => {
    const r = await cli(["run", "--arch", "x86_64,arm64", SUITE, "--junit", `${out}/junit.xml`, "--json", `${out}/results.json`]);
    ({ all = "", exitCode } = { all: r.all, exitCode: r.exitCode });
    report = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  });

  test("every test passes on each architecture but the one that must fail on each", () => {
    assert.equal(exitCode, 1, all);
    assert.deepEqual(report.arches, ["x86_64", "arm64"]);
    assert.deepEqual(report.files.map((f) => [f.file, f.arch]), [[`${SUITE}/arch.test.lua`, "x86_64"], [`${SUITE}/arch.test.lua`, "arm64"]]);
    for (const file of report.files) {
      const tests = file.tests.filter((t) => !t.subtest); // vm:ktap's results are sub-results
      const wrong = tests.filter((t) => (t.status === "passed") === (t.name === "an Oops on the console fails the test"));
      assert.deepEqual(wrong.map((t) => `${file.arch} ${t.name}: ${t.status} ${t.failure?.message ?? ""}`), []);
      assert.equal(tests.length, 7);
      assert.deepEqual(file.tests.filter((t) => t.subtest).map((t) => [t.name, t.status]), [
        ["background processes and KTAP › k.sh", "passed"],
        [`background processes and KTAP › k.sh › on ${file.arch === "arm64" ? "aarch64" : "x86_64"}`, "passed"],
        ["background processes and KTAP › k.sh › not here", "skipped"],
      ]);
      assert.ok(file.tests.every((t) => t.arch === file.arch));
      const oops = file.tests.find((t) => t.status === "failed")!;
      assert.match(oops.failure!.message, /the guest kernel reported a problem while this test ran: \[minimal-\d+\] Internal error: Oops: 0000000096000005 \[#1\] SMP/);
    }
  });

  test("the console names each file's and failure's architecture, and gives each one's totals", () => {
    assert.match(all, /^FAIL \[x86_64\] test\/lua-suites\/arch\/arch\.test\.lua {2}8 passed, 1 failed, 1 skipped/m);
    assert.match(all, /^FAIL \[arm64\] test\/lua-suites\/arch\/arch\.test\.lua {2}8 passed, 1 failed, 1 skipped/m);
    assert.match(all, /^✗ \[arm64\] test\/lua-suites\/arch\/arch\.test\.lua › an Oops on the console fails the test$/m);
    assert.match(all, /^ {2}x86_64: 8 passed, 1 failed, 1 skipped$/m);
    assert.match(all, /^ {2}arm64: 8 passed, 1 failed, 1 skipped$/m);
  });

  test("JUnit: a valid report with a testsuite per architecture, named and classed by it", async () => {
    assert.equal((await xmllint(`${out}/junit.xml`)).exitCode, 0);
    const junit = readFileSync(`${out}/junit.xml`, "utf8");
    for (const arch of ["x86_64", "arm64"]) {
      assert.match(junit, new RegExp(`<testsuite name="\\[${arch}\\] ${SUITE}/arch\\.test\\.lua" file="${SUITE}/arch\\.test\\.lua" tests="10" failures="1"`));
      assert.match(junit, new RegExp(`<property name="arch" value="${arch}"/>`));
      assert.match(junit, new RegExp(`<testcase classname="${arch}\\.test\\.lua-suites\\.arch\\.arch" name="an Oops on the console fails the test"[^>]*>\\s*<failure`));
    }
  });
});

test("the example suite passes on arm64", async () => {
  const out = tempDir();
  const r = await cli(["run", "--arch", "arm64", "examples/tests", "--json", `${out}/results.json`]);
  assert.equal(r.exitCode, 0, r.all);
  const report = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  assert.deepEqual([report.arches, report.summary.passed, report.summary.failed], [["arm64"], 27, 0]);
  assert.match(r.all!, /^PASS \[arm64\] examples\/tests\/fixture\.test\.lua/m);
});

test("a kept arm64 VM reopens as it was, on arm64; a shell opens one with --arch", async () => {
  const out = tempDir();
  const r = await cli(["run", "--arch", "arm64", "test/lua-suites/keep-failed/failing.test.lua", "--keep-failed", "--artifacts", out]);
  assert.equal(r.exitCode, 1, r.all);
  const bundle = /reopen it with: provium shell --snapshot (\S+\.bundle)/.exec(r.all!)?.[1];
  assert.ok(bundle?.startsWith(path.join(out, "arm64", "kept")), `the bundle is in the architecture's results directory: ${r.all}`);
  const reopened = await cli(["shell", "--snapshot", bundle!, "-c", "uname -m; cat /tmp/marker; ps | grep -c '[s]leep 1000'"]);
  assert.equal(reopened.exitCode, 0, reopened.all);
  assert.equal(reopened.stdout, "aarch64\nwritten before failing\n1");
  const shell = await cli(["shell", "--arch", "arm64", "-c", "uname -m; cat /proc/device-tree/compatible | tr '\\0' ' '"]);
  assert.equal(shell.exitCode, 0, shell.all);
  assert.match(shell.stdout, /^aarch64\nlinux,dummy-virt\s*$/);
});

test("the REPL opens an arm64 VM with --arch, and its Lua sees that architecture", async () => {
  const term = new ScriptedTerminal("node --import tsx src/cli/main.ts repl --arch arm64", { PROVIUM_RUNS_DIR: tempDir() });
  await term.expect(/`vm` is VM minimal-\d+/);
  await term.expect(/> /);
  term.type("vm:arch() .. ' ' .. provium.arch .. ' ' .. vm:exec('uname -m').stdout\r");
  await term.expect(/\narm64 arm64 aarch64\r*\n/);
  term.type('vm:syscall("open", "/tmp", 0)\r');
  await term.expect(/error: .*unknown syscall name 'open': arm64 has no such system call \(use 'openat'\)/);
  term.type(".exit\r");
  assert.equal(await term.exitCode(), 0, term.text);
});

test("a kernel under test is arm64 by its Image header: no --arch needed, and another --arch is refused before any VM", async () => {
  const arm64 = paths(undefined, "arm64");
  const profile = JSON.parse(readFileSync(path.join(arm64.profileDir("minimal"), "profile.json"), "utf8")) as { kernel: string; initrds: string[] };
  const ws = tempDir();
  writeFileSync(path.join(ws, "initrd.cpio"), Buffer.concat(profile.initrds.map((f) => readFileSync(f))));
  writeFileSync(path.join(ws, "kut.test.lua"), 'local vm = provium.create()\nvm:boot()\nassert(vm:arch() == "arm64" and provium.arch == "arm64")\nassert(vm:exec("uname -m").stdout == "aarch64\\n")\n');
  const r = await cli(["run", "--kernel", profile.kernel, "--initrd", path.join(ws, "initrd.cpio"), path.join(ws, "kut.test.lua")]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^PASS \[arm64\] /m);
  const refused = await cli(["run", "--arch", "x86_64", "--kernel", profile.kernel, path.join(ws, "kut.test.lua")]);
  assert.equal(refused.exitCode, 2);
  assert.match(refused.stderr, /kernel \S+ is an arm64 kernel, but arch names x86_64: give a kernel built for x86_64 \(arch\/x86\/boot\/bzImage\)/);
});

test("an arm64 fixture's state pins virt's exact machine type and ends with QEMU's device description; its next resume starts warm", async () => {
  const runDir = RunDir.create();
  try {
    const dir = runDir.child("fixture");
    const vm = createVm("minimal", { arch: "arm64", runDir, ramFile: path.join(dir, "ram") });
    await vm.boot();
    const snapshot = await vm.saveTo(dir, { ram: "shared", then: "stop" });
    assert.match(snapshot.launch.machine ?? "", /^virt-\d+\.\d+$/);
    assert.equal(snapshot.launch.arch, "arm64");
    assert.equal(await checkStateStream(snapshot.stateFile), undefined, "virt does not suppress the vmdesc the check looks for");
    const cut = path.join(dir, "cut");
    writeFileSync(cut, readFileSync(snapshot.stateFile).subarray(0, -100));
    assert.match((await checkStateStream(cut)) ?? "", /cut short/);
    // the second resume takes the arm64 QEMU the first started ahead of time (a warm start)
    for (const warm of [false, true]) {
      const resumed = createVm(snapshot.profile, { runDir });
      await resumed.resume(snapshot);
      assert.equal((await resumed.exec("uname -m")).stdout.toString(), "aarch64\n");
      assert.equal(resumed.timeline.steps().some((step) => step.name === "warm QEMU taken"), warm);
      await resumed.kill();
    }
    assert.deepEqual(readdirSync(dir).sort(), ["cut", "ram", "state"]);
  } finally {
    runDir.remove();
  }
});
