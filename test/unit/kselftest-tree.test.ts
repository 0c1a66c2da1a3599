// A kselftest tree read on the host (src/run/kselftest-tree.ts): installed
// trees and directories of programs, the selection, settings, and what the
// runner decides without running a test; `provium kselftest`'s bad input,
// which fails before any guest starts.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { argsVariable, readKselftestTree } from "../../src/run/kselftest-tree.ts";
import { validateRunRequest } from "../../src/run/request.ts";
import { cli } from "../support/cli.ts";
import { FAKE_ARM64_IMAGE, FAKE_BZIMAGE, tempDir } from "../support/temp.ts";

const HOST_MACHINE = process.arch === "arm64" ? 183 : 62;

/** The smallest static ELF executable header: 64-bit, little-endian, no program headers (so no interpreter). */
function elf(machine: number): Buffer {
  const buf = Buffer.alloc(64);
  buf.writeUInt32BE(0x7f454c46, 0);
  buf[4] = 2; // 64-bit
  buf[5] = 1; // little-endian
  buf[6] = 1;
  buf.writeUInt16LE(2, 16); // ET_EXEC
  buf.writeUInt16LE(machine, 18);
  return buf;
}

/** Files below a new directory: path → [content, executable]. */
function tree(files: Record<string, [string | Buffer, boolean]>): string {
  const dir = tempDir();
  for (const [file, [content, executable]] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
    chmodSync(path.join(dir, file), executable ? 0o755 : 0o644);
  }
  return dir;
}

test("an installed tree: kselftest-list.txt's order, each collection's settings timeout (45 without), and the runner's decisions made before running", () => {
  const dir = tree({
    "kselftest-list.txt": [["timers:nanosleep", "timers:sub/deep", "net:run.sh", "net:plain", "net:gone", "net:script.sh", "arch:other", ""].join("\n"), false],
    "timers/nanosleep": [elf(HOST_MACHINE), true],
    "timers/sub/deep": [elf(HOST_MACHINE), true],
    "timers/settings": ["# a comment\ntimeout=120\n", false],
    "net/run.sh": ["#!/bin/bash\necho hi\n", true],
    "net/plain": ["echo not a script\n", false],
    "net/script.sh": ["#!/usr/bin/env python3 -u\nprint(1)\n", false],
    "arch/other": [elf(HOST_MACHINE === 62 ? 183 : 62), true],
  });
  const t = readKselftestTree(dir);
  assert.equal(t.installed, true);
  assert.deepEqual(t.collections.map((c) => [c.name, c.timeoutS, c.tests.map((x) => x.name)]), [
    ["timers", 120, ["nanosleep", "sub/deep"]],
    ["net", 45, ["run.sh", "plain", "gone", "script.sh"]],
    ["arch", 45, ["other"]],
  ]);
  const [timers, net, arch] = t.collections;
  assert.deepEqual(timers!.tests[0], { name: "nanosleep", warnings: [], command: "./nanosleep $KSELFTEST_NANOSLEEP_ARGS" });
  assert.equal(timers!.tests[1]!.command, "./deep $KSELFTEST_DEEP_ARGS", "run in its own directory, by its file name");
  assert.deepEqual(net!.tests[1], { name: "plain", warnings: ["Warning: file plain is not executable"], cannotRun: "" });
  assert.deepEqual(net!.tests[2], { name: "gone", warnings: ["Warning: file gone is missing!"], cannotRun: "" });
  assert.deepEqual(net!.tests[3], { name: "script.sh", warnings: ["Warning: file script.sh is not executable"], command: "/usr/bin/env python3 -u ./script.sh" }, "its '#!' line runs it, without arguments, as the runner does");
  assert.match(arch!.tests[0]!.cannotRun!, /^error: cannot run arch\/other: it is an ELF for (AArch64|x86-64), and the guest is (x86-64|AArch64) \(build the selftests for the guest's architecture\)$/);
  assert.equal(arch!.tests[0]!.command, undefined);
  assert.equal(t.needsDistro, true, "a script needs the distro guest");
  // Read for the guest the run boots, not for the host: an arm64 tree on an arm64 guest runs, an x86-64 program is the foreign one.
  const forArm = readKselftestTree(dir, { collections: ["timers", "arch"] }, "arm64");
  const [armTimers, armArch] = forArm.collections;
  const hostIsArm = HOST_MACHINE === 183;
  assert.equal(armTimers!.tests[0]!.cannotRun === undefined, hostIsArm, "a host program on an arm64 guest");
  assert.equal(armArch!.tests[0]!.cannotRun === undefined, !hostIsArm, "the other program on an arm64 guest");
  assert.match((hostIsArm ? armArch : armTimers)!.tests[0]!.cannotRun!, /it is an ELF for x86-64, and the guest is AArch64/);
});

test("a directory of programs (examples/kselftest/build.sh): each directory with executables a collection, sorted; static programs only need the minimal guest", () => {
  const dir = tree({
    "timers/nanosleep": [elf(HOST_MACHINE), true],
    "timers/README": ["not a test", false],
    "futex/functional/futex_wait": [elf(HOST_MACHINE), true],
    "futex/functional/futex_requeue": [elf(HOST_MACHINE), true],
    "top-level-file": [elf(HOST_MACHINE), true],
  });
  const t = readKselftestTree(dir);
  assert.equal(t.installed, false);
  assert.deepEqual(t.collections.map((c) => [c.name, c.tests.map((x) => x.name)]), [["futex/functional", ["futex_requeue", "futex_wait"]], ["timers", ["nanosleep"]]]);
  assert.equal(t.needsDistro, false);
  assert.deepEqual(readKselftestTree(dir, { tests: ["futex/functional:futex_wait"] }).collections.map((c) => c.tests.map((x) => x.name)), [["futex_wait"]]);
});

test("-c and -t select; what does not exist is an error listing what does; a directory that is no tree says what one is", () => {
  const dir = tree({
    "kselftest-list.txt": ["a:x\na:y\nb:z\n", false],
    "a/x": ["#!/bin/sh\n", true],
    "a/y": ["#!/bin/sh\n", true],
    "b/z": ["#!/bin/sh\n", true],
  });
  const names = (s: Parameters<typeof readKselftestTree>[1]) => readKselftestTree(dir, s).collections.map((c) => `${c.name}:${c.tests.map((t) => t.name).join(",")}`);
  assert.deepEqual(names({}), ["a:x,y", "b:z"]);
  assert.deepEqual(names({ collections: ["b"] }), ["b:z"]);
  assert.deepEqual(names({ collections: ["b"], tests: ["a:y"] }), ["a:y", "b:z"], "in the list's order");
  assert.throws(() => readKselftestTree(dir, { collections: ["c"] }), { message: `kselftest: no collection 'c' in ${dir}; its collections: a, b` });
  assert.throws(() => readKselftestTree(dir, { tests: ["a:w"] }), { message: `kselftest: no test 'a:w' in ${dir}; collection a has: x, y` });
  assert.throws(() => readKselftestTree(dir, { tests: ["c:w"] }), { message: `kselftest: no collection 'c' in ${dir}; its collections: a, b` });
  assert.throws(() => readKselftestTree(dir, { tests: ["x"] }), { message: "kselftest: 'x' is not collection:test (as `run_kselftest.sh --list` prints them)" });
  const empty = tree({ "notes/README": ["text", false] });
  assert.throws(() => readKselftestTree(empty), { message: new RegExp(`^kselftest: ${empty} is not a kselftest tree: it has no kselftest-list.txt \\(what \`make -C tools/testing/selftests install INSTALL_PATH=`) });
  assert.throws(() => readKselftestTree(path.join(empty, "nope")), { message: /is not a directory \(give the INSTALL_PATH of `make -C tools\/testing\/selftests install`\)$/ });
  const bad = tree({ "kselftest-list.txt": ["a:x\n", false], "a/x": ["#!/bin/sh\n", true], "a/settings": ["timeout=soon\n", false] });
  assert.throws(() => readKselftestTree(bad), { message: `kselftest: ${bad}/a/settings: timeout must be a positive number of seconds, got 'soon'` });
});

test("KSELFTEST_<NAME>_ARGS is named as kselftest/runner.sh names it", () => {
  assert.equal(argsVariable("rtctest"), "KSELFTEST_RTCTEST_ARGS");
  assert.equal(argsVariable("cpu-on-off-test.sh"), "KSELFTEST_CPU_ON_OFF_TEST_SH_ARGS");
  assert.equal(argsVariable("sub/x.y"), "KSELFTEST_X_Y_ARGS");
});

test("provium kselftest: bad input is a usage error before any guest starts", async () => {
  const dir = tree({ "kselftest-list.txt": ["a:x\n", false], "a/x": ["#!/bin/sh\n", true] });
  const notTree = await cli(["kselftest", tempDir()]);
  assert.equal(notTree.exitCode, 2);
  assert.match(notTree.all!, /^provium: kselftest: \S+ is not a kselftest tree: it has no kselftest-list.txt/m);
  const unknown = await cli(["kselftest", dir, "-c", "b"]);
  assert.equal(unknown.exitCode, 2);
  assert.match(unknown.all!, /^provium: kselftest: no collection 'b' in \S+; its collections: a$/m);
  const factor = await cli(["kselftest", dir, "--tcg-factor", "0"]);
  assert.equal(factor.exitCode, 2);
  assert.match(factor.all!, /tcg-factor/);
  const none = await cli(["kselftest"]);
  assert.equal(none.exitCode, 2);
  assert.match(none.all!, /kselftest takes one directory, the kselftest tree \(none given\)/);
  for (const r of [notTree, unknown, factor, none]) assert.doesNotMatch(r.all!, /\n\s+at /, "no stack trace");
});

test("provium kselftest --profile: the tree is read for that profile's architecture, not the host's", () => {
  const dir = tree({ "timers/nanosleep": [elf(183), true] }); // an arm64 program
  const suite = tempDir({ Image: FAKE_ARM64_IMAGE, bzImage: FAKE_BZIMAGE, "provium.toml": '[profiles.board]\nkernel = "Image"\n[profiles.pc]\nkernel = "bzImage"\n' });
  const cannotRun = (profile: string) => {
    const { request, error } = validateRunRequest({ paths: [suite], profile, tags: [], verbose: false, quiet: false, allowKernelWarnings: false, generated: { kind: "kselftest", dir } }, suite);
    assert.ok(request, error);
    assert.equal(request.generated?.kind, "kselftest");
    return request.generated.kind === "kselftest" ? request.generated.tree.collections[0]!.tests[0]!.cannotRun : "";
  };
  assert.equal(cannotRun("board"), undefined, "an arm64 program on the arm64 profile's guest");
  assert.match(cannotRun("pc") ?? "", /cannot run timers\/nanosleep: .*build the selftests for the guest's architecture/);
});
