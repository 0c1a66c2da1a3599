// A run: every selected test file, several at once, each in its own Lua
// state, sharing one run directory and one fixture registry. A file that
// crashes our code fails with an internal error; the run goes on.
import { availableParallelism } from "node:os";
import type { Config } from "../config/config.ts";
import { buildFixture } from "../fixtures/build.ts";
import { FixtureRegistry } from "../fixtures/registry.ts";
import { displayPath } from "../lua/state.ts";
import type { AccelMode } from "../vm/accel.ts";
import { runTestFile, type Selection } from "./file-runner.ts";
import type { RunContext } from "./lua-session.ts";
import type { FileResult } from "./results.ts";
import { RunDir } from "./run-dir.ts";

export interface RunOptions extends Selection {
  files: string[];
  suiteRoot: string;
  config: Config;
  jobs?: number;
  timeoutMs: number;
  accel?: AccelMode;
  onFileStart?: (file: string) => void;
  onFileDone?: (result: FileResult) => void;
  onLog?: (file: string, line: string) => void;
}

export interface RunResult {
  files: FileResult[];
  durationMs: number;
}

/** The run-wide context: run directory and fixture registry. The caller removes the run directory. */
export function createRunContext(options: Omit<RunContext, "runDir" | "fixtures">, runDir = RunDir.create()): RunContext {
  const fixtures = new FixtureRegistry();
  const context: RunContext = { ...options, runDir, fixtures };
  fixtures.setBuilder((name, chain) => buildFixture(context, name, chain));
  return context;
}

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const context = createRunContext(options);
  const results: FileResult[] = new Array(options.files.length);
  let next = 0;
  const worker = async () => {
    while (next < options.files.length) {
      const index = next++;
      const file = options.files[index]!;
      options.onFileStart?.(displayPath(file));
      const result = await runTestFile(file, context, options).catch((error: unknown) => internalError(file, error));
      results[index] = result;
      options.onFileDone?.(result);
    }
  };
  try {
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), options.files.length));
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    context.runDir.remove();
  }
  return { files: results, durationMs: Date.now() - started };
}

function internalError(file: string, error: unknown): FileResult {
  const message = `internal error in Provium while running this file: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  const display = displayPath(file);
  return {
    file: display,
    durationMs: 0,
    tests: [
      {
        file: display, name: display, line: 0, status: "error", durationMs: 0, tags: [], logs: [], warnings: [],
        failure: { kind: "error", message, traceback: "", consoles: [] },
      },
    ],
  };
}
