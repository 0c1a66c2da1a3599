// The VM a shell or a REPL works on, opened in a Lua session wired like a
// run's (the same VM options, fixtures built by the same registry), with
// `vm` bound: a booted VM of a profile (virtual filesystems mounted), a
// resumed fixture, or a reopened bundle. close() stops it and removes
// everything it made, on every path.
import { loadConfig } from "../config/config.ts";
import { endScope, Scope } from "../engine/scope.ts";
import { openLuaSession, type RunContext } from "../engine/session.ts";
import type { LuaFile } from "../lua/state.ts";
import { applyProfileOptions, gdbHint } from "../run/command.ts";
import { openBundle } from "../vm/bundle.ts";
import { createRunContext } from "../run/run.ts";
import { ProviumError, UsageError } from "../util/errors.ts";
import type { Vm } from "../vm/vm.ts";
import { evaluate } from "./evaluate.ts";
import type { DebugRequest } from "./request.ts";

export interface DebugSession {
  run: RunContext;
  lf: LuaFile;
  vm: Vm;
  close(): Promise<void>;
}

/** The bundle, as a fixture of the session (no fixture script has this name). */
const BUNDLE_FIXTURE = "@bundle";

/** A string as a Lua literal (decimal escapes for anything unusual). */
export function luaQuote(text: string): string {
  return `"${text.replace(/[\\"\x00-\x1f\x7f]/g, (c) => `\\${c.charCodeAt(0)}`)}"`;
}

/** How `vm` is made: Lua, run like a test's first lines. */
function bindCode(request: DebugRequest, defaultProfile: string | undefined): string {
  if (request.snapshot !== undefined) return `vm = provium.fixture(${luaQuote(BUNDLE_FIXTURE)})`;
  if (request.fixture !== undefined) return `vm = provium.fixture(${luaQuote(request.fixture)})`;
  return `vm = provium.create(${defaultProfile === undefined ? "" : luaQuote(defaultProfile)}); vm:boot(); vm:mount_vfs()`;
}

export interface OpenOptions {
  /** print() and t:log() lines as they happen. */
  onLog?: (line: string) => void;
  /** Tells what is going on while the VM is being prepared. */
  status?: (line: string) => void;
}

export async function openTarget(request: DebugRequest, options: OpenOptions = {}): Promise<DebugSession> {
  const config = (() => {
    try {
      const loaded = loadConfig(request.suiteRoot);
      return { config: loaded, ...applyProfileOptions(request.run, loaded) };
    } catch (error) {
      throw error instanceof ProviumError ? new UsageError(error.message) : error;
    }
  })();
  const run = createRunContext({
    arch: config.arches[0],
    suiteRoot: request.suiteRoot,
    config: config.config,
    timeoutMs: request.run.timeoutS * 1000,
    accel: request.run.accel,
    defaultProfile: config.defaultProfile,
    allowKernelWarnings: true,
    onLog: (_, line) => options.onLog?.(line),
    gdb: request.run.gdb ? (vmName, port) => options.status?.(gdbHint(vmName, port).trim()) : undefined,
  });
  const scope = new Scope();
  const close = async () => {
    await endScope(scope, "failed", false).catch(() => {});
    run.runDir.remove();
  };
  try {
    if (request.snapshot !== undefined) {
      options.status?.(`reopening ${request.snapshot}…`);
      const { snapshot, about } = await openBundle(request.snapshot, run.runDir.child("bundle"));
      options.status?.(`VM ${about.vm} of test '${about.test.name}' (${about.test.file}), kept ${about.created}`);
      const registry = run.fixtures;
      run.fixtures = { snapshot: (name, chain) => (name === BUNDLE_FIXTURE ? Promise.resolve(snapshot) : registry.snapshot(name, chain)) };
    }
    const lf = openLuaSession(run, { label: "provium", scope: () => scope, fixtureChain: [] });
    if (request.snapshot === undefined)
      options.status?.(request.fixture !== undefined ? `resuming fixture '${request.fixture}' (built first when needed)…` : "booting the VM…");
    const bound = await evaluate(lf, bindCode(request, config.defaultProfile), "=provium");
    if (!bound.ok) throw new ProviumError(bound.error);
    const vm = scope.vms.at(-1);
    if (!vm) throw new ProviumError("no VM was made");
    return { run, lf, vm, close };
  } catch (error) {
    await close();
    throw error;
  }
}
