// A synthetic kernel repository for the bisect tests: a linear history of
// commits whose build (build.sh) makes what the tests use — the kernel
// (the project's test kernel, copied), an initrd and a probe program the
// guest runs (--dir /opt/probe=probe-out). Chosen commits break it the ways
// real histories do: one does not build, one makes an initrd the kernel
// panics on (it never reaches the agent), one changes the probe's answer
// (the bug), one makes a second probe answer wrong every third run (a flaky
// bug).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface History {
  /** Commits in all, the first one good. */
  count: number;
  /** 1-based commit numbers (undefined: none). */
  buildFails?: number[];
  noBoot?: number[];
  /** From this commit on, probe.sh answers 41 instead of 42. */
  bug: number;
  /** From this commit on, flaky.sh answers wrong on every third call. */
  flakyBug?: number;
}

/** What the build copies in: the kernel and the initrd a good commit's kernel boots with. */
export interface BuildInputs {
  kernel: string;
  initrd: string;
}

/** The bisect flags that go with such a repository. */
export const BUILD_FLAGS = ["--build", "sh build.sh", "--initrd", "out/initrd.cpio", "--dir", "/opt/probe=probe-out"];

export function git(repo: string, ...args: string[]): string {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", env: { ...process.env, ...IDENTITY } });
}

/** Fixed names and dates: the same history gets the same hashes. */
const IDENTITY = {
  GIT_AUTHOR_NAME: "Ada Kernel", GIT_AUTHOR_EMAIL: "ada@example.org", GIT_AUTHOR_DATE: "2024-05-01T12:00:00Z",
  GIT_COMMITTER_NAME: "Ada Kernel", GIT_COMMITTER_EMAIL: "ada@example.org", GIT_COMMITTER_DATE: "2024-05-01T12:00:00Z",
};

function buildScript(n: number, h: History, inputs: BuildInputs): string {
  if (h.buildFails?.includes(n)) return `echo "drivers/probe.c:12:5: error: expected ';' before 'return'" >&2\nexit 2\n`;
  // A cut-off initrd: the kernel unpacks half of it, finds no init and panics (VFS: Unable to mount root fs).
  const initrd = h.noBoot?.includes(n) ? `head -c 300000 "${inputs.initrd}" > out/initrd.cpio` : `cp "${inputs.initrd}" out/initrd.cpio`;
  return ["set -e", "mkdir -p arch/x86/boot out probe-out", `cp "${inputs.kernel}" arch/x86/boot/bzImage`, initrd, "cp probe.sh flaky.sh probe-out/", ""].join("\n");
}

const probe = (n: number, h: History) => `#!/bin/sh\necho "answer: ${n >= h.bug ? 41 : 42}"\n`;
/** $1: how many times the flaky test has run (a counter the test keeps on the host). */
const flaky = (n: number, h: History) =>
  h.flakyBug !== undefined && n >= h.flakyBug ? `#!/bin/sh\nif [ $(($1 % 3)) -eq 0 ]; then echo "answer: 41"; else echo "answer: 42"; fi\n` : `#!/bin/sh\necho "answer: 42"\n`;

/** Commit i's subject: what a reader of the step log sees. */
export function subject(n: number, h: History): string {
  if (n === h.bug) return "probe: answer from the new table";
  if (n === h.flakyBug) return "flaky: cache the answer";
  if (h.buildFails?.includes(n)) return "probe: refactor (does not build)";
  if (h.noBoot?.includes(n)) return "initramfs: new layout (does not boot)";
  return `work item ${n}`;
}

/** Makes the repository in dir; returns the hashes, commit 1 first. */
export function makeRepo(dir: string, h: History, inputs: BuildInputs): string[] {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  const hashes: string[] = [];
  for (let n = 1; n <= h.count; n++) {
    writeFileSync(path.join(dir, "build.sh"), buildScript(n, h, inputs));
    writeFileSync(path.join(dir, "probe.sh"), probe(n, h), { mode: 0o755 });
    writeFileSync(path.join(dir, "flaky.sh"), flaky(n, h), { mode: 0o755 });
    writeFileSync(path.join(dir, "VERSION"), `${n}\n`);
    writeFileSync(path.join(dir, ".gitignore"), "arch/\nout/\nprobe-out/\n");
    git(dir, "add", "-A");
    git(dir, "commit", "--quiet", "-m", subject(n, h));
    hashes.push(git(dir, "rev-parse", "HEAD").trim());
  }
  return hashes;
}

/** The suite that runs the probes: a user's tests, beside (not in) the history. */
export const SUITE = {
  "probe.test.lua": `
test("probe answers 42", function(t)
  local vm = provium.create()
  vm:boot()
  local r = vm:exec("/opt/probe/probe.sh")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "answer: 42\\n")
  vm:shutdown()
end)
`,
  // Counts its runs on the host (FLAKY_COUNTER names the file), so its flakiness is the same every time.
  "flaky.test.lua": `
test("flaky probe answers 42", function(t)
  local c = provium.host_exec('n=$(cat "$FLAKY_COUNTER" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "$FLAKY_COUNTER"; echo $n')
  t:assert(c.ok, c.stderr)
  local vm = provium.create()
  vm:boot()
  local r = vm:exec({ "/opt/probe/flaky.sh", (c.stdout:gsub("%s", "")) })
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "answer: 42\\n")
  vm:shutdown()
end)
`,
};
