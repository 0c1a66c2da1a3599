// provium bisect against real guests, over a synthetic kernel history
// (test/support/bisect-repo.ts) whose build makes the kernel, initrd and
// probe program the tests use: the first bad commit is found exactly, past
// a commit that does not build and one whose kernel panics at boot, with
// the user's checkout (uncommitted changes, a bisect of their own in
// progress) left exactly as it was; a flaky bug is found with --tries 3;
// skipped commits around the bug give the candidates; Ctrl-C leaves no
// worktree and no QEMU; and git bisect run, driven by the user with
// `provium run --git-bisect`, finds the same commit.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import type { BisectResult } from "../../src/bisect/result.ts";
import { paths } from "../../src/util/home.ts";
import { processAlive } from "../../src/util/proc.ts";
import { BUILD_FLAGS, git, makeRepo, SUITE, subject, type History } from "../support/bisect-repo.ts";
import { cli } from "../support/cli.ts";
import { ownKernel } from "../support/own-kernel.ts";
import { processesMentioning } from "../support/processes.ts";
import { tempDir } from "../support/temp.ts";
import { treeDigest } from "../support/tree-digest.ts";

/** 18 commits: 9 panics at boot, 10 does not build, 12 brings the bug, 14 a flaky one. */
const HISTORY: History = { count: 18, noBoot: [9], buildFails: [10], bug: 12, flakyBug: 14 };

/** Made here, at the top level: a tempDir() of the before() hook would go when the hook ends. */
const repo = path.join(tempDir(), "linux");
let hashes: string[];
let inputs: { kernel: string; initrd: string };

/** The user's checkout: the history, a change not committed, the suite untracked beside it, and a bisect of their own under way. */
function userCheckout(dir: string, history: History): string[] {
  const made = makeRepo(dir, history, inputs);
  writeFileSync(path.join(dir, "VERSION"), "work in progress\n");
  mkdirSync(path.join(dir, "tests"));
  for (const [name, text] of Object.entries(SUITE)) writeFileSync(path.join(dir, "tests", name), text);
  return made;
}

before(async () => {
  inputs = { kernel: (await ownKernel()).bzImage, initrd: paths().baseRootfs };
  hashes = userCheckout(repo, HISTORY);
  git(repo, "bisect", "start", "--no-checkout", "main", "main~4"); // the user's own, left alone
});

/** Everything about the user's repository a bisect could change. */
function userState(dir: string) {
  return { tree: treeDigest(dir), head: git(dir, "rev-parse", "HEAD"), worktrees: git(dir, "worktree", "list", "--porcelain"), bisectLog: git(dir, "bisect", "log") };
}
const status = (dir: string) => git(dir, "status", "--porcelain");

const bisect = (args: string[], env: Record<string, string> = {}, cwd = repo) => cli(["bisect", ...BUILD_FLAGS, ...args], env, cwd);
const at = (n: number) => hashes[n - 1]!;
const readResult = (file: string) => JSON.parse(readFileSync(file, "utf8")) as BisectResult;

test("the first bad commit is found past a commit that does not build and one that does not boot; the user's checkout is untouched", async () => {
  const before = userState(repo);
  const statusBefore = status(repo);
  const out = tempDir();
  const summary = path.join(out, "summary.md");
  const r = await bisect(["--good", "main~17", "--bad", "main", "--json", path.join(out, "result.json"), "tests/probe.test.lua"], { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, new RegExp(`^${at(12)} is the first bad commit$`, "m"));

  const result = readResult(path.join(out, "result.json"));
  assert.equal(result.outcome, "found");
  assert.deepEqual(result.firstBad!.commit, { hash: at(12), subject: subject(12, HISTORY), author: "Ada Kernel <ada@example.org>", date: "2024-05-01T12:00:00+00:00" });
  assert.deepEqual(result.firstBad!.failures.map((f) => [f.test, f.file, f.line, f.message]), [["probe answers 42", "tests/probe.test.lua", 7, 'tests/probe.test.lua:7: expected "answer: 42\\n", got "answer: 41\\n"']]);
  const parent = result.firstBad!.parent;
  assert.deepEqual(parent && [parent.commit.hash, parent.tests], [at(11), [{ test: "probe answers 42", status: "passed" }]]);
  // The step log: the endpoints first, each skip with its reason, every step's times.
  const byCommit = new Map(result.steps.map((step) => [step.commit.hash, step]));
  assert.deepEqual(result.steps.slice(0, 2).map((s) => [s.role, s.commit.hash, s.verdict]), [["good endpoint", at(1), "good"], ["bad endpoint", at(18), "bad"]]);
  assert.match(byCommit.get(at(10))?.reason ?? "not tested", /^build failed \(exit 2\): drivers\/probe\.c:12:5: error: expected ';' before 'return'$/);
  assert.equal(byCommit.get(at(10))?.verdict, "skip");
  assert.match(byCommit.get(at(9))?.reason ?? "not tested", /^did not boot: VM '[\w-]+': the guest kernel panicked: Kernel panic - not syncing: VFS: Unable to mount root fs/);
  assert.equal(byCommit.get(at(9))?.verdict, "skip");
  assert.match(byCommit.get(at(9))!.tail!, /Kernel panic - not syncing/, "the console's last lines are kept");
  for (const step of result.steps) {
    assert.equal(step.verdict, step.commit.hash === at(9) || step.commit.hash === at(10) ? "skip" : hashes.indexOf(step.commit.hash) + 1 >= 12 ? "bad" : "good", step.commit.subject);
    assert.ok(step.buildMs >= 0 && (step.verdict === "skip" && step.commit.hash === at(10) ? step.testMs === 0 : step.testMs > 0), `times of step ${step.number}`);
  }
  assert.match(r.all!, /^step \d+: \w{12} initramfs: new layout \(does not boot\)\n {2}skip: did not boot: .*\(build [\d.]+ m?s, tests [\d.]+ m?s\)$/m, "printed as it goes");

  const md = readFileSync(summary, "utf8");
  assert.match(md, new RegExp(`^## 🎯 Provium bisect: ${at(12).slice(0, 12)} is the first bad commit`, "m"));
  assert.match(md, /\| skip \| build failed \(exit 2\): drivers\/probe\.c:12:5: error/);
  assert.match(md, /\| skip \| did not boot: VM /);

  const worktree = /^worktree: (\S+)/m.exec(r.all!)![1]!;
  assert.ok(!existsSync(path.dirname(worktree)), "the worktree is gone");
  assert.deepEqual(userState(repo), before, "tree (with .git), HEAD, worktrees and the user's own bisect as they were");
  assert.equal(status(repo), statusBefore);
});

test("a flaky bug (wrong every third run) is found with --tries 3: one failure in the tries makes a commit bad", async () => {
  const counter = path.join(tempDir(), "runs");
  const out = path.join(tempDir(), "result.json");
  const r = await bisect(["--tries", "3", "--good", "main~7", "--bad", "main", "--json", out, "tests/flaky.test.lua"], { FLAKY_COUNTER: counter });
  assert.equal(r.exitCode, 0, r.all);
  const result = readResult(out);
  assert.equal(result.firstBad?.commit.hash, at(14));
  for (const step of result.steps) {
    if (step.verdict === "good") assert.deepEqual([step.tries, step.reason], [3, "1 test passed, 3 tries"]);
    if (step.verdict === "bad") assert.match(step.reason, /flaky probe answers 42: .*got "answer: 41\\n"\) at try [123]$/);
  }
  assert.ok(result.steps.some((s) => s.verdict === "bad" && s.tries > 1), "a bad commit that passed its first try");
  assert.equal(Number(readFileSync(counter, "utf8")), result.steps.reduce((sum, s) => sum + s.tries, 0), "every try ran the test");
});

test("skipped commits around the bug: the candidates are listed, exit 1; with --boot-failure bad a kernel that panics is the bad one", async () => {
  // 3 and 4 do not build, 4 brings the bug: the first bad commit is 3, 4 or 5.
  const history: History = { count: 6, buildFails: [3, 4], bug: 4 };
  const small = path.join(tempDir(), "linux");
  const commits = userCheckout(small, history);
  const out = path.join(tempDir(), "result.json");
  const r = await bisect(["--good", commits[0]!, "--bad", "main", "--json", out, "tests/probe.test.lua"], {}, small);
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /skipped commits hide the first bad commit: it is one of 3; the first bad commit could be any of:\n {2}\w+ probe: refactor \(does not build\)\n {2}\w+ probe: answer from the new table\n {2}\w+ work item 5\n/);
  const result = readResult(out);
  assert.equal(result.outcome, "ambiguous");
  assert.deepEqual(result.candidates?.map((c) => c.hash), [commits[2], commits[3], commits[4]]);

  // 3 panics at boot, 4 brings the bug: with --boot-failure bad, 3 is the first bad commit whatever
  // order the search tests 2, 3 and 4 in (in a history where a good commit followed the panicking
  // one, the answer would depend on git's pick among equally good candidates, which the hashes decide).
  const panics: History = { count: 5, noBoot: [3], bug: 4 };
  const third = path.join(tempDir(), "linux");
  const panicCommits = userCheckout(third, panics);
  const boots = path.join(tempDir(), "result.json");
  const panicking = await bisect(["--boot-failure", "bad", "--good", panicCommits[0]!, "--bad", "main", "--json", boots, "tests/probe.test.lua"], {}, third);
  assert.equal(panicking.exitCode, 0, panicking.all);
  const found = readResult(boots);
  assert.equal(found.firstBad?.commit.hash, panicCommits[2]);
  assert.match(found.steps.find((s) => s.commit.hash === panicCommits[2])!.reason, /^did not boot: .*Kernel panic/);
});

test("--good last-pass: a nightly history's newest passing run is the good end, and the bug is found from there", async () => {
  // Two nightlies as a workflow runs them: in a checkout of the tree at the night's commit,
  // the kernel built there, provium run --history. The 11th commit passes, the 14th fails.
  const history = path.join(tempDir(), "history");
  const nightly = async (n: number, exitCode: number) => {
    const checkout = path.join(tempDir(), `night-${n}`);
    git(repo, "worktree", "add", "--quiet", "--detach", checkout, at(n));
    try {
      mkdirSync(path.join(checkout, "tests"));
      for (const [name, text] of Object.entries(SUITE)) writeFileSync(path.join(checkout, "tests", name), text);
      await execa("sh", ["build.sh"], { cwd: checkout });
      const r = await cli(["run", "--history", history, "--kernel", "arch/x86/boot/bzImage", "--initrd", "out/initrd.cpio", "--dir", "/opt/probe=probe-out", "tests/probe.test.lua"], {}, checkout);
      assert.equal(r.exitCode, exitCode, r.all);
    } finally {
      git(repo, "worktree", "remove", "--force", checkout);
    }
  };
  await nightly(11, 0);
  await nightly(14, 1);
  const out = path.join(tempDir(), "result.json");
  const r = await bisect(["--good", "last-pass", "--history", history, "--bad", "main~4", "--json", out, "tests/probe.test.lua"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, new RegExp(`^--good last-pass: ${at(11).slice(0, 12)} \\(from the run commit of run [\\w.-]+, [\\dT:.-]+Z: the newest in `, "m"));
  const result = readResult(out);
  assert.deepEqual(result.steps.slice(0, 2).map((s) => [s.role, s.commit.hash, s.verdict]), [["good endpoint", at(11), "good"], ["bad endpoint", at(14), "bad"]]);
  assert.equal(result.firstBad?.commit.hash, at(12));
});

/** Starts a bisect, waits until QEMU runs a step's tests, then interrupts it (signals: how many Ctrl-C). */
async function interruptDuringTests(signals: number) {
  const before = userState(repo);
  const run = bisect(["--good", "main~17", "--bad", "main", "tests/probe.test.lua"]);
  let qemu: number[] = [];
  for (let i = 0; i < 1200 && qemu.length === 0; i++) {
    await sleep(50);
    qemu = processesMentioning("provium-bisect-").filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("/usr/bin/qemu") || /qemu-system/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8")));
  }
  assert.ok(qemu.length > 0, "a guest of the bisect ran");
  for (let i = 0; i < signals; i++) run.kill("SIGINT");
  const r = await run;
  assert.equal(r.exitCode, 130, r.all);
  for (let i = 0; i < 100 && qemu.some(processAlive); i++) await sleep(50);
  assert.deepEqual(qemu.filter(processAlive), [], "its QEMU is gone");
  const worktree = /^worktree: (\S+)/m.exec(r.all!)![1]!;
  assert.ok(!existsSync(path.dirname(worktree)), "the worktree is gone");
  assert.deepEqual(processesMentioning(path.dirname(worktree)), [], "nothing of the bisect runs");
  assert.deepEqual(userState(repo), before);
  return r.all!;
}

test("Ctrl-C while a step's tests run: the tests stop, the step log so far is printed, worktree and QEMU are gone, the repository as it was", async () => {
  const output = await interruptDuringTests(1);
  assert.match(output, /interrupting: stopping the build or tests and removing the bisect's worktree/);
  assert.match(output, /no answer: interrupted during step 1/);
});

test("Ctrl-C twice: everything stops at once, and still nothing is left", async () => {
  await interruptDuringTests(2);
});

test("git bisect run with provium run --git-bisect: a build failure and a panicking kernel are skipped (125), the bug is found", async () => {
  const clone = path.join(tempDir(), "clone");
  await execa("git", ["clone", "--quiet", repo, clone]);
  const suite = path.join(repo, "tests", "probe.test.lua");
  const provium = `node --import ${import.meta.resolve("tsx")} ${path.resolve("src/cli/main.ts")}`;
  writeFileSync(path.join(clone, "..", "step.sh"), `sh build.sh || exit 125\nexec ${provium} run --git-bisect -q --kernel arch/x86/boot/bzImage --initrd out/initrd.cpio --dir /opt/probe=probe-out ${suite}\n`);
  await execa("git", ["-C", clone, "bisect", "start", "main", "main~17"]);
  const r = await execa("git", ["-C", clone, "bisect", "run", "sh", path.join(clone, "..", "step.sh")], { reject: false, all: true });
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all, new RegExp(`^${at(12)} is the first bad commit$`, "m"));
  const log = git(clone, "bisect", "log");
  for (const n of [9, 10]) if (log.includes(at(n))) assert.match(log, new RegExp(`^git bisect skip ${at(n)}$`, "m"), `commit ${n} was skipped`);
  assert.match(r.all, /provium: for git bisect: skip \(exit 125\): did not boot: .*Kernel panic/);
});
