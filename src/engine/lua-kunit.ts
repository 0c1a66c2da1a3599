// provium.kunit([globs], [opts]): the kernel under test's KUnit suites, run
// by engine/kunit.ts in guests of a profile, each case a sub-result of the
// running test (suite › case). `provium kunit` is a test file calling it.
import { lua, to_luastring, type LuaState } from "fengari";
import { badGlob } from "../ktap/kunit-filter.ts";
import { LuaOptions, stringList } from "../lua/api/tables.ts";
import type { LuaBridge } from "../lua/bridge.ts";
import { raise, toText, toTypeName } from "../lua/values.ts";
import { accelMode } from "../vm/accel.ts";
import { kunitModules } from "../vm/kunit-modules.ts";
import type { Profile } from "../vm/profile.ts";
import { DEFAULT_BOOT_TIMEOUT_MS, type Vm, type VmOptions } from "../vm/vm.ts";
import { runKunit } from "./kunit.ts";
import { noCounts, recordError, recordKtap } from "./ktap-record.ts";
import { pushCounts, type LuaSubtests } from "./lua-subtests.ts";

/** How long one suite may run unless opts.timeout says otherwise. */
export const DEFAULT_SUITE_TIMEOUT_S = 300;

export interface KunitHost {
  subtests: LuaSubtests;
  /** A VM of the profile (the run's default when undefined), owned by the running test. */
  createVm(profile: string | undefined, options: VmOptions): Vm;
  /** The profile a VM of that name boots (for its modules tree). */
  profile(name: string | undefined): Profile;
}

const USAGE = "provium.kunit([globs], [opts]): globs is a kunit.filter_glob pattern ('suite_glob' or 'suite_glob.case_glob') or a list of them";

function readGlobs(L: LuaState): string[] {
  const globs = lua.lua_isnoneornil(L, 1) ? [] : lua.lua_type(L, 1) === lua.LUA_TSTRING ? [toText(L, 1)] : lua.lua_istable(L, 1) ? stringList(L, 1) : raise(L, `${USAGE}, got ${toTypeName(L, 1)}`);
  for (const glob of globs) {
    const why = badGlob(glob);
    if (why) raise(L, `provium.kunit: '${glob}' cannot be a KUnit filter glob: ${why}`);
  }
  return [...new Set(globs)];
}

export function installKunit(L: LuaState, bridge: LuaBridge, host: KunitHost): void {
  if (lua.lua_getglobal(L, to_luastring("provium")) !== lua.LUA_TTABLE) throw new Error("installKunit: the provium table is not installed");
  lua.lua_pushcfunction(L, (L: LuaState) => {
    const globs = readGlobs(L);
    const o = new LuaOptions(L, 2, "provium.kunit", ["profile", "timeout", "boot_timeout", "kernel_cmdline", "memory", "cpus", "accel"]);
    const name = o.string("profile");
    const suiteS = o.positive("timeout", false, "seconds") ?? DEFAULT_SUITE_TIMEOUT_S;
    const idleS = o.positive("boot_timeout", false, "seconds");
    const options: VmOptions = { cmdline: o.string("kernel_cmdline"), memoryMiB: o.positive("memory", true, "MiB"), cpus: o.positive("cpus", true, "vCPUs"), accel: o.parsed("accel", accelMode) };
    const { log, site, prefix } = host.subtests.place(L, "provium.kunit");
    let profile: Profile;
    try {
      profile = host.profile(name);
    } catch (error) {
      raise(L, (error as Error).message);
    }
    return bridge.await(L, "provium.kunit", async () => {
      const counts = noCounts();
      const { boots } = await runKunit(
        { globs, kernel: profile.kernel, limits: { suiteMs: suiteS * 1000, idleMs: idleS === undefined ? DEFAULT_BOOT_TIMEOUT_MS : idleS * 1000 } },
        { create: (cmdline, onConsoleLine) => host.createVm(name, { ...options, cmdline: [options.cmdline, cmdline].filter(Boolean).join(" "), onConsoleLine: (_vm, line) => onConsoleLine(line) }) },
        {
          document: (doc) => {
            const recorded = recordKtap(log, doc, site, prefix);
            for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += recorded[key];
          },
          error: (suite, message) => {
            recordError(log, site, [...prefix, suite], message);
            counts.errors++;
          },
        },
        () => (profile.modules ? kunitModules(profile.modules) : Promise.resolve([])),
      );
      return (L) => pushCounts(L, counts, undefined, { boots });
    });
  });
  lua.lua_setfield(L, -2, to_luastring("kunit"));
  lua.lua_pop(L, 1);
}
