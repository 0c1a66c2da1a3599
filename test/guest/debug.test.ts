// Looking inside a guest: `provium shell` (with -c, and interactive on a
// terminal), `provium repl`, and --keep-failed bundles reopened.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { cli } from "../support/cli.ts";
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
