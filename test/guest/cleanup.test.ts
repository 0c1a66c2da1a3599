// No QEMU process outlives its owner, whichever way the owner ends, and run
// directories go with it (or, after a hard kill, with the next run).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { removeStaleRunDirs } from "../../src/host/run-dir.ts";

function isRunning(pid: number): boolean {
  try {
    const state = /State:\s+(\S)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && isRunning(pid); i++) await sleep(50);
  return !isRunning(pid);
}

async function ownerEndingBy(how: "exit" | "throw" | "SIGINT" | "SIGTERM" | "SIGKILL") {
  const owner = execa("node", ["--import", "tsx", "test/support/boot-then-die.ts", how], { reject: false, buffer: false });
  const line = await new Promise<string>((resolve) => owner.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString())));
  const { pid, runDir } = JSON.parse(line) as { pid: number; runDir: string };
  assert.ok(isRunning(pid), "QEMU was started");
  if (how.startsWith("SIG")) owner.kill(how as NodeJS.Signals);
  else owner.stdin!.write("end now\n");
  owner.stdout!.resume();
  const result = await owner;
  return { pid, runDir, result };
}

for (const how of ["exit", "throw", "SIGINT", "SIGTERM"] as const) {
  test(`owner ends by ${how}: QEMU is killed and the run directory removed`, async () => {
    const { pid, runDir } = await ownerEndingBy(how);
    assert.ok(await gone(pid), `QEMU ${pid} still runs`);
    assert.equal(existsSync(runDir), false, `${runDir} remains`);
  });
}

test("owner killed with SIGKILL: QEMU dies with it; the next run removes the stale directory", async () => {
  const { pid, runDir } = await ownerEndingBy("SIGKILL");
  assert.ok(await gone(pid), `QEMU ${pid} still runs`);
  assert.equal(existsSync(runDir), true, "nothing could remove it yet");
  assert.ok(removeStaleRunDirs().includes(runDir));
  assert.equal(existsSync(runDir), false);
});
