// The Lua side's cost: one VM call through the binding (yield, promise,
// resume) against the same op called directly from TypeScript.
import { lua, lauxlib, to_luastring } from "fengari";
import { Deadline } from "../src/util/clock.ts";
import { installProvium } from "../src/lua/api/provium.ts";
import { createLuaFile } from "../src/lua/state.ts";
import { createVm } from "../src/vm/vm.ts";
import { median, ms, row } from "./stats.ts";

const CALLS = 25;
const ROUNDS = 7;

export async function benchLua(): Promise<void> {
  console.log("Lua binding overhead");
  const vm = createVm("minimal");
  await vm.boot();
  const lf = createLuaFile({ suiteRoot: ".", log: () => {} });
  installProvium(lf.L, lf.bridge, {
    createVm: () => vm,
    fixture: () => Promise.reject(new Error("no fixtures here")),
    hostPath: (requested) => requested,
    resultsPath: (requested) => ({ path: requested, beneath: "." }),
    hostExec: { cwd: ".", tmpdir: () => "/tmp" },
  });
  const script = `local vm = provium.create() for i = 1, ${CALLS} do vm:read_file("/proc/uptime") end`;

  const luaBatch = async () => {
    lauxlib.luaL_loadstring(lf.L, to_luastring(script));
    const thread = lua.lua_newthread(lf.L);
    lua.lua_insert(lf.L, -2);
    lua.lua_xmove(lf.L, thread, 1);
    const start = performance.now();
    const outcome = await lf.bridge.drive(thread, 0, Deadline.NEVER);
    if (outcome.status !== "ok") throw new Error("bench script failed");
    lua.lua_pop(lf.L, 1);
    return (performance.now() - start) / CALLS;
  };
  const tsBatch = async () => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await vm.readFile("/proc/uptime");
    return (performance.now() - start) / CALLS;
  };

  const ts: number[] = [];
  const viaLua: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ts.push(await tsBatch());
    viaLua.push(await luaBatch());
  }
  row(`read_file from TypeScript (median per call)`, ms(median(ts)));
  row(`read_file from Lua (median per call)`, ms(median(viaLua)));
  row(`Lua overhead per VM call`, `${ms(median(viaLua) - median(ts))} (ratio ${(median(viaLua) / median(ts)).toFixed(2)}×)`);
  await vm.shutdown();
}
