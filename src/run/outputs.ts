// The reports a run was asked to write (--junit, --json, --artifacts; the
// action's results directory): each place is made and checked before any
// test runs, so that one this user cannot write — a read-only checkout, a
// container's --user without write access, a report an earlier run as root
// left behind — is a usage error at once, not a stack trace after the suite.
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ProviumError, UsageError } from "../util/errors.ts";
import type { RunRequest } from "./request.ts";

interface Output {
  what: string;
  file: string;
  /** A directory the run writes into, or a file it writes. */
  kind: "file" | "dir";
}

function outputs(request: Pick<RunRequest, "junit" | "json" | "artifacts">): Output[] {
  const wanted: (Output | undefined)[] = [
    request.junit ? { what: "the JUnit report", file: request.junit, kind: "file" } : undefined,
    request.json ? { what: "the JSON results", file: request.json, kind: "file" } : undefined,
    request.artifacts ? { what: "the artifacts directory", file: request.artifacts, kind: "dir" } : undefined,
  ];
  return wanted.filter((output) => output !== undefined);
}

const HINT =
  `give a path this user (uid ${process.getuid?.()}) may write; in a container, mount the checkout (or the results directory) writable, ` +
  'and with --user "$(id -u):$(id -g)" remove what an earlier run as root left there';

/** Makes each output's directory and checks this user may write it (and the file, when one is there). */
export function prepareOutputs(request: Pick<RunRequest, "junit" | "json" | "artifacts">): void {
  for (const { what, file, kind } of outputs(request)) {
    const dir = kind === "dir" ? file : path.dirname(path.resolve(file));
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
      if (kind === "file" && existsSync(file)) accessSync(file, constants.W_OK);
    } catch (error) {
      throw new UsageError(`cannot write ${what} ${file}: ${(error as Error).message} — ${HINT}`);
    }
  }
}

/** Writes one report; a failure (the disk full, the directory removed meanwhile) names it. */
export async function writeOutput(what: string, file: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new ProviumError(`cannot write ${what} ${file}: ${(error as Error).message}`);
  }
}
