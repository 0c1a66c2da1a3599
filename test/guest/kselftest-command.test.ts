// `provium kselftest DIR` against the kernel's own runner: collections built
// and installed from the distribution's kernel source (kcmp, timens, core,
// sysctl), plus collections of scripts written here for what those never do
// (a failure with KTAP of its own, an exit status, a skip, a file that is not
// executable, one that is missing, one that hangs past its collection's
// timeout, a test's KSELFTEST_<NAME>_ARGS), are run once by `provium
// kselftest` and once by run_kselftest.sh on the same guest; the verdict of
// every test is the same. A program for another architecture is an error
// naming it, and the tests after it still run.
import assert from "node:assert/strict";
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { parseKtap } from "../../src/ktap/parse.ts";
import type { JsonReport, JsonTest } from "../../src/report/json.ts";
import { cli } from "../support/cli.ts";
import { installKselftests, RUNNER_COLLECTIONS } from "../support/kselftest-install.ts";
import { ownKernel } from "../support/own-kernel.ts";
import { tempDir } from "../support/temp.ts";

/** Scripts of a collection of this test's own: name → [text, executable]. */
const CASES: Record<string, [string, boolean]> = {
  "pass.sh": ["#!/bin/sh\necho \"args: $*\"\n", true],
  "ktap-fail.sh": ["#!/bin/sh\necho 'TAP version 13'\necho '1..2'\necho 'ok 1 first'\necho 'not ok 2 second'\nexit 1\n", true],
  "exit3.sh": ["#!/bin/sh\necho 'no KTAP here' >&2\nexit 3\n", true],
  "skip.sh": ["#!/bin/sh\necho 'needs a module'\nexit 4\n", true],
  "not-executable.sh": ["#!/bin/sh\necho 'run by its interpreter'\n", false],
  "no-interpreter": ["echo 'neither executable nor a script'\n", false],
};
const HANG: Record<string, [string, boolean]> = {
  "hang.sh": ["#!/bin/sh\necho 'about to hang'\nsleep 100000\n", true],
  "after-hang.sh": ["#!/bin/sh\necho 'still ran'\n", true],
};

function addCollection(tree: string, name: string, files: Record<string, [string, boolean]>, listed: string[], settings?: string): void {
  mkdirSync(path.join(tree, name));
  for (const [file, [text, executable]] of Object.entries(files)) {
    writeFileSync(path.join(tree, name, file), text);
    chmodSync(path.join(tree, name, file), executable ? 0o755 : 0o644);
  }
  if (settings) writeFileSync(path.join(tree, name, "settings"), settings);
  writeFileSync(path.join(tree, "kselftest-list.txt"), listed.map((t) => `${name}:${t}\n`).join(""), { flag: "a" });
}

const tree = path.join(tempDir(), "kselftest");
before(async () => {
  const installed = await installKselftests(RUNNER_COLLECTIONS);
  cpSync(installed, tree, { recursive: true });
  addCollection(tree, "provium-cases", CASES, [...Object.keys(CASES), "missing"]);
  addCollection(tree, "provium-hang", HANG, Object.keys(HANG), "timeout=3\n");
}, { timeout: 10 * 60_000 });

const COLLECTIONS = [...RUNNER_COLLECTIONS, "provium-cases", "provium-hang"];

/** run_kselftest.sh's verdict line for a test, without its number: "ok", "ok # SKIP", "not ok # exit=1". */
type Verdicts = Map<string, string>;

/** What the runner printed, one TAP document per collection: each result line's verdict, by collection:test. */
function runnerVerdicts(stdout: string): Verdicts {
  const verdicts: Verdicts = new Map();
  for (const m of stdout.matchAll(/^(ok|not ok) \d+ selftests: (\S+): (\S+)(?: # (.*))?$/gm)) verdicts.set(`${m[2]}:${m[3]}`, m[4] ? `${m[1]} # ${m[4]}` : m[1]!);
  return verdicts;
}

/** The same from `provium kselftest`'s results: each program's result, the directive its failure quotes. */
function proviumVerdicts(tests: JsonTest[]): Verdicts {
  const verdicts: Verdicts = new Map();
  for (const t of tests.filter((t) => t.subtest?.path.length === 1)) {
    const [collection, name] = [t.subtest!.test, t.subtest!.path[0]];
    const directive = /# (exit=\d+|TIMEOUT \d+ seconds)$/.exec(t.failure?.message ?? "")?.[1];
    const verdict = { passed: "ok", skipped: "ok # SKIP", failed: "not ok", error: "not ok", todo: "?", xfail: "?" }[t.status];
    verdicts.set(`${collection}:${name}`, directive ? `${verdict} # ${directive}` : verdict);
  }
  return verdicts;
}

test("each test's verdict is run_kselftest.sh's: its own KTAP its sub-results, a hang its timeout, the rest still run", { timeout: 20 * 60_000 }, async () => {
  const out = tempDir();
  // --tcg-factor 1: the runner knows no factor, and the hang's verdict names its timeout.
  const args = ["kselftest", tree, "--json", `${out}/results.json`, "--tcg-factor", "1", "-j", "2"];
  const r = await cli(args, { KSELFTEST_PASS_SH_ARGS: "one  two" });
  assert.equal(r.exitCode, 1, r.all);
  const report = JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport;
  assert.deepEqual(report.files.map((f) => f.file).sort(), COLLECTIONS.map((c) => `provium kselftest ${c}`).sort(), "a test file per collection");
  const tests = report.files.flatMap((f) => f.tests);
  const ours = proviumVerdicts(tests);

  // The runner itself, on the same guest, with the same environment.
  const runner = await cli(["shell", "--profile", "distro", "--dir", `/opt/kst=${tree},writable`, "-c", "KSELFTEST_PASS_SH_ARGS='one  two' /opt/kst/run_kselftest.sh"]);
  const theirs = runnerVerdicts(runner.stdout);
  const listed = readFileSync(path.join(tree, "kselftest-list.txt"), "utf8").split("\n").filter(Boolean);
  assert.deepEqual([...theirs.keys()].sort(), [...listed].sort(), `the runner ran every listed test:\n${runner.all}`);
  assert.deepEqual(Object.fromEntries([...ours].sort()), Object.fromEntries([...theirs].sort()), `the same verdicts as run_kselftest.sh:\n${runner.all}`);

  // What the verdicts alone do not show.
  const sub = (collection: string, ...p: string[]) => tests.find((t) => t.subtest?.test === collection && t.subtest.path.join(" › ") === p.join(" › "));
  assert.equal(theirs.get("provium-hang:hang.sh"), "not ok # TIMEOUT 3 seconds", "the hang is the runner's timeout, not ours");
  assert.equal(sub("provium-hang", "after-hang.sh")?.status, "passed", "the test after the hang ran");
  assert.deepEqual(sub("provium-hang", "hang.sh")?.logs.slice(0, 2), ["selftests: provium-hang: hang.sh", "about to hang"], "what it printed before it hung");
  assert.deepEqual(
    ["first", "second"].map((name) => sub("provium-cases", "ktap-fail.sh", name)?.status),
    ["passed", "failed"],
    "a program's own KTAP is its sub-results",
  );
  assert.deepEqual(sub("provium-cases", "pass.sh")?.logs, ["selftests: provium-cases: pass.sh", "args: one two"], "KSELFTEST_PASS_SH_ARGS, split as the runner splits it");
  assert.match(sub("provium-cases", "exit3.sh")!.logs.join("\n"), /no KTAP here/, "stderr with stdout");
  assert.ok(tests.some((t) => t.subtest?.test === "timens" && t.subtest.path.length === 2), "timens' programs' own KTAP results are sub-results");
  // The runner's own output reads the same way: each program's KTAP nested below its result.
  const kcmp = parseKtap(runner.stdout.slice(runner.stdout.indexOf("TAP version 13", runner.stdout.indexOf("selftests: kcmp"))), { prefixed: true });
  assert.equal(kcmp.results[0]?.status, "pass", runner.stdout);
});

test("a program for another architecture is an error naming it, output past what is kept says so, a guest gone mid-collection leaves what ran reported", { timeout: 10 * 60_000 }, async () => {
  const dir = tempDir();
  const foreign = path.join(dir, "arch");
  mkdirSync(foreign);
  // The host's own /bin/true, its ELF header saying AArch64 (x86-64 on an arm64 host).
  const patched = readFileSync("/bin/true");
  patched.writeUInt16LE(process.arch === "arm64" ? 62 : 183, 18);
  writeFileSync(path.join(foreign, "other-arch"), patched, { mode: 0o755 });
  writeFileSync(path.join(foreign, "fine.sh"), "#!/bin/sh\necho fine\n", { mode: 0o755 });
  // More than Provium keeps of a program's output (16 MiB): the log says so.
  writeFileSync(path.join(foreign, "big.sh"), "#!/bin/sh\nhead -c 17000000 /dev/zero | tr '\\0' x | fold -w 100\n", { mode: 0o755 });
  writeFileSync(path.join(dir, "kselftest-list.txt"), "arch:other-arch\narch:fine.sh\narch:big.sh\n");
  // A guest that goes away mid-collection (sysrq's immediate reboot; QEMU runs with -no-reboot): what ran stays reported.
  const down = path.join(dir, "down");
  mkdirSync(down);
  writeFileSync(path.join(down, "first.sh"), "#!/bin/sh\necho first\n", { mode: 0o755 });
  writeFileSync(path.join(down, "reboot.sh"), "#!/bin/sh\necho going down\necho b > /proc/sysrq-trigger\nsleep 60\n", { mode: 0o755 });
  writeFileSync(path.join(down, "never.sh"), "#!/bin/sh\necho never\n", { mode: 0o755 });
  writeFileSync(path.join(dir, "kselftest-list.txt"), "down:first.sh\ndown:reboot.sh\ndown:never.sh\n", { flag: "a" });
  const out = tempDir();
  const r = await cli(["kselftest", dir, "--json", `${out}/results.json`]);
  assert.equal(r.exitCode, 1, r.all);
  const tests = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport).files.flatMap((f) => f.tests);
  const other = tests.find((t) => t.subtest?.test === "arch" && t.subtest.path[0] === "other-arch");
  assert.equal(other?.status, "error", r.all);
  assert.match(other!.failure!.message, /cannot run arch\/other-arch: it is an ELF for (AArch64|x86-64), and the guest is (x86-64|AArch64) \(build the selftests for the guest's architecture\)/);
  assert.equal(tests.find((t) => t.subtest?.test === "arch" && t.subtest.path[0] === "fine.sh")?.status, "passed");
  const big = tests.find((t) => t.subtest?.test === "arch" && t.subtest.path[0] === "big.sh");
  assert.equal(big?.status, "passed");
  assert.deepEqual(big?.logs.slice(0, 3), ["selftests: arch: big.sh", "[provium: what it printed past 16777216 bytes is not kept]", "x".repeat(100)]);
  const status = (name: string) => tests.find((t) => t.subtest?.test === "down" && t.subtest.path.join(" › ") === name)?.status;
  assert.deepEqual(["first.sh", "reboot.sh", "never.sh"].map(status), ["passed", "error", "error"], r.all);
  const failure = (name: string) => tests.find((t) => t.subtest?.test === "down" && t.subtest.path.join(" › ") === name)?.failure?.message;
  assert.match(failure("reboot.sh")!, /# error: the guest failed while it ran: .*VM 'distro-\d+'/);
  assert.match(failure("never.sh")!, /# error: not run: the guest failed while reboot\.sh ran$/);
  assert.equal(tests.find((t) => t.name === "down" && !t.subtest)?.status, "error", "the test says why it ended");
});

test("run's flags apply: shards split the collections, a known failure names a program, --retries runs a failing collection again", { timeout: 10 * 60_000 }, async () => {
  const dir = tempDir();
  for (const [collection, file, text] of [
    ["one", "fails.sh", "#!/bin/sh\necho 'not ok 1 a case'\nexit 1\n"],
    ["two", "passes.sh", "#!/bin/sh\necho fine\n"],
    ["three", "always.sh", "#!/bin/sh\necho 'broken for good'\nexit 2\n"],
  ] as const) {
    mkdirSync(path.join(dir, collection));
    writeFileSync(path.join(dir, collection, file), text, { mode: 0o755 });
    writeFileSync(path.join(dir, "kselftest-list.txt"), `${collection}:${file}\n`, { flag: "a" });
  }
  const known = path.join(tempDir(), "known.toml");
  writeFileSync(known, '[[known_failures]]\ntest = "one › fails.sh"\nreason = "a bug not fixed yet"\n');
  const out = tempDir();
  const shards = await Promise.all(
    [1, 2].map((i) => cli(["kselftest", dir, "--shard", `${i}/2`, "--known-failures", known, "--retries", "1", "--json", `${out}/${i}.json`, "--durations", `${out}/none.json`])),
  );
  const reports = [1, 2].map((i) => JSON.parse(readFileSync(`${out}/${i}.json`, "utf8")) as JsonReport);
  const files = reports.map((r) => r.files.map((f) => f.file));
  assert.deepEqual(files.flat().sort(), ["provium kselftest one", "provium kselftest three", "provium kselftest two"], "each collection in one shard");
  assert.ok(files.every((f) => f.length > 0), "both shards ran a collection");
  assert.deepEqual(shards.map((s) => s.exitCode), files.map((f) => (f.includes("provium kselftest three") ? 1 : 0)), shards.map((s) => s.all).join("\n"));
  const tests = reports.flatMap((r) => r.files.flatMap((f) => f.tests));
  const fails = tests.find((t) => t.subtest?.test === "one" && t.subtest.path.join(" › ") === "fails.sh");
  assert.equal(fails?.status, "xfail", "failing as the list expects");
  assert.equal(fails?.knownFailure?.reason, "a bug not fixed yet");
  const three = tests.find((t) => t.name === "three" && !t.subtest);
  assert.equal(three?.status, "failed");
  assert.equal(three?.attempts?.length, 1, "run again once");
  assert.match(three!.failure!.message, /\(attempt 2 of 2: every attempt failed\)$/);
});

test("with --kernel, a tree of dynamically linked programs runs on that kernel with the distro guest's userspace", { timeout: 10 * 60_000 }, async () => {
  const kernel = await ownKernel();
  const out = tempDir();
  const r = await cli(["kselftest", tree, "-c", "kcmp", "--kernel", kernel.bzImage, "--json", `${out}/results.json`, "-v"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.ok(r.all!.includes(`Linux version ${kernel.release} `), `the kernel under test booted:\n${r.all}`);
  const tests = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as JsonReport).files.flatMap((f) => f.tests);
  assert.equal(tests.find((t) => t.subtest?.test === "kcmp" && t.subtest.path[0] === "kcmp_test")?.status, "passed", "linked against the host's libc, it ran");
});
