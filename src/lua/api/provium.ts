// The `provium` global: VMs, syscall buffers and exact integers.
import { lua, to_luastring, type LuaState } from "fengari";
import type { GuestProcess } from "../../vm/process.ts";
import type { ExecResult, Vm, VmOptions } from "../../vm/vm.ts";
import type { DiskSpec } from "../../vm/qemu.ts";
import { accelMode } from "../../vm/accel.ts";
import { readDirEntries } from "../../config/dirs.ts";
import type { LuaBridge } from "../bridge.ts";
import { parseKtap, type KtapDocument } from "../../ktap/parse.ts";
import { checkInteger, pushString, pushValue, raise, toBytes, toText, type LuaValue } from "../values.ts";
import type { Arch } from "../../util/arch.ts";
import { checkPositive, LuaOptions } from "./tables.ts";
import { hostExec, hostTmpdir, type HostExecContext } from "./host-exec.ts";
import { vmClasses } from "./vm.ts";

/**
 * vm:ktap's side in the engine, which keeps the running test's sub-results:
 * prepare raises unless a test is running (what names the call) and notes
 * where the call is; the function it returns records the command's output
 * (resumed in Lua, it pushes vm:ktap's result).
 */
export interface KtapRecorder {
  prepare(L: LuaState, what: string): (r: ExecResult, durationMs: number, name: string, prefixed?: boolean) => (L: LuaState) => number;
}

export interface ProviumHost {
  /** The run's guest architecture: provium.arch. */
  arch: Arch;
  /** Creates a VM owned by the running test (or the file, at top level). */
  createVm(profile: string | undefined, options: VmOptions): Vm;
  /** A running VM resumed from the named fixture's snapshot (built on first use). */
  fixture(name: string): Promise<Vm>;
  /** Receives each exec's command and output (verbose runs). */
  trace?: (line: string) => void;
  /** Records the running test's sub-results (vm:ktap). */
  subtests?: KtapRecorder;
  /** Gives a spawned process to the running test (or script): it ends with it. internal: started by vm:tail. */
  own?: (process: GuestProcess, internal: boolean) => void;
  /** A host file or directory a test names, found like dofile finds files (what names it in the error). */
  hostPath(requested: string, what: string): string;
  /** Where a relative vm:pull destination goes: into the run's results directory (beneath), below which a pull follows no link. */
  resultsPath(requested: string): { path: string; beneath: string };
  /** provium.host_exec's default directory and scratch directories. */
  hostExec: HostExecContext;
}

function setFunction(L: LuaState, name: string, fn: (L: LuaState) => number): void {
  lua.lua_pushcfunction(L, fn);
  lua.lua_setfield(L, -2, to_luastring(name));
}

const DISKS_USAGE = "a list of sizes in MiB or { image = path, size = MiB } tables";

/** provium.create's disks: { 64, { image = "fs.img" }, { image = "fs.img", size = 128 } }. */
function readDisks(L: LuaState, o: LuaOptions): DiskSpec[] | undefined {
  return o.list("disks", DISKS_USAGE, (type, i) => {
    const where = `provium.create: disks[${i}]`;
    if (type === lua.LUA_TNUMBER) return { sizeMiB: checkPositive(L, lua.lua_tonumber(L, -1) as number, `${where}: size`, true, "MiB") };
    if (type !== lua.LUA_TTABLE) raise(L, `provium.create: disks must be ${DISKS_USAGE}`);
    const d = new LuaOptions(L, lua.lua_absindex(L, -1), where, ["image", "size"]);
    const disk: DiskSpec = { image: d.string("image"), sizeMiB: d.positive("size", true, "MiB") };
    if (disk.image === undefined && disk.sizeMiB === undefined) raise(L, `${where}: give an image, a size, or both`);
    return disk;
  });
}

/** A parsed document as Lua sees it: the same fields, in snake_case. */
function ktapTable(doc: KtapDocument): LuaValue {
  const { skipAll, bailOut, ...rest } = doc;
  return { ...(rest as unknown as Record<string, LuaValue>), skip_all: skipAll, bail_out: bailOut as unknown as LuaValue };
}

export function installProvium(L: LuaState, bridge: LuaBridge, host: ProviumHost): void {
  const classes = vmClasses(L, bridge, host);
  // the prelude's provium table (provium.parallel is plain Lua) gets the rest
  if (lua.lua_getglobal(L, to_luastring("provium")) !== lua.LUA_TTABLE) {
    lua.lua_pop(L, 1);
    lua.lua_newtable(L);
  }

  setFunction(L, "create", (L) => {
    const profile = lua.lua_isnoneornil(L, 1) ? undefined : toText(L, 1);
    const o = new LuaOptions(L, 2, "provium.create", ["memory", "cpus", "kernel_cmdline", "accel", "boot_timeout", "disks", "dirs"]);
    const accel = o.parsed("accel", accelMode);
    const memoryMiB = o.positive("memory", true, "MiB");
    const cpus = o.positive("cpus", true, "vCPUs");
    const bootTimeout = o.positive("boot_timeout", false, "seconds");
    const disks = readDisks(L, o);
    const dirsTable = o.table("dirs");
    let vm: Vm;
    try {
      const dirs = dirsTable === undefined ? undefined : readDirEntries(dirsTable, "provium.create: dirs");
      vm = host.createVm(profile, {
        memoryMiB,
        cpus,
        disks,
        dirs,
        cmdline: o.string("kernel_cmdline"),
        accel,
        bootTimeoutMs: bootTimeout === undefined ? undefined : bootTimeout * 1000,
      });
    } catch (error) {
      raise(L, (error as Error).message);
    }
    classes.vm.push(L, vm);
    return 1;
  });

  setFunction(L, "fixture", (L) => {
    if (lua.lua_type(L, 1) !== lua.LUA_TSTRING) raise(L, "provium.fixture(name): name must be a string (the file name of fixtures/<name>.lua)");
    const name = toText(L, 1);
    return bridge.await(L, "provium.fixture", async () => {
      const vm = await host.fixture(name);
      return (L) => (classes.vm.push(L, vm), 1);
    });
  });

  setFunction(L, "buffer", (L) => {
    if (lua.lua_type(L, 1) === lua.LUA_TSTRING) classes.buffer.push(L, { bytes: toBytes(L, 1) });
    else {
      const size = Number(checkInteger(L, 1, "provium.buffer(size_or_bytes)"));
      if (size < 0 || size > 64 << 20) raise(L, "provium.buffer(size): size must be between 0 and 64 MiB");
      classes.buffer.push(L, { size });
    }
    return 1;
  });

  pushString(L, host.arch);
  lua.lua_setfield(L, -2, to_luastring("arch"));

  setFunction(L, "host_exec", (L) => hostExec(L, bridge, host.hostExec));
  setFunction(L, "host_tmpdir", (L) => hostTmpdir(L, host.hostExec));

  setFunction(L, "int", (L) => {
    classes.int.push(L, { value: checkInteger(L, 1, "provium.int(value)") });
    return 1;
  });

  lua.lua_createtable(L, 0, 1);
  setFunction(L, "parse", (L) => {
    if (lua.lua_type(L, 1) !== lua.LUA_TSTRING) raise(L, "provium.ktap.parse(text): text must be a string");
    pushValue(L, ktapTable(parseKtap(toText(L, 1))));
    return 1;
  });
  lua.lua_setfield(L, -2, to_luastring("ktap"));

  lua.lua_setglobal(L, to_luastring("provium"));
}
