// Finding test files: *.test.lua under the paths given, in a stable order.
// fixtures/ at the suite root holds fixture scripts, not tests.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE } from "../config/config.ts";
import { ProviumError } from "../util/errors.ts";

export const TEST_SUFFIX = ".test.lua";
export const DEFAULT_SUITE = "tests";

function walk(dir: string, suiteRoot: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      if (entry.name === "fixtures" && path.resolve(dir) === path.resolve(suiteRoot)) continue;
      walk(full, suiteRoot, found);
    } else if (entry.name.endsWith(TEST_SUFFIX)) found.push(path.resolve(full));
  }
}

export function discoverTestFiles(paths: string[], suiteRoot: string): string[] {
  const found: string[] = [];
  for (const given of paths) {
    if (!existsSync(given)) throw new ProviumError(`${given} does not exist (give a directory of *${TEST_SUFFIX} files or a test file)`);
    if (statSync(given).isDirectory()) walk(given, suiteRoot, found);
    else found.push(path.resolve(given));
  }
  return [...new Set(found)].sort();
}

/**
 * The suite root: the directory given, else the nearest directory above the
 * first file that holds a provium.toml, else tests/ when the file is in it,
 * else the file's directory.
 */
export function findSuiteRoot(paths: string[]): string {
  const first = paths[0] ?? DEFAULT_SUITE;
  if (existsSync(first) && statSync(first).isDirectory()) return path.resolve(first);
  const cwd = process.cwd();
  for (let dir = path.resolve(path.dirname(first)); dir.startsWith(cwd); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    if (dir === cwd) break;
  }
  const defaultSuite = path.resolve(DEFAULT_SUITE);
  return path.resolve(first).startsWith(defaultSuite + path.sep) ? defaultSuite : path.resolve(path.dirname(first));
}
