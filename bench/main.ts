// `npm run bench`: Provium's speed figures, measured side by side in one run.
import { benchFixtures } from "./fixtures.ts";
import { benchKtap } from "./ktap.ts";
import { benchLua } from "./lua.ts";
import { benchParallel } from "./parallel.ts";
import { benchVm } from "./vm.ts";

await benchVm();
console.log();
await benchLua();
console.log();
await benchFixtures();
console.log();
await benchParallel();
console.log();
benchKtap();
