// provium bisect without guests: the search over real git histories (linear,
// with skips, with a merge), the worktree leaving the repository as it was,
// builds stopped with their whole process group, the verdict of a run, the
// bad inputs, and run --git-bisect's statuses for what needs no guest.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { runBuild } from "../../src/bisect/build.ts";
import { bisectCommand } from "../../src/bisect/command.ts";
import { Repo } from "../../src/bisect/git.ts";
import { resultMarkdown, resultText } from "../../src/bisect/report.ts";
import type { BisectResult } from "../../src/bisect/result.ts";
import { Search, type Verdict } from "../../src/bisect/search.ts";
import { Worktree } from "../../src/bisect/worktree.ts";
import type { BootFailure, RunResult, TestResult } from "../../src/engine/results.ts";
import { bisectRequest } from "../../src/cli/args.ts";
import { cleanupNow } from "../../src/host/cleanup.ts";
import { INTERNAL_ERROR } from "../../src/lua/bridge.ts";
import { gitBisectStatus, runVerdict } from "../../src/run/verdict.ts";
import { UsageError } from "../../src/util/errors.ts";
import { processAlive } from "../../src/util/proc.ts";
import { git } from "../support/bisect-repo.ts";
import { cli } from "../support/cli.ts";
import { FAKE_BZIMAGE, tempDir } from "../support/temp.ts";
import { treeDigest } from "../support/tree-digest.ts";

/** A linear history of n commits (file n holds its number); hashes, commit 1 first. */
function linearRepo(n: number, dir = path.join(tempDir(), "repo")): { dir: string; hashes: string[] } {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  const hashes: string[] = [];
  for (let i = 1; i <= n; i++) hashes.push(commit(dir, `c${i}`));
  return { dir, hashes };
}

/** A commit writing its name into file (default n). */
function commit(dir: string, name: string, file = "n"): string {
  writeFileSync(path.join(dir, file), `${name}\n`);
  git(dir, "add", file);
  git(dir, "commit", "--quiet", "-m", name);
  return git(dir, "rev-parse", "HEAD").trim();
}

/** Runs a search to its end with an oracle; returns the outcome and the commits tested. */
async function search(dir: string, good: string, bad: string, oracle: (commit: string) => Verdict) {
  const s = new Search(await Repo.open(dir), good, bad);
  const tested: string[] = [];
  for (;;) {
    const next = await s.next();
    if (next.kind !== "test") return { next, tested };
    tested.push(next.commit);
    s.mark(next.commit, oracle(next.commit));
  }
}

test("the search finds every first bad commit of a linear history in about log2 steps", async () => {
  const { dir, hashes } = linearRepo(20);
  for (const bug of [2, 3, 8, 11, 19, 20]) {
    const { next, tested } = await search(dir, hashes[0]!, hashes[19]!, (c) => (hashes.indexOf(c) + 1 >= bug ? "bad" : "good"));
    assert.deepEqual(next, { kind: "found", commit: hashes[bug - 1] }, `bug at ${bug}`);
    assert.ok(tested.length <= 5, `bug at ${bug}: ${tested.length} steps for 18 untested commits`);
  }
});

test("skipped commits are passed over; when only they are left, the answer is ambiguous and names them", async () => {
  const { dir, hashes } = linearRepo(16);
  const n = (c: string) => hashes.indexOf(c) + 1;
  // Bug at 9; 6, 7 and 8 cannot be tested (say, they do not build), 12 neither.
  const skips = new Set([6, 7, 8, 12]);
  const oracle = (bug: number) => (c: string): Verdict => (skips.has(n(c)) ? "skip" : n(c) >= bug ? "bad" : "good");
  const hidden = await search(dir, hashes[0]!, hashes[15]!, oracle(9));
  assert.deepEqual(hidden.next, { kind: "ambiguous", candidates: [hashes[5], hashes[6], hashes[7], hashes[8]] }, "6, 7, 8 skipped, 9 bad");
  assert.ok(hidden.tested.includes(hashes[4]!) && hidden.tested.includes(hashes[8]!), "5 (good) and 9 (bad) were tested");
  const clear = await search(dir, hashes[0]!, hashes[15]!, oracle(11));
  assert.deepEqual(clear.next, { kind: "found", commit: hashes[10] }, "a bug beside a skipped commit (12) is still found");
});

test("a bug on a merged branch is found on that branch, not at the merge", async () => {
  const { dir, hashes } = linearRepo(4);
  git(dir, "checkout", "--quiet", "-b", "topic", hashes[1]!);
  const topic = ["t1", "t2", "t3", "t4", "t5"].map((name) => commit(dir, name, "topic"));
  git(dir, "checkout", "--quiet", "main");
  git(dir, "merge", "--quiet", "--no-ff", "-m", "merge topic", "topic");
  const merge = git(dir, "rev-parse", "HEAD").trim();
  const after = [commit(dir, "c5"), commit(dir, "c6")];
  // Bad: t3 and everything that contains it.
  const repo = await Repo.open(dir);
  const bad = async (c: string) => repo.isAncestor(topic[2]!, c);
  const verdicts = new Map<string, Verdict>();
  for (const c of [...hashes, ...topic, merge, ...after]) verdicts.set(c, (await bad(c)) ? "bad" : "good");
  const { next } = await search(dir, hashes[0]!, after[1]!, (c) => verdicts.get(c)!);
  assert.deepEqual(next, { kind: "found", commit: topic[2] });
});

test("the worktree leaves the repository exactly as it was: its directory and git's record go, on remove() and on the exit path", async () => {
  const { dir, hashes } = linearRepo(3);
  writeFileSync(path.join(dir, "n"), "uncommitted\n"); // the user's own changes
  writeFileSync(path.join(dir, "untracked"), "mine\n");
  const before = treeDigest(dir);
  const repo = await Repo.open(dir);
  const worktree = await Worktree.add(repo, hashes[0]!);
  assert.equal(readFileSync(path.join(worktree.dir, "n"), "utf8"), "c1\n");
  await worktree.checkout(hashes[2]!);
  writeFileSync(path.join(worktree.dir, "built.o"), "object");
  await worktree.checkout(hashes[1]!);
  assert.equal(readFileSync(path.join(worktree.dir, "n"), "utf8"), "c2\n");
  assert.ok(existsSync(path.join(worktree.dir, "built.o")), "a build's products stay from step to step");
  assert.match(git(dir, "worktree", "list"), new RegExp(worktree.dir));
  worktree.remove();
  assert.ok(!existsSync(worktree.root));
  assert.equal(treeDigest(dir), before, "no .git/worktrees left behind, index and HEAD untouched");

  // Another worktree of the user's exists: its record stays, ours goes; on the exit path too.
  git(dir, "worktree", "add", "--quiet", "--detach", path.join(path.dirname(dir), "theirs"), hashes[1]!);
  const withTheirs = treeDigest(dir);
  const second = await Worktree.add(repo, hashes[2]!);
  // A build that writes over .git must not make remove() delete what it points at.
  writeFileSync(path.join(second.dir, ".git"), `gitdir: ${dir}\n`);
  cleanupNow();
  assert.ok(!existsSync(second.root));
  assert.equal(treeDigest(dir), withTheirs);
  assert.deepEqual(readdirSync(path.join(dir, ".git", "worktrees")), ["theirs"]);
});

test("a build runs in its worktree; a stopped build takes its whole process group along; output is kept as a tail", async () => {
  const dir = tempDir();
  const ok = await runBuild("for i in $(seq 1 100); do echo line $i; done; echo $PROVIUM_X > out", dir, { env: { PROVIUM_X: "made" }, signal: new AbortController().signal });
  assert.equal(ok.ok, true);
  assert.equal(readFileSync(path.join(dir, "out"), "utf8"), "made\n");
  assert.deepEqual([ok.tail.length, ok.tail.at(-1)], [30, "line 100"]);
  const missing = await runBuild("no-such-build-tool -j8", dir, { env: {}, signal: new AbortController().signal });
  assert.deepEqual([missing.ok, missing.exitCode], [false, 127]);
  assert.match(missing.tail.join("\n"), /no-such-build-tool: not found/);

  // A long build: a background child (a compiler make started) and the shell waiting for it.
  const controller = new AbortController();
  const pidFile = path.join(dir, "child.pid");
  const running = runBuild(`sleep 300 > /dev/null 2>&1 & echo $! > ${pidFile}; wait`, dir, { env: {}, signal: controller.signal });
  while (!existsSync(pidFile) || !readFileSync(pidFile, "utf8").trim()) await new Promise((r) => setTimeout(r, 20));
  const child = Number(readFileSync(pidFile, "utf8"));
  assert.ok(processAlive(child));
  controller.abort();
  const stopped = await running;
  assert.deepEqual([stopped.ok, stopped.interrupted], [false, true]);
  for (let i = 0; i < 100 && processAlive(child); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(!processAlive(child), "the build's child is gone with the shell");

  // A build that leaves a process behind (a daemon it started) ends when its shell does, and takes it along.
  const daemonPid = path.join(dir, "daemon.pid");
  const leaves = await runBuild(`sleep 300 & echo $! > ${daemonPid}; echo built`, dir, { env: {}, signal: new AbortController().signal });
  assert.deepEqual([leaves.ok, leaves.tail], [true, ["built"]]);
  const daemon = Number(readFileSync(daemonPid, "utf8"));
  for (let i = 0; i < 100 && processAlive(daemon); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(!processAlive(daemon), "what the build left running is gone");
});

const passed = (name: string): TestResult => ({ file: "t.test.lua", name, line: 1, status: "passed", durationMs: 1, tags: [], logs: [], warnings: [] });
const failed = (name: string, message: string): TestResult => ({ ...passed(name), status: "failed", failure: { kind: "failure", message, traceback: "", consoles: [] } });
const runOf = (tests: TestResult[], bootFailures: BootFailure[] = []): RunResult => ({ files: [{ file: "t.test.lua", durationMs: 1, tests }], durationMs: 1, notRun: [], bootFailures });
const panic: BootFailure = { vm: "kut-1", source: "t.test.lua", message: "VM 'kut-1': the guest kernel panicked: Kernel panic - not syncing: VFS", consoleTail: "" };

test("a run's verdict: passed, failed, did not boot (only when something failed), nothing ran, Provium's own error", () => {
  const cases: [RunResult, boolean, string, number][] = [
    [runOf([passed("a"), passed("b")]), false, "passed", 0],
    [runOf([passed("a"), failed("b", "expected 42")]), false, "failed", 1],
    [runOf([failed("a", "boot")], [panic]), false, "did-not-boot", 125],
    [runOf([passed("a")], [panic]), false, "passed", 0], // a test that expected its guest not to boot, and passed
    [runOf([{ ...passed("a"), status: "skipped", reason: "no CONFIG_X" }]), false, "nothing-ran", 125],
    [runOf([failed("a", `${INTERNAL_ERROR}: TypeError`), failed("b", "x")], [panic]), false, "internal-error", 255],
    [runOf([passed("a")]), true, "interrupted", 130],
  ];
  for (const [run, interrupted, kind, status] of cases) {
    const verdict = runVerdict(run, interrupted);
    assert.equal(verdict.kind, kind);
    assert.equal(gitBisectStatus(verdict), status, kind);
  }
});

const commitInfo = (hash: string, subject: string) => ({ hash: hash.repeat(40).slice(0, 40), subject, author: "A <a@b>", date: "2024-05-01T12:00:00Z" });

test("the result reads as text and as a job summary whose Markdown the content cannot break", () => {
  const bad = commitInfo("b", "probe: | <b>new</b> table");
  const step = { number: 1, role: "step" as const, commit: bad, verdict: "bad" as const, reason: "1 test failed (x: ``` | y)", buildMs: 41_200, testMs: 9_100, tries: 1, failures: [], passed: 0 };
  const result: BisectResult = {
    outcome: "found", good: commitInfo("a", "good"), bad, selection: "tests/",
    firstBad: { commit: bad, failures: [{ test: "probe", file: "tests/p.test.lua", line: 7, message: "expected 42\n```\ngot 41" }], parent: { commit: commitInfo("c", "parent"), step: 3, tests: [{ test: "probe", status: "passed" }] } },
    steps: [step],
  };
  const text = resultText(result);
  assert.match(text, /^bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb is the first bad commit$/m);
  assert.match(text, /at its parent cccccccccccc \(step 3\): probe passed/);
  assert.match(text, /^ {3}1\. bbbbbbbbbbbb bad {2}1 test failed .*\(build 41 s, tests 9\.1 s\)$/m);
  const md = resultMarkdown(result);
  assert.match(md, /^## 🎯 Provium bisect: bbbbbbbbbbbb is the first bad commit$/m);
  assert.match(md, /probe: \| &lt;b&gt;new&lt;\/b&gt; table/, "no HTML from a subject");
  assert.match(md, /^````text\nexpected 42\n```\ngot 41\n````$/m, "a fence longer than the message's");
  assert.match(md, /\| 1 \| bbbbbbbbbbbb \| bad \| 1 test failed \(x: ``` \\\| y\) \| 41 s \| 9\.1 s \|/, "a pipe in a cell is escaped");
});

/** A suite and a kernel-free history for the command's bad inputs (none gets as far as a guest). */
function userRepo() {
  const { dir, hashes } = linearRepo(4);
  git(dir, "checkout", "--quiet", "-b", "side", hashes[1]!);
  const side = commit(dir, "side");
  git(dir, "checkout", "--quiet", "main");
  const suite = tempDir({ "x.test.lua": "test('x', function(t) end)\n" });
  return { dir, hashes, side, suite };
}

test("bad input: each mistake is named with what to do, exit 2, and the repository is as it was", async () => {
  const { dir, hashes, side, suite } = userRepo();
  const before = treeDigest(dir);
  // In this process (the CLI's parse and command, as main.ts calls them): quicker than a process per mistake.
  const mistake = async (args: string[]): Promise<string> => {
    try {
      await bisectCommand(bisectRequest(["--repo", dir, ...args, suite]));
    } catch (error) {
      assert.ok(error instanceof UsageError, String(error));
      return error.message;
    }
    assert.fail(`${args.join(" ")} was taken`);
  };
  const cases: [string[], RegExp][] = [
    [["--bad", "main", "--build", "make"], /provium bisect needs --good \(e\.g\. --good v6\.8\)/],
    [["--good", "main~3", "--bad", "main"], /provium bisect needs --build/],
    [["--good", "v9.9", "--bad", "main", "--build", "make"], /--good v9\.9: no such commit in .*repo \(a branch, tag or hash/],
    [["--good", "main~3", "--bad", "nope", "--build", "make"], /--bad nope: no such commit/],
    [["--good", side, "--bad", "main", "--build", "make"], /--good \w+ \(\w{12}\) is not an ancestor of --bad main \(\w{12}\): the good commit must be in the bad one's history/],
    [["--good", "main", "--bad", hashes[3]!, "--build", "make"], /--good and --bad are the same commit/],
    [["--good", "main~3", "--bad", "main", "--build", "make", "--tries", "0"], /^tries must be a whole number >= 1, got '0'$/],
    [["--good", "main~3", "--bad", "main", "--build", "make", "--boot-failure", "good"], /boot-failure must be one of skip, bad, got 'good'/],
    [["--good", "main~3", "--bad", "main", "--build", "make", "--profile", "distro"], /--profile does not apply/],
    [["--good", "main~3", "--bad", "main", "--build", "make", "--timeout", "soon"], /timeout must be a positive number/],
    [["--good", "main~3", "--bad", "main", "--build", "make", "--dir", "nothing"], /--dir must be GUEST_PATH=HOST_DIR/],
  ];
  for (const [args, message] of cases) assert.match(await mistake(args), message, args.join(" "));
  const notRepo = await cli(["bisect", "--repo", suite, "--good", "a", "--bad", "b", "--build", "make", suite]);
  assert.equal(notRepo.exitCode, 2);
  assert.match(notRepo.all!, /^provium: --repo .* is not a git repository .*: give the kernel tree to bisect with --repo/m);
  assert.doesNotMatch(notRepo.all!, /\n\s+at /, "no stack trace");

  // A build command that is not there: found at the first build (the good endpoint), before any guest.
  const notFound = await cli(["bisect", "--repo", dir, "--good", "main~3", "--bad", "main", "--build", "mkae -j8 bzImage", suite]);
  assert.equal(notFound.exitCode, 2, notFound.all);
  assert.match(notFound.all!, /--build "mkae -j8 bzImage": the command was not found \(sh said: .*mkae: not found\)/);
  const worktree = /worktree: (\S+)/.exec(notFound.all!)?.[1];
  assert.ok(worktree && !existsSync(worktree), "its worktree is gone");
  assert.equal(treeDigest(dir), before);
});

test("run --git-bisect: a kernel under test that is missing or no kernel is 125 (skip); Provium's own errors are above 127", async () => {
  const suite = tempDir({ "x.test.lua": "test('x', function(t) end)\n", "bzImage": FAKE_BZIMAGE, "vmlinux.o": "not a kernel" });
  const missing = await cli(["run", "--git-bisect", "--kernel", path.join(suite, "arch/x86/boot/bzImage"), suite]);
  assert.equal(missing.exitCode, 125, missing.all);
  assert.match(missing.all!, /kernel .*bzImage does not exist: build it before the run/);
  assert.equal((await cli(["run", "--git-bisect", "--kernel", path.join(suite, "vmlinux.o"), suite])).exitCode, 125);
  assert.equal((await cli(["run", "--git-bisect", "--kernel", path.join(suite, "bzImage"), "--modules", path.join(suite, "none"), suite])).exitCode, 125);
  assert.equal((await cli(["run", "--kernel", path.join(suite, "arch/x86/boot/bzImage"), suite])).exitCode, 2, "without the flag: a usage error, as before");
  const usage = await cli(["run", "--git-bisect", "--timeout", "soon", suite]);
  assert.equal(usage.exitCode, 255, usage.all);
  assert.equal((await cli(["run", "--git-bisect", "--no-such-flag", suite])).exitCode, 255);
  assert.equal((await cli(["run", "--git-bisect", path.join(suite, "none")])).exitCode, 255);
  const good = await cli(["run", "--git-bisect", suite]);
  assert.equal(good.exitCode, 0, good.all);
  assert.match(good.all!, /provium: for git bisect: good \(exit 0\): 1 test passed/);
});

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const)
  test(`${signal} during a build: the build's whole process group stops, the worktree goes, exit ${code}, the repository as it was`, async () => {
    const { dir, suite } = userRepo();
    const before = treeDigest(dir);
    const pidFile = path.join(tempDir(), "compiler.pid");
    const run = cli(["bisect", "--repo", dir, "--good", "main~3", "--bad", "main", "--build", `sleep 300 > /dev/null 2>&1 & echo $! > ${pidFile}; wait`, suite]);
    while (!existsSync(pidFile) || !readFileSync(pidFile, "utf8").trim()) await new Promise((r) => setTimeout(r, 20));
    const compiler = Number(readFileSync(pidFile, "utf8"));
    run.kill(signal);
    const r = await run;
    assert.equal(r.exitCode, code, r.all);
    for (let i = 0; i < 100 && processAlive(compiler); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(!processAlive(compiler), "the build's child is gone");
    const worktree = /worktree: (\S+)/.exec(r.all!)![1]!;
    assert.ok(!existsSync(path.dirname(worktree)), "the worktree is gone");
    assert.equal(treeDigest(dir), before);
  });
