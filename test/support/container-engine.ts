// The container engine the container tier builds and runs the image with:
// podman, or Docker where its daemon answers ($PROVIUM_CONTAINER_ENGINE
// chooses). Also the options this host needs and the image must not carry:
// they go on the tier's command lines only.
import { existsSync, readFileSync } from "node:fs";
import { findExecutable } from "../../src/util/executables.ts";
import { tryRun } from "../../src/util/proc.ts";

export type EngineName = "podman" | "docker";
export const ENGINE_VARIABLE = "PROVIUM_CONTAINER_ENGINE";

export interface Engine {
  name: EngineName;
  /** The command, absolute. */
  binary: string;
}

/** What to do when there is no engine: the tier's whole message. */
export const INSTALL_HINT =
  "install one: on Debian or Ubuntu, `sudo apt-get install podman runc` (npm run test:container does it when it runs as root or with sudo), " +
  `or start Docker's daemon; ${ENGINE_VARIABLE}=podman|docker chooses between them`;

export class NoEngineError extends Error {
  override name = "NoEngineError";
}

/** Why docker cannot be used, or "" when its daemon answers. */
async function dockerProblem(binary: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await tryRun(binary, ["info", "--format", "{{.ServerVersion}}"], { env: env as Record<string, string> });
  return r.ok ? "" : `docker is installed but its daemon does not answer (${r.why})`;
}

/** The engine to use here, or a NoEngineError that says what is missing and how to install one. */
export async function findEngine(env: NodeJS.ProcessEnv = process.env): Promise<Engine> {
  const wanted = env[ENGINE_VARIABLE];
  const engines: EngineName[] = ["podman", "docker"];
  if (wanted !== undefined && !engines.includes(wanted as EngineName))
    throw new NoEngineError(`${ENGINE_VARIABLE} must be podman or docker, got '${wanted}'`);
  const problems: string[] = [];
  for (const name of wanted ? [wanted as EngineName] : engines) {
    const binary = findExecutable(name);
    if (!binary) {
      problems.push(`${name} is not on PATH`);
      continue;
    }
    const problem = name === "docker" ? await dockerProblem(binary, env) : "";
    if (!problem) return { name, binary };
    problems.push(problem);
  }
  throw new NoEngineError(`no container engine to build and run Provium's image: ${problems.join("; ")} — ${INSTALL_HINT}`);
}

/**
 * Resource limits a container gets. Engines ask for large ones by default
 * (podman: the host's maximum), which root cannot raise in some sandboxes
 * (runc: "error setting rlimit type 7: operation not permitted"): ask for
 * modest ones, never above this process's own hard limit.
 */
function ulimitOptions(limits = readFileSync("/proc/self/limits", "utf8")): string[] {
  const wanted = [
    { name: "nofile", row: "Max open files", cap: 20_000 },
    { name: "nproc", row: "Max processes", cap: 32_768 }, // some hosts refuse more than pid_max (32768) whatever the hard limit says
  ];
  return wanted.flatMap(({ name, row, cap }) => {
    const hard = new RegExp(`^${row}\\s+\\S+\\s+(\\d+)`, "m").exec(limits)?.[1]; // the columns: soft, hard ("unlimited": no cap)
    const value = hard === undefined ? cap : Math.min(cap, Number(hard));
    return ["--ulimit", `${name}=${value}:${value}`];
  });
}

/**
 * Options for `run` and `build` on this host. podman uses runc where it is
 * installed: crun refuses hosts with hybrid cgroups (v1 and v2 mounted), runc
 * runs everywhere.
 */
export function hostOptions(engine: Engine): string[] {
  const runtime = engine.name === "podman" && findExecutable("runc") ? ["--runtime", "runc"] : [];
  return [...runtime, ...ulimitOptions()];
}

/**
 * The host's CA bundle for npm inside the build, when this host's TLS is
 * re-signed by a proxy (NODE_EXTRA_CA_CERTS names its CA): a build secret,
 * which the Dockerfile reads in one step and never stores in a layer.
 */
export function caSecretOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  const bundle = env.NODE_EXTRA_CA_CERTS;
  return bundle && existsSync(bundle) && readFileSync(bundle).length > 0 ? ["--secret", `id=ca-certificates,src=${bundle}`] : [];
}
