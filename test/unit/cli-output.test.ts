// provium run without guests: shards and the merge of their JUnit files,
// and the live progress line on a terminal.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { execa } from "execa";
import { cli, xmllint } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

test("shards run each file once and their JUnit files merge into one valid report", async () => {
  const out = tempDir();
  const shards = await Promise.all(
    [1, 2].map((i) => cli(["run", "test/lua-suites/syntax", "--shard", `${i}/2`, "--junit", `${out}/shard-${i}.xml`, "--durations", `${out}/none.json`])),
  );
  const ran = shards.map((s) => [...s.all!.matchAll(/^(?:PASS|FAIL) (\S+)/gm)].map((m) => m[1]));
  assert.deepEqual(ran.flat().sort(), ["test/lua-suites/syntax/broken.test.lua", "test/lua-suites/syntax/fine.test.lua"]);
  assert.ok(ran.every((files) => files.length === 1), "one file per shard");
  const merged = await cli(["merge-junit", "-o", `${out}/merged.xml`, `${out}/shard-1.xml`, `${out}/shard-2.xml`]);
  assert.equal(merged.exitCode, 0, merged.all);
  assert.equal((await xmllint(`${out}/merged.xml`)).exitCode, 0);
  assert.match(readFileSync(`${out}/merged.xml`, "utf8"), /<testsuites [^>]*tests="2"[^>]*errors="1"/);
  const broken = await cli(["merge-junit", "-o", `${out}/x.xml`, `${out}/shard-1.xml`, "package.json"]);
  assert.equal(broken.exitCode, 2);
  assert.match(broken.all!, /merge-junit: JUnit input 2 is broken/);
  assert.equal((await cli(["run", "test/lua-suites/syntax", "--shard", "3/2"])).exitCode, 2);
});

test("on a terminal a live progress line is drawn and cleared; piped output has none", async () => {
  const command = "node --import tsx src/cli/main.ts run test/lua-suites/engine/no-vm.test.lua";
  // script(1) runs the CLI on a pseudo-terminal, as a developer's shell would.
  const tty = await execa("script", ["-qec", command, "/dev/null"], { reject: false, env: { CI: "" } });
  assert.equal(tty.exitCode, 1, tty.stdout);
  assert.match(tty.stdout, /^ {2}0\/1 files · 1 running · [\d.]+ m?s\r\x1b\[K/m, "the line while the file runs, cleared before the next");
  assert.match(tty.stdout, / {2}1\/1 files · 0 running · \x1b\[31m3 failed\x1b\[0m · [\d.]+ m?s\r\x1b\[K/, "failures so far");
  const report = tty.stdout.slice(tty.stdout.indexOf("Failures:"));
  assert.match(report, /4 passed, 3 failed, 0 skipped/);
  assert.doesNotMatch(report, /files · /, "the final report is not interleaved with the line");
  const piped = await cli(["run", "test/lua-suites/engine/no-vm.test.lua"], { CI: "" });
  assert.doesNotMatch(piped.all!, /\x1b\[K|files · /);
});

test("every command's --help prints the usage (exit 0); an unknown command stays a usage error", async () => {
  for (const command of ["run", "bisect", "kunit", "kselftest", "shell", "repl", "merge-junit", "merge-history"]) {
    const r = await cli([command, "--help"]);
    assert.equal(r.exitCode, 0, `${command}: ${r.all}`);
    assert.match(r.stdout, /^usage: provium <command> \[options\]/, command);
  }
  const unknown = await cli(["frobnicate", "--help"]);
  assert.equal(unknown.exitCode, 2);
  assert.match(unknown.all!, /unknown command 'frobnicate'/);
  const setup = await cli(["setup", "--help"]);
  assert.equal(setup.exitCode, 0, setup.all);
});
