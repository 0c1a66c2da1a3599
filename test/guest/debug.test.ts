// Looking inside a guest: `provium shell` (with -c, and interactive on a
// terminal), `provium repl`, and --keep-failed bundles reopened.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connect } from "node:net";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { cli } from "../support/cli.ts";
import { minimalCopySuite } from "../support/minimal-copy.ts";
import { tempDir } from "../support/temp.ts";
import { ScriptedTerminal } from "../support/terminal.ts";

const SUITE = "test/lua-suites/debug";
const PROVIUM = "node --import tsx src/cli/main.ts";

test("shell -c on the built-in guest: output, stderr and the command's exit status; nothing left behind", async () => {
  const runs = tempDir();
  const r = await cli(["shell", "-c", "echo out-$((6*7)); echo err >&2; cat /proc/mounts | grep -c sysfs; exit 7"], { PROVIUM_RUNS_DIR: runs });
  assert.equal(r.exitCode, 7, r.all);
  assert.equal(r.stdout, "out-42\n1"); // execa strips the last newline
  assert.match(r.stderr, /^err$/m);
  assert.deepEqual(readdirSync(runs), []);
});

test("shell -c on a fixture: the fixture's file and its daemon are there", async () => {
  const r = await cli(["shell", "--suite", SUITE, "--fixture", "prepared", "-c", "cat /tmp/fixture-marker; ps | grep -c '[s]leep 1000'"]);
  assert.equal(r.exitCode, 0, r.all);
  assert.equal(r.stdout, "from the fixture\n1");
});

test("the interactive shell on a terminal: prompt, output, Ctrl-C interrupts sleep, exit status", async () => {
  const runs = tempDir();
  const term = new ScriptedTerminal(`${PROVIUM} shell`, { PROVIUM_RUNS_DIR: runs });
  await term.expect(/provium:\/# /);
  term.type("echo hi-$((6*7)); tty\r");
  await term.expect(/hi-42\r+\n\/dev\/pts\/\d+\r+\n/); // each terminal on the way adds its \r
  await term.expect(/provium:\/# /);
  term.type("sleep 100\r");
  await term.expect(/sleep 100/);
  term.type("\x03"); // the guest's sleep gets SIGINT: the prompt is back long before 100 s
  await term.expect(/\^C\r*\n.*provium:\/# /, 20_000);
  term.type("echo status-$?\r");
  await term.expect(/status-130\r+\n/);
  term.type("exit 5\r");
  assert.equal(await term.exitCode(), 5, term.text);
  assert.deepEqual(readdirSync(runs), []);
});

test("the guest's terminal follows the window size: at start, and when the terminal is resized", async () => {
  const runs = tempDir();
  // The terminal script(1) made: resizing it (TIOCSWINSZ) sends provium SIGWINCH, as a terminal emulator does.
  const term = new ScriptedTerminal(`stty rows 30 cols 90; echo tty=$(tty); exec ${PROVIUM} shell`, { PROVIUM_RUNS_DIR: runs });
  const tty = (await term.expect(/tty=(\/dev\/pts\/\d+)/))[1]!;
  await term.expect(/provium:\/# /);
  term.type("stty size\r");
  await term.expect(/\r\n30 90\r+\n/);
  await execa("stty", ["-F", tty, "rows", "41", "cols", "123"]);
  // The resize travels on its own (SIGWINCH, then an agent call): ask until the guest shows it.
  let size = "";
  for (let i = 0; i < 40 && size !== "41 123"; i++) {
    if (i) await sleep(250);
    term.type("stty size\r");
    size = (await term.expect(/\r\n(\d+ \d+)\r+\n/, 10_000))[1]!;
  }
  assert.equal(size, "41 123", term.text);
  term.type("exit\r");
  assert.equal(await term.exitCode(), 0, term.text);
  assert.deepEqual(readdirSync(runs), []);
});

test("Ctrl-C while the shell's VM boots: provium stops at once and leaves nothing behind", async () => {
  const runs = tempDir();
  const term = new ScriptedTerminal(`${PROVIUM} shell`, { PROVIUM_RUNS_DIR: runs });
  await term.expect(/booting the VM/);
  await sleep(300); // QEMU is starting
  term.type("\x03");
  assert.equal(await term.exitCode(), 130, term.text);
  assert.doesNotMatch(term.text, /\n\s+at /, "no stack trace");
  assert.deepEqual(readdirSync(runs), []);
  const left = await execa("pgrep", ["-f", runs], { reject: false });
  assert.equal(left.stdout, "", "no QEMU of this shell runs on");
});

test("Ctrl-] leaves the shell, and the VM is stopped", async () => {
  const runs = tempDir();
  const term = new ScriptedTerminal(`${PROVIUM} shell`, { PROVIUM_RUNS_DIR: runs });
  await term.expect(/provium:\/# /);
  term.type("sleep 100\r");
  await term.expect(/sleep 100/);
  term.type("\x1d");
  await term.expect(/left the shell with Ctrl-\]/);
  assert.equal(await term.exitCode(), 0, term.text);
  assert.deepEqual(readdirSync(runs), []);
});

test("the REPL evaluates VM calls and prints results; an error does not end it", async () => {
  const runs = tempDir();
  const term = new ScriptedTerminal(`${PROVIUM} repl`, { PROVIUM_RUNS_DIR: runs });
  await term.expect(/`vm` is VM minimal-\d+/);
  await term.expect(/> /);
  term.type('vm:exec("echo hello-$((6*7))")\r');
  await term.expect(/\{ code = 0, ok = true, stderr = "", stdout = "hello-42\\n", timed_out = false, truncated = false \}/);
  term.type('error("boom")\r');
  await term.expect(/error: .*boom/);
  term.type("n = 0\rfor i = 1, 3 do\rn = n + i\rend\rn\r"); // a statement over several lines
  await term.expect(/>> >> > 6\r+\n/);
  term.type("x = vm:read_file('/proc/sys/kernel/ostype')\rx\r");
  await term.expect(/> Linux\r+\n/);
  term.type(".exit\r");
  assert.equal(await term.exitCode(), 0, term.text);
  assert.deepEqual(readdirSync(runs), []);
});

/** A copy of a bundle with its manifest changed (the manifest stays first). */
async function withManifest(bundle: string, change: (manifest: Record<string, unknown>, dir: string) => void): Promise<string> {
  const dir = tempDir();
  await execa("tar", ["-xSf", bundle, "-C", dir]);
  const file = path.join(dir, "provium-bundle.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  change(manifest, dir);
  writeFileSync(file, JSON.stringify(manifest));
  const members = readdirSync(dir).filter((name) => name !== "provium-bundle.json");
  const out = path.join(tempDir(), "changed.bundle");
  await execa("tar", ["-cSf", out, "-C", dir, "provium-bundle.json", ...members]);
  return out;
}

test("--keep-failed: the failing test's VM reopens with its file and its process; bad bundles are named as such", async () => {
  const out = tempDir();
  const runs = tempDir();
  const r = await cli(["run", "test/lua-suites/keep-failed", "--keep-failed", "--artifacts", out], { PROVIUM_RUNS_DIR: runs });
  assert.equal(r.exitCode, 1, r.all);
  const bundle = /reopen it with: provium shell --snapshot (\S+\.bundle)/.exec(r.all!)?.[1];
  assert.ok(bundle && bundle.startsWith(out) && existsSync(bundle), r.all);
  assert.ok(statSync(bundle).size < 80 * 1024 * 1024, `a 256 MiB guest makes a bundle of a few tens of MB (${statSync(bundle).size} bytes)`);
  // the other file's guest panicked: nothing to keep, and the report says so; its console log is kept
  assert.match(r.all!, /warning: the guest kernel panics: --keep-failed: VM minimal-\d+ had already stopped \(the guest kernel panicked: Kernel panic/);
  const panicLog = /full log: (\S+the_guest_kernel_panics\S+\.console\.log)/.exec(r.all!)?.[1];
  assert.ok(panicLog && existsSync(panicLog), r.all);
  assert.deepEqual(readdirSync(runs), []);

  const reopened = await cli(["shell", "--snapshot", bundle, "-c", "cat /tmp/marker; ps | grep -c '[s]leep 1000'"], { PROVIUM_RUNS_DIR: runs });
  assert.equal(reopened.exitCode, 0, reopened.all);
  assert.equal(reopened.stdout, "written before failing\n1");
  assert.deepEqual(readdirSync(runs), []);

  // As on another machine: the kernel, initrd and the directory's image are not where the writer had them, and the Provium home is empty.
  const manifest = JSON.parse((await execa("tar", ["-xOf", bundle, "provium-bundle.json"])).stdout) as { launch: { mounts: { target: string; image: string }[] } };
  assert.equal(manifest.launch.mounts.length, 3, "the modules image and the directories' (one image each)");
  // The directory's image is this test's own (other tests may be booting on the modules image right now).
  rmSync(manifest.launch.mounts.find((m) => m.target === "/opt/carried")!.image, { force: true });
  const elsewhere = await withManifest(bundle, (m) => {
    Object.assign(m.launch as object, { kernel: "/elsewhere/vmlinuz", initrd: "/elsewhere/initrd.cpio" });
  });
  const away = await cli(["shell", "--snapshot", elsewhere, "-c", "cat /opt/carried/note.txt /opt/scratch/note.txt; lsmod >/dev/null; ps | grep -c '[s]leep 1000'"], { PROVIUM_RUNS_DIR: runs, PROVIUM_HOME: tempDir() });
  assert.equal(away.exitCode, 0, away.all);
  assert.equal(away.stdout, "carried in the bundle\nrewritten in the guest\n1");
  assert.equal(readFileSync("test/lua-suites/keep-failed/carried/note.txt", "utf8"), "carried in the bundle\n", "the host's file is untouched");
  assert.deepEqual(readdirSync(runs), []);

  const repl = new ScriptedTerminal(`${PROVIUM} repl --snapshot ${bundle}`, { PROVIUM_RUNS_DIR: runs });
  await repl.expect(/> /);
  repl.type('vm:read_file("/tmp/marker")\r');
  await repl.expect(/\r+\nwritten before failing\r+\n/);
  repl.type(".exit\r");
  assert.equal(await repl.exitCode(), 0, repl.text);
  assert.deepEqual(readdirSync(runs), []);

  const refused = async (file: string, message: RegExp) => {
    const bad = await cli(["shell", "--snapshot", file, "-c", "true"], { PROVIUM_RUNS_DIR: runs });
    assert.equal(bad.exitCode, 1, bad.all);
    assert.match(bad.stderr, message);
    assert.doesNotMatch(bad.stderr, /\n\s+at /, "no stack trace");
  };
  await refused(path.join(out, "junit.xml"), /junit\.xml is not a Provium bundle/);
  const truncated = path.join(tempDir(), "cut.bundle");
  writeFileSync(truncated, readFileSync(bundle).subarray(0, statSync(bundle).size / 2));
  await refused(truncated, /cut\.bundle is truncated or damaged/);
  await refused(await withManifest(bundle, (m) => Object.assign(m, { format: 99, provium: "9.0.0" })), /written by Provium 9\.0\.0 \(bundle format 99\); this Provium .* reads formats 2 and 3: upgrade Provium/);
  await refused(await withManifest(bundle, (m) => Object.assign(m, { format: 1, provium: "0.1.0" })), /written by Provium 0\.1\.0 \(bundle format 1\); this Provium .* reads formats 2 and 3: reopen it with Provium 0\.1\.0/);
  await refused(await withManifest(bundle, (m) => Object.assign(m, { qemu: "99.1.0" })), /incompatible QEMU: the bundle was saved by QEMU 99\.1\.0 \(machine pc-i440fx-[\d.]+\); this machine's qemu-system-x86_64 is [\d.]+, older/);
  await refused(
    await withManifest(bundle, (m, dir) => {
      const member = Object.keys(m.members as object).find((name) => name.startsWith("kernel."))!;
      writeFileSync(path.join(dir, member), Buffer.alloc(statSync(path.join(dir, member)).size, 0x55));
    }),
    /changed\.bundle is truncated or damaged \(kernel\.(zst|gz) does not have the SHA-256 it was written with\)/,
  );
  assert.deepEqual(readdirSync(runs), []);
});

test("--keep-failed on a VM resumed from a fixture: the bundle reopens with the fixture's state and the test's", async () => {
  const out = tempDir();
  const runs = tempDir();
  const r = await cli(["run", SUITE, "--keep-failed", "--artifacts", out], { PROVIUM_RUNS_DIR: runs });
  assert.equal(r.exitCode, 1, r.all);
  const bundle = /reopen it with: provium shell --snapshot (\S+\.bundle)/.exec(r.all!)?.[1];
  assert.ok(bundle && existsSync(bundle), r.all);
  const reopened = await cli(["shell", "--snapshot", bundle, "-c", "cat /tmp/fixture-marker /tmp/after-resume; ps | grep -c '[s]leep 1000'"], { PROVIUM_RUNS_DIR: runs });
  assert.equal(reopened.exitCode, 0, reopened.all);
  assert.equal(reopened.stdout, "from the fixture\nwritten after the resume\n1");
  assert.deepEqual(readdirSync(runs), []);
});

test("--keep-failed when the save fails halfway: a warning that says why, the test's failure still reported, nothing half-written left", async () => {
  const out = tempDir();
  const runs = tempDir();
  // The kernel goes away while the test runs (rebuilt, say): the bundle cannot carry it.
  const suite = minimalCopySuite({
    "gone.test.lua": `test("the kernel goes away, then the test fails", function(t)
      local vm = provium.create("copy")
      vm:boot()
      assert(provium.host_exec("rm vmlinuz").ok)
      t:fail("deliberately, after the kernel went away")
    end)`,
  });
  const r = await cli(["run", suite, "--keep-failed", "--artifacts", out], { PROVIUM_RUNS_DIR: runs });
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all!, /deliberately, after the kernel went away/);
  assert.match(r.all!, /--keep-failed: VM copy-\d+ could not be kept: cannot pack \S+vmlinuz: /);
  assert.doesNotMatch(r.all!, /reopen it with/);
  const left = readdirSync(out, { recursive: true }).map(String).filter((name) => /\.bundle|\.partial/.test(name));
  assert.deepEqual(left, [], "no bundle, whole or half-written");
  assert.deepEqual(readdirSync(runs), []);
});

test("--keep-failed short of disk space: a warning, and the run's results are still written", { skip: process.getuid?.() !== 0 && "needs root to mount a small tmpfs" }, async () => {
  const out = tempDir();
  await execa("mount", ["-t", "tmpfs", "-o", "size=64m", "tmpfs", out]);
  try {
    const r = await cli(["run", "test/lua-suites/keep-failed/failing.test.lua", "--keep-failed", "--artifacts", out]);
    assert.equal(r.exitCode, 1, r.all);
    assert.match(r.all!, /warning: writes a marker, starts a daemon, then fails: --keep-failed: VM minimal-\d+ was not kept: .* has \d+ MiB free and its bundle may take up to \d+ MiB/);
    assert.ok(existsSync(path.join(out, "junit.xml")) && existsSync(path.join(out, "results.json")));
  } finally {
    await execa("umount", [out]);
  }
});

/** Waits until output shows a gdb stub's port. */
async function stubPort(output: () => string): Promise<number> {
  for (let i = 0; i < 1200 && !/target remote :\d+/.test(output()); i++) await sleep(50);
  const port = Number(/gdb vmlinux -ex 'target remote :(\d+)'/.exec(output())?.[1]);
  assert.ok(port > 0, output());
  return port;
}

/**
 * Speaks gdb's remote protocol as gdb would: attach (QEMU stops the guest),
 * ask why it stopped, hold it for ms, continue. Resolves with the stop reply.
 */
function holdInDebugger(port: number, ms: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let got = "";
    socket.on("data", (data) => {
      got += data.toString();
      if (/\$[TS][0-9a-f]{2}/.test(got) && !socket.writableEnded) {
        setTimeout(() => {
          socket.write("+$c#63");
          setTimeout(() => socket.end(), 200);
          resolve(got);
        }, ms);
      }
    });
    socket.on("error", reject);
    socket.write("+$?#3f");
  });
}

test("--gdb: a stub on a free local port, the way to attach printed; a guest stopped in the debugger does not fail the command", async () => {
  const shell = execa("node", ["--import", "tsx", "src/cli/main.ts", "shell", "--gdb", "-c", "sleep 2; echo done"], { reject: false, all: true });
  let seen = "";
  shell.all!.on("data", (data: Buffer) => (seen += data.toString()));
  const reply = await holdInDebugger(await stubPort(() => seen), 3000); // stopped longer than the command's own sleep
  assert.match(reply, /\$[TS][0-9a-f]{2}/);
  const r = await shell;
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^done$/m);
});

test("run --gdb: a test's time limit stands still while the debugger holds the guest of the fixture it waits for, and runs on otherwise", async () => {
  const out = tempDir();
  const HELD_MS = 14_000; // longer than the first test's timeout of 10 s
  const run = execa("node", ["--import", "tsx", "src/cli/main.ts", "run", "test/lua-suites/gdb", "--gdb", "-j", "1", "--json", `${out}/results.json`], { reject: false, all: true });
  let seen = "";
  run.all!.on("data", (data: Buffer) => (seen += data.toString()));
  await holdInDebugger(await stubPort(() => seen), HELD_MS); // the fixture's guest, from the first moments of its boot
  const r = await run;
  assert.equal(r.exitCode, 1, r.all);
  const tests = (JSON.parse(readFileSync(`${out}/results.json`, "utf8")) as { files: { tests: { name: string; status: string; durationMs: number; failure?: { message: string } }[] }[] }).files[0]!.tests;
  const [held, spinning] = tests;
  assert.equal(held?.status, "passed", r.all);
  assert.ok(held.durationMs > HELD_MS, `the hold overlapped the test (${held.durationMs} ms)`);
  assert.equal(spinning?.status, "error", r.all);
  assert.match(spinning.failure!.message, /did not finish within its timeout of 2 s/);
});
