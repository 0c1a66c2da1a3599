// A failing test's console logs are copied into the results directory at
// once, under safe and distinct names, and the failure points at the copies.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ResultsLayout } from "../../src/engine/results-dir.ts";
import type { Failure } from "../../src/engine/results.ts";
import { tempDir } from "../support/temp.ts";

function failureWith(dir: string, logs: Record<string, string>): Failure {
  const consoles = Object.entries(logs).map(([vm, text]) => {
    const logPath = path.join(dir, `${vm.replace(/\W/g, "")}-run.log`);
    writeFileSync(logPath, text);
    return { vm, tail: text, logPath };
  });
  return { kind: "error", message: `VM died (full log: ${consoles[0]?.logPath})`, traceback: "", consoles };
}

test("console logs are copied under safe, distinct names and the failure points there", () => {
  const run = tempDir();
  const results = new ResultsLayout(path.join(tempDir(), "results"));
  const relative = (f: Failure) => f.consoles.map((c) => path.relative(results.root, c.logPath));

  const first = failureWith(run, { router: "router log\n", "host/1": "host log\n" });
  results.keepConsoles(first, "tests/net.lua", "ping: pong/1");
  assert.deepEqual(relative(first), ["logs/tests_net.lua/ping__pong_1/router.console.log", "logs/tests_net.lua/ping__pong_1/host_1.console.log"]);
  assert.equal(first.message, `VM died (full log: ${first.consoles[0]!.logPath})`);
  assert.equal(readFileSync(first.consoles[1]!.logPath, "utf8"), "host log\n");

  const second = failureWith(run, { router: "second\n" });
  results.keepConsoles(second, "tests/net.lua", "ping: pong?1");
  assert.deepEqual(relative(second), ["logs/tests_net.lua/ping__pong_1-2/router.console.log"]);

  const odd = failureWith(run, { "..": "dots\n" });
  results.keepConsoles(odd, "tests/sub dir/boot.lua", "n".repeat(200));
  assert.deepEqual(relative(odd), [`logs/tests_sub_dir_boot.lua/${"n".repeat(80)}/_.console.log`]);

  const gone = { kind: "error" as const, message: "x", traceback: "", consoles: [{ vm: "vm", tail: "", logPath: path.join(run, "missing.log") }] };
  results.keepConsoles(gone, "a.lua", "t");
  assert.equal(gone.consoles[0]!.logPath, path.join(run, "missing.log"), "nothing to copy: left as it was");
});
