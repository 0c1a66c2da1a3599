// A run: every selected test file, several at once, each in its own Lua
// state. A file that crashes our code fails with an internal error; the run
// goes on.
import { availableParallelism } from "node:os";
import type { Config } from "../config/config.ts";
import { displayPath } from "../lua/state.ts";
import type { AccelMode } from "../vm/accel.ts";
import { runTestFile } from "./file-runner.ts";
import type { FileResult } from "./results.ts";
import { RunDir } from "./run-dir.ts";

export interface RunOptions {
  files: string[];
  suiteRoot: string;
  config: Config;
  jobs?: number;
  timeoutMs: number;
  accel?: AccelMode;
  filter?: RegExp;
  tags?: string[];
  onFileStart?: (file: string) => void;
  onFileDone?: (result: FileResult) => void;
  onLog?: (file: string, line: string) => void;
}

export interface RunResult {
  files: FileResult[];
  durationMs: number;
}

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const runDir = RunDir.create();
  const results: FileResult[] = new Array(options.files.length);
  let next = 0;
  const worker = async () => {
    while (next < options.files.length) {
      const index = next++;
      const file = options.files[index]!;
      options.onFileStart?.(displayPath(file));
      const result = await runTestFile(file, { ...options, runDir }).catch((error: unknown) => internalError(file, error));
      results[index] = result;
      options.onFileDone?.(result);
    }
  };
  try {
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), options.files.length));
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    runDir.remove();
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
