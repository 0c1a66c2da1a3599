// The `provium` command as a user runs it (from the sources), and xmllint
// checking a JUnit file against test/schema/junit.xsd.
import { fileURLToPath } from "node:url";
import { execa } from "execa";

const SCHEMA = fileURLToPath(new URL("../schema/junit.xsd", import.meta.url));

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
/** tsx found from here: the command may run in another directory (a user's checkout). */
const TSX = import.meta.resolve("tsx");

/** `provium <args…>` with extra environment variables (and a working directory); never rejects, output interleaved in `all`. */
export const cli = (args: string[], env: Record<string, string> = {}, cwd?: string) =>
  execa("node", ["--import", TSX, MAIN, ...args], { reject: false, env, all: true, cwd });

export const xmllint = (file: string) => execa("xmllint", ["--noout", "--schema", SCHEMA, file], { reject: false });
