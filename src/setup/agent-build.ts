// Step 5: the guest agent (C, statically linked, built by agent/Makefile).
// make is always run — it is incremental — and the binary is copied into
// PROVIUM_HOME only when it changed.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SetupError } from "./errors.ts";
import { exists, writeIfChanged } from "./files.ts";
import { tryRun } from "./proc.ts";
import type { StepOutcome } from "./runner.ts";

export async function buildAgent(repoRoot: string, dest: string): Promise<StepOutcome<void>> {
  const dir = join(repoRoot, "agent");
  if (!(await exists(join(dir, "Makefile")))) {
    throw new SetupError(`${join(dir, "Makefile")} does not exist`, "the agent sources are missing from this checkout; restore agent/ and re-run npm run setup");
  }
  const make = await tryRun("make", ["-C", dir]);
  if (!make.ok) throw new SetupError(`make -C agent failed: ${make.why}`, "run `make -C agent` to see the full output");
  const built = join(dir, "build", "provium-agent");
  const bytes = await readFile(built).catch(() => {
    throw new SetupError(`make -C agent succeeded but produced no ${built}`, "check agent/Makefile's output path");
  });
  const copied = await writeIfChanged(dest, bytes, 0o755);
  if (copied) return { status: "done", detail: `built and copied to ${dest}`, value: undefined };
  return { status: "skipped", detail: `${dest} up to date`, value: undefined };
}
