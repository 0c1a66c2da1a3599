// The container tier's engine: with none on PATH it says what is missing and
// how to install one, rather than failing obscurely halfway through a build.
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, test } from "node:test";
import { execa } from "execa";
import { findExecutable } from "../../src/util/executables.ts";
import { ENGINE_VARIABLE, findEngine } from "../support/container-engine.ts";
import { tempDir } from "../support/temp.ts";

let savedPath: string | undefined;
beforeEach(() => (savedPath = process.env.PATH));
afterEach(() => (process.env.PATH = savedPath));

test("no engine on PATH: the message names both and how to install one", async () => {
  process.env.PATH = tempDir();
  await assert.rejects(findEngine({}), (error: Error) => {
    assert.equal(error.name, "NoEngineError");
    assert.match(error.message, /^no container engine to build and run Provium's image: podman is not on PATH; docker is not on PATH — install one: on Debian or Ubuntu, `sudo apt-get install podman runc`/);
    assert.match(error.message, /PROVIUM_CONTAINER_ENGINE=podman\|docker chooses/);
    return true;
  });
});

test("a docker command whose daemon does not answer is not an engine, and the message says so", async (t) => {
  const docker = findExecutable("docker");
  if (!docker) return t.skip("no docker command on this host");
  const bin = tempDir();
  symlinkSync(docker, path.join(bin, "docker"));
  process.env.PATH = bin;
  // An address where no daemon listens: the real client's own error, whatever this host runs.
  await assert.rejects(findEngine({ [ENGINE_VARIABLE]: "docker", DOCKER_HOST: "unix:///nonexistent/docker.sock" }), /docker is installed but its daemon does not answer \(.+\) — install one/);
});

test("a bad PROVIUM_CONTAINER_ENGINE is named", async () => {
  await assert.rejects(findEngine({ [ENGINE_VARIABLE]: "lxc" }), /^NoEngineError: PROVIUM_CONTAINER_ENGINE must be podman or docker, got 'lxc'$/);
});

test("npm run test:container's pretest, with no engine it can install: exit 1, what to install and why it was not", async () => {
  // PATH holds node alone: no engine, and neither apt nor sudo to install one (as root or not).
  const bin = tempDir();
  symlinkSync(process.execPath, path.join(bin, "node"));
  const r = await execa(process.execPath, ["--import", "tsx", "test/support/container-prerequisites.ts"], { reject: false, all: true, env: { PATH: bin }, extendEnv: false });
  assert.equal(r.exitCode, 1, r.all);
  assert.match(
    r.all,
    /^container tier prerequisites: no container engine to build and run Provium's image: podman is not on PATH; docker is not on PATH — install one: .* \(installing podman and runc with apt failed: .+\)$/,
  );
});
