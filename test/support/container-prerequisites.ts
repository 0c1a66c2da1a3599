// `npm run test:container`'s pretest step: a container engine. Where there is
// none and podman may be chosen, podman and runc are installed with apt as
// setup installs packages (as root, or through sudo); where that cannot be
// done, the step says what is missing and how to install it, and fails.
import { Apt } from "../../src/setup/apt.ts";
import { ENGINE_VARIABLE, findEngine, NoEngineError } from "./container-engine.ts";

async function engineOrInstall(): Promise<string> {
  try {
    const engine = await findEngine();
    return `${engine.name} (${engine.binary})`;
  } catch (error) {
    if (!(error instanceof NoEngineError) || (process.env[ENGINE_VARIABLE] ?? "podman") !== "podman") throw error;
    try {
      await new Apt("npm run test:container").ensure(["podman", "runc"]);
    } catch (installError) {
      // no apt, no root, no network: the engine's own message says what to install, and this why it was not
      const e = installError as Error & { hint?: string };
      throw new NoEngineError(`${error.message} (installing podman and runc with apt failed: ${e.message}${e.hint ? `; ${e.hint}` : ""})`);
    }
    const engine = await findEngine();
    return `${engine.name} (${engine.binary}), installed with apt`;
  }
}

try {
  const started = Date.now();
  const engine = await engineOrInstall();
  console.log(`container tier prerequisites: engine: ${engine} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`container tier prerequisites: ${(error as Error).message}`);
  process.exit(1);
}
