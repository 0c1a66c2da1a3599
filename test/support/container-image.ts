// Building Provium's image with the tier's engine, and running it as users
// do. Every container is started with --rm and a name of this process, so
// that one a failed test left behind is removed (QEMU inside it included).
import { execa, type Result } from "execa";
import { tryRun } from "../../src/util/proc.ts";
import { caSecretOptions, hostOptions, type Engine } from "./container-engine.ts";

/** The tag the tier builds; $PROVIUM_TEST_IMAGE names an image to test instead (the publish workflow's). */
export const TEST_IMAGE = "localhost/provium-test:latest";
export const IMAGE_VARIABLE = "PROVIUM_TEST_IMAGE";

export class ImageBuildError extends Error {
  override name = "ImageBuildError";
}

/** The builder stage, tagged so that the next build finds it: untagged, the prune below would take it. */
const BUILDER_TAG = "localhost/provium-test-builder:latest";

/**
 * Builds the repository's Dockerfile (run from the repository root) on
 * `base`. The build's RUN steps use the host's network (apt and npm need one;
 * the engine's bridge needs iptables, which a host may not have). Then the
 * images earlier builds left untagged are removed; the layers this build
 * used stay, as the next build's cache.
 */
export async function buildImage(engine: Engine, base: string, tag = TEST_IMAGE): Promise<void> {
  const started = new Date();
  const common = ["build", "--network", "host", ...hostOptions(engine), ...caSecretOptions(), "--build-arg", `BASE=${base}`];
  for (const args of [[...common, "--target", "builder", "-t", BUILDER_TAG, "."], [...common, "-t", tag, "."]]) {
    const r = await execa(engine.binary, args, { reject: false, all: true, stdin: "ignore" });
    if (r.failed) {
      const tail = String(r.all ?? "").split("\n").slice(-30).join("\n");
      throw new ImageBuildError(`${engine.name} ${args.join(" ")} failed (exit ${r.exitCode}):\n${tail}`);
    }
  }
  await tryRun(engine.binary, ["image", "prune", "--force", "--filter", `until=${started.toISOString()}`]);
}

/** The image's size in bytes, as the engine counts it (all layers, uncompressed). */
export async function imageBytes(engine: Engine, image: string): Promise<number> {
  const r = await execa(engine.binary, ["image", "inspect", "--format", "{{.Size}}", image]);
  return Number(r.stdout.trim());
}

export interface RunOptions {
  /** host path → container path; ":ro" appended for read-only. */
  volumes?: string[];
  user?: string;
  groups?: string[];
  /** host device node → container path */
  devices?: string[];
  entrypoint?: string;
  workdir?: string;
}

let containers = 0;

/** `docker run <image> <args…>` as a user would (no network: Provium needs none); never rejects, output in `all`. */
export function runImage(engine: Engine, image: string, args: string[], options: RunOptions = {}): Promise<Result<{ reject: false; all: true; stdin: "ignore" }>> {
  const name = `provium-test-${process.pid}-${++containers}`;
  const run = [
    "run", "--rm", "--name", name, "--network", "none", ...hostOptions(engine),
    ...(options.user ? ["--user", options.user] : []),
    ...(options.groups ?? []).flatMap((group) => ["--group-add", group]),
    ...(options.devices ?? []).flatMap((device) => ["--device", device]),
    ...(options.volumes ?? []).flatMap((volume) => ["-v", volume]),
    ...(options.entrypoint ? ["--entrypoint", options.entrypoint] : []),
    ...(options.workdir ? ["-w", options.workdir] : []),
    image, ...args,
  ];
  return execa(engine.binary, run, { reject: false, all: true, stdin: "ignore" });
}

/** Removes the containers of this process that are still there (a test stopped halfway). */
export async function removeLeftContainers(engine: Engine): Promise<void> {
  const listed = await tryRun(engine.binary, ["ps", "--all", "--format", "{{.Names}}", "--filter", `name=provium-test-${process.pid}-`]);
  const names = listed.stdout.split("\n").filter(Boolean);
  if (names.length) await tryRun(engine.binary, ["rm", "--force", ...names]);
}
