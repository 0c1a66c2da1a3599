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
    } catch {
      throw error; // no apt, or no root: the engine's own message says what to install
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
