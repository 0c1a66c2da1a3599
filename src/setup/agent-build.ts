// Step 5: the guest agent (C, statically linked, built by agent/Makefile) for
// one architecture: this machine's natively, another's with its cross
// compiler (the Makefile's ARCH). make is always run — it is incremental —
// and the binary is copied into PROVIUM_HOME only when it changed.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { hostArch, type Arch } from "../util/arch.ts";
import { SetupError } from "./errors.ts";
import { exists, writeIfChanged } from "./files.ts";
import { tryRun } from "./proc.ts";
import type { StepOutcome } from "./runner.ts";

/** Where agent/Makefile puts the agent of arch: build/ for this machine's, build/<arch>/ for another's. */
export const agentOutput = (dir: string, arch: Arch): string => join(dir, "build", ...(arch === hostArch() ? [] : [arch]), "provium-agent");

export async function buildAgent(repoRoot: string, dest: string, arch: Arch): Promise<StepOutcome<void>> {
  const dir = join(repoRoot, "agent");
  if (!(await exists(join(dir, "Makefile")))) {
    throw new SetupError(`${join(dir, "Makefile")} does not exist`, "the agent sources are missing from this checkout; restore agent/ and re-run npm run setup");
  }
  const make = await tryRun("make", ["-C", dir, `ARCH=${arch}`]);
  if (!make.ok) throw new SetupError(`make -C agent ARCH=${arch} failed: ${make.why}`, `run \`make -C agent ARCH=${arch}\` to see the full output`);
  const built = agentOutput(dir, arch);
  const bytes = await readFile(built).catch(() => {
    throw new SetupError(`make -C agent succeeded but produced no ${built}`, "check agent/Makefile's output path");
  });
  const copied = await writeIfChanged(dest, bytes, 0o755);
  if (copied) return { status: "done", detail: `built and copied to ${dest}`, value: undefined };
  return { status: "skipped", detail: `${dest} up to date`, value: undefined };
}
