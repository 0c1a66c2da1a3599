// `npm run bench`: Provium's speed figures, measured side by side in one run.
import { benchBundles } from "./bundles.ts";
import { benchDirs } from "./dirs.ts";
import { benchFixtures } from "./fixtures.ts";
import { benchLua } from "./lua.ts";
import { benchParallel } from "./parallel.ts";
import { benchProcesses } from "./processes.ts";
import { benchTransfer } from "./transfer.ts";
import { benchRootfs } from "./rootfs.ts";
import { benchVm } from "./vm.ts";

await benchVm();
console.log();
await benchProcesses();
console.log();
await benchLua();
console.log();
await benchTransfer();
console.log();
await benchFixtures();
console.log();
await benchBundles();
console.log();
await benchDirs();
console.log();
await benchRootfs();
console.log();
await benchParallel();
