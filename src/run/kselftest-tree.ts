// A kselftest tree on the host, read before any guest starts: an installed
// one (`make -C tools/testing/selftests install`: kselftest-list.txt names
// each collection:test, each collection's `settings` its timeout), or a
// directory of test programs (examples/kselftest/build.sh: each directory
// holding executables a collection). What run_kselftest.sh decides without
// running a test (a missing file, one not executable and without '#!') is
// decided here the same way, and so is what it would only find out in the
// guest: a program for another architecture.
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";
import { defaultArch, type Arch } from "../util/arch.ts";
import { foreignMachine, hasInterpreter } from "../util/elf.ts";
import { fileHead } from "../util/file-head.ts";

/** kselftest/runner.sh's timeout when a collection's settings give none. */
export const DEFAULT_KSELFTEST_TIMEOUT_S = 45;

export interface KselftestTest {
  /** As kselftest-list.txt names it: a file below the collection's directory. */
  name: string;
  /** The shell command that runs it in its directory (the runner's: `./name $KSELFTEST_<NAME>_ARGS`, or `interpreter ./name`). */
  command?: string;
  /** The runner's warnings about it ("file x is not executable"). */
  warnings: string[];
  /** When it cannot run: the verdict's directive ("" for the runner's plain 'not ok'). */
  cannotRun?: string;
}

export interface KselftestCollection {
  name: string;
  timeoutS: number;
  tests: KselftestTest[];
}

export interface KselftestTree {
  dir: string;
  /** Installed by `make install` (kselftest-list.txt), or a directory of programs. */
  installed: boolean;
  collections: KselftestCollection[];
  /** A test is a script or a dynamically linked program: the minimal guest (busybox, no libc) cannot run it. */
  needsDistro: boolean;
}

/** What to run: collections (-c) and collection:test (-t); none of either: everything. */
export interface KselftestSelection {
  collections?: string[];
  tests?: string[];
}

const LIST = "kselftest-list.txt";

/** The tree at dir, the selection applied; a directory that is no tree, or a selection naming what it lacks, is a ProviumError listing what there is. */
export function readKselftestTree(dir: string, selection: KselftestSelection = {}, arch: Arch = defaultArch()): KselftestTree {
  const root = path.resolve(dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new ProviumError(`kselftest: ${root} is not a directory (give the INSTALL_PATH of \`make -C tools/testing/selftests install\`)`);
  const installed = existsSync(path.join(root, LIST));
  const listed = installed ? listedTests(root) : programDirs(root);
  if (listed.length === 0)
    throw new ProviumError(
      `kselftest: ${root} is not a kselftest tree: it has no ${LIST} (what \`make -C tools/testing/selftests install INSTALL_PATH=${root}\` writes) and no test programs in its directories`,
    );
  const chosen = select(root, listed, selection);
  const collections = [...new Set(chosen.map((t) => t.collection))].map((name) => ({
    name,
    timeoutS: settingsTimeout(root, name),
    tests: chosen.filter((t) => t.collection === name).map((t) => planTest(root, t.collection, t.test, arch)),
  }));
  const needsDistro = collections.some((c) => c.tests.some((t) => t.command !== undefined && needsLibc(path.join(root, c.name, t.name))));
  return { dir: root, installed, collections, needsDistro };
}

interface Listed {
  collection: string;
  test: string;
}

function listedTests(root: string): Listed[] {
  return readFileSync(path.join(root, LIST), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.includes(":"))
    .map((line) => ({ collection: line.slice(0, line.indexOf(":")), test: line.slice(line.indexOf(":") + 1) }));
}

/** A tree without a list: each directory holding executable files is a collection, each of them a test (sorted, as `find | sort` lists them). */
function programDirs(root: string): Listed[] {
  const found: Listed[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const file = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (rel && entry.isFile() && executable(path.join(root, file))) found.push({ collection: rel, test: entry.name });
    }
  };
  walk("");
  return found;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** "a, b, c" of at most 40 names, saying how many more. */
function listed(names: string[]): string {
  return names.length <= 40 ? names.join(", ") : `${names.slice(0, 40).join(", ")} and ${names.length - 40} more`;
}

function select(root: string, all: Listed[], selection: KselftestSelection): Listed[] {
  const collections = [...new Set(all.map((t) => t.collection))];
  const unknown = (what: string, name: string) => new ProviumError(`kselftest: no ${what} '${name}' in ${root}; its collections: ${listed(collections)}`);
  const wanted = new Set<string>();
  for (const collection of selection.collections ?? []) {
    if (!collections.includes(collection)) throw unknown("collection", collection);
    for (const t of all) if (t.collection === collection) wanted.add(`${t.collection}:${t.test}`);
  }
  for (const test of selection.tests ?? []) {
    const colon = test.indexOf(":");
    if (colon <= 0) throw new ProviumError(`kselftest: '${test}' is not collection:test (as \`run_kselftest.sh --list\` prints them)`);
    const collection = test.slice(0, colon);
    if (!collections.includes(collection)) throw unknown("collection", collection);
    if (!all.some((t) => `${t.collection}:${t.test}` === test)) {
      const tests = all.filter((t) => t.collection === collection).map((t) => t.test);
      throw new ProviumError(`kselftest: no test '${test}' in ${root}; collection ${collection} has: ${listed(tests)}`);
    }
    wanted.add(test);
  }
  return wanted.size === 0 ? all : all.filter((t) => wanted.has(`${t.collection}:${t.test}`));
}

/** The collection's `settings` timeout (kselftest/runner.sh reads `timeout=N` lines; a comment starts with '#'). */
function settingsTimeout(root: string, collection: string): number {
  const file = path.join(root, collection, "settings");
  if (!existsSync(file)) return DEFAULT_KSELFTEST_TIMEOUT_S;
  let timeout = DEFAULT_KSELFTEST_TIMEOUT_S;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^timeout=(.*)$/.exec(line.trim());
    if (!m) continue;
    const value = Number(m[1]);
    if (!(value > 0)) throw new ProviumError(`kselftest: ${file}: timeout must be a positive number of seconds, got '${m[1]}'`);
    timeout = value;
  }
  return timeout;
}

/** The variable run_kselftest.sh reads a test's arguments from: KSELFTEST_<NAME>_ARGS, the file name upper-cased, anything but [A-Z0-9_] an underscore. */
export function argsVariable(test: string): string {
  return `KSELFTEST_${path.basename(test).replace(/[\s\p{Cc}]/gu, "").replace(/[^A-Za-z0-9_]/g, "_").toUpperCase()}_ARGS`;
}

const ELF_HEADER_BYTES = 64 * 1024; // the program headers of any real executable are in its first pages

/** How run_kselftest.sh would run collection/test (kselftest/runner.sh's run_one), decided on the host. */
function planTest(root: string, collection: string, name: string, arch: Arch): KselftestTest {
  const file = path.join(root, collection, name);
  const shown = `${collection}/${name}`;
  const base = `./${path.basename(name)}`;
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return { name, warnings: [`Warning: file ${name} is missing!`], cannotRun: "" };
  const head = fileHead(file, ELF_HEADER_BYTES);
  if (!executable(file)) {
    const warnings = [`Warning: file ${name} is not executable`];
    if (!head.subarray(0, 2).equals(Buffer.from("#!"))) return { name, warnings, cannotRun: "" };
    const interpreter = head.toString("latin1", 2, Math.max(2, head.indexOf(10))).trim();
    return { name, warnings, command: `${interpreter} ${base}` };
  }
  if (head.readUInt32BE(0) === 0x7f454c46) {
    let foreign: string | undefined;
    try {
      foreign = foreignMachine(head, arch);
    } catch (error) {
      foreign = `it is not an ELF file the guest can run (${(error as Error).message})`;
    }
    if (foreign) return { name, warnings: [], cannotRun: `error: cannot run ${shown}: ${foreign} (build the selftests for the guest's architecture)` };
  }
  return { name, warnings: [], command: `${base} $${argsVariable(name)}` };
}

/** A script, or a program that needs a dynamic loader and libc. */
function needsLibc(file: string): boolean {
  const head = fileHead(file, ELF_HEADER_BYTES);
  if (head.length < 4 || head.readUInt32BE(0) !== 0x7f454c46) return true;
  try {
    return hasInterpreter(head);
  } catch {
    return true; // program headers past the first pages: assume the general case
  }
}
