// provium kunit: the test kernel's KUnit suites (those that neither panic nor
// hang: 6 built in, 6 in modules) run as one `provium kunit` run does — one
// boot, the modules loaded in it — against a fresh boot per suite.
import { runKunit, type KunitRecords } from "../src/engine/kunit.ts";
import { RunDir } from "../src/host/run-dir.ts";
import { kunitModules } from "../src/vm/kunit-modules.ts";
import { resolveProfile } from "../src/vm/profile.ts";
import { createVm, DEFAULT_BOOT_TIMEOUT_MS } from "../src/vm/vm.ts";
import { ownKernel } from "../test/support/own-kernel.ts";
import { median, ms, row, timeMs } from "./stats.ts";

const SAMPLES = 3;
/**
 * Every suite of the test kernel but provium_crash, provium_hang and their
 * modular twins, in one glob. (Not "*[!hg]": the kernel's glob_match lets a
 * negated class match the string's end, so that one matches every name.)
 */
const ALL_BUT_CRASH_AND_HANG = "[ekp]*[elrst]";

export async function benchKunit(): Promise<void> {
  console.log("KUnit (the test kernel's suites, provium kunit)");
  let kernel: Awaited<ReturnType<typeof ownKernel>>;
  try {
    kernel = await ownKernel();
  } catch {
    return row("provium kunit", "the test kernel is not built (npm test builds it)");
  }
  const config = { profiles: { kunit: { kernel: kernel.bzImage, modules: kernel.modules } } };
  const profile = resolveProfile("kunit", config);
  const runDir = RunDir.create();
  const suites: string[] = [];
  const records: KunitRecords = { document: (doc) => suites.push(...doc.results.map((r) => r.name)), error: (name, message) => console.error(`  ${name}: ${message}`) };
  const run = (globs: string[]) =>
    runKunit(
      { globs, kernel: kernel.bzImage, limits: { suiteMs: 300_000, idleMs: DEFAULT_BOOT_TIMEOUT_MS } },
      { create: (cmdline, onLine) => createVm(profile, { config, runDir, cmdline, onConsoleLine: (_vm, line) => onLine(line) }) },
      records,
      () => kunitModules(profile.modules!),
    );
  try {
    const together: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      suites.length = 0;
      together.push(await timeMs(() => run([ALL_BUT_CRASH_AND_HANG])));
    }
    const all = [...suites];
    row(`${all.length} suites in one boot, modules loaded in it (median of ${SAMPLES})`, ms(median(together)));
    const apart: number[] = [];
    for (let i = 0; i < SAMPLES; i++)
      apart.push(
        await timeMs(async () => {
          for (const suite of all) await run([suite]);
        }),
      );
    row(`the same suites, one boot per suite (median of ${SAMPLES})`, `${ms(median(apart))} (${(median(apart) / median(together)).toFixed(1)}× one boot)`);
  } finally {
    runDir.remove();
  }
}
