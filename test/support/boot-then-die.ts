// Child process for test/guest/cleanup.test.ts: starts booting a VM, reports the
// QEMU pid and run directory, then ends the way argv[2] says (exit and
// throw after a line on stdin).
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createVm } from "../../src/vm/vm.ts";

const vm = createVm("minimal");
void vm.boot().catch(() => {});
while (!vm.pid || !vm.consoleLogPath) await sleep(5);
console.log(JSON.stringify({ pid: vm.pid, runDir: path.dirname(path.dirname(vm.consoleLogPath)) }));

// The test checks that QEMU runs, then says when to end (a line on stdin) or sends a signal.
if (process.argv[2] === "exit" || process.argv[2] === "throw") await new Promise((resolve) => process.stdin.once("data", resolve));

switch (process.argv[2]) {
  case "exit":
    process.exit(0);
  case "throw":
    setTimeout(() => {
      throw new Error("an uncaught error in the owner");
    }, 10);
    break;
  default:
    await sleep(60_000); // the test sends a signal
}
