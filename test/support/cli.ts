// The `provium` command as a user runs it (from the sources), and xmllint
// checking a JUnit file against test/schema/junit.xsd.
import { fileURLToPath } from "node:url";
import { execa } from "execa";

const SCHEMA = fileURLToPath(new URL("../schema/junit.xsd", import.meta.url));

/** `provium <args…>` with extra environment variables; never rejects, output interleaved in `all`. */
export const cli = (args: string[], env: Record<string, string> = {}) =>
  execa("node", ["--import", "tsx", "src/cli/main.ts", ...args], { reject: false, env, all: true });

export const xmllint = (file: string) => execa("xmllint", ["--noout", "--schema", SCHEMA, file], { reject: false });
