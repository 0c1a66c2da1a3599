// The bundled action (dist/action.js) run as the runner runs it: inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a temporary
// workspace holding a copy of examples/.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { tempDir } from "./temp.ts";

const ACTION = path.resolve("dist/action.js");

export function workspace(): string {
  const dir = tempDir();
  cpSync("examples", path.join(dir, "examples"), { recursive: true });
  writeFileSync(path.join(dir, "out.txt"), "");
  writeFileSync(path.join(dir, "summary.md"), "");
  return dir;
}

/** env: more of the runner's variables (the event, the run, a fake cache service's address). */
export async function runAction(ws: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PATH: process.env.PATH!, HOME: process.env.HOME!, GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: path.join(ws, "out.txt"), GITHUB_STEP_SUMMARY: path.join(ws, "summary.md"),
  };
  if (process.env.PROVIUM_HOME) env.PROVIUM_HOME = process.env.PROVIUM_HOME;
  Object.assign(env, extraEnv);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await execa("node", [ACTION], { env, extendEnv: false, cwd: ws, reject: false, all: true });
  const outputs = Object.fromEntries(
    [...readFileSync(path.join(ws, "out.txt"), "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { code: result.exitCode, log: result.all!, outputs, summary: readFileSync(path.join(ws, "summary.md"), "utf8") };
}

export const lines = (log: string, prefix: string) => log.split("\n").filter((line) => line.startsWith(prefix));
