// `npm run bench`: Provium's speed figures, measured side by side in one run.
// `npm run bench -- resume test-times` runs only the sections named.
import { benchArches } from "./arches.ts";
import { benchBundles } from "./bundles.ts";
import { benchDirs } from "./dirs.ts";
import { benchFixtures } from "./fixtures.ts";
import { benchHistory } from "./history.ts";
import { benchKtap } from "./ktap.ts";
import { benchKselftest } from "./kselftest.ts";
import { benchKunit } from "./kunit.ts";
import { benchLua } from "./lua.ts";
import { benchParallel } from "./parallel.ts";
import { benchProcesses } from "./processes.ts";
import { benchResume } from "./resume.ts";
import { benchTestTimes } from "./test-times.ts";
import { benchTransfer } from "./transfer.ts";
import { benchRootfs } from "./rootfs.ts";
import { benchVm } from "./vm.ts";

/** Each section by the name `npm run bench -- <name…>` selects it, in the order they run. */
const SECTIONS: Record<string, () => unknown> = {
  vm: benchVm,
  arches: benchArches,
  processes: benchProcesses,
  lua: benchLua,
  transfer: benchTransfer,
  fixtures: benchFixtures,
  resume: benchResume,
  "test-times": benchTestTimes,
  bundles: benchBundles,
  dirs: benchDirs,
  rootfs: benchRootfs,
  parallel: benchParallel,
  ktap: benchKtap,
  kunit: benchKunit,
  kselftest: benchKselftest,
  history: benchHistory,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`npm run bench: no section ${unknown.join(", ")} (sections: ${Object.keys(SECTIONS).join(", ")})`);
  process.exit(2);
}
const chosen = asked.length ? Object.keys(SECTIONS).filter((name) => asked.includes(name)) : Object.keys(SECTIONS);
for (const [i, name] of chosen.entries()) {
  if (i > 0) console.log();
  await SECTIONS[name]!();
}
