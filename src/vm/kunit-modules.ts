// The KUnit suites in a kernel's modules tree, read on the host before any
// guest boots: a module holding suites has a .kunit_test_suites section, an
// array of pointers to its struct kunit_suite, whose first member is the
// suite's name (char name[256]). So `provium kunit` loads only the modules a
// glob asks for, and can say which suites exist when none matches.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { execa } from "execa";
import { pointedStrings } from "../util/elf.ts";
import { ProviumError } from "../util/errors.ts";
import { compressionOf, moduleName, type ModulesTree } from "./kernel-modules.ts";

export interface KunitModule {
  /** As modprobe takes it. */
  name: string;
  /** Relative to the tree's lib/modules/<release>. */
  file: string;
  /** In the order they run when the module loads. */
  suites: string[];
}

const SUITE_SECTION = ".kunit_test_suites";
/** struct kunit_suite's name[256]. */
const SUITE_NAME_MAX = 256;
const DECOMPRESSORS = { xz: ["xz", "xz-utils"], zst: ["zstd", "zstd"] } as const;

const scanned = new Map<string, Promise<KunitModule[]>>();

/** The tree's modules that hold KUnit suites, by name (read once per tree and process). */
export function kunitModules(tree: ModulesTree): Promise<KunitModule[]> {
  let found = scanned.get(tree.dir);
  if (!found) scanned.set(tree.dir, (found = scan(tree)));
  return found;
}

async function scan(tree: ModulesTree): Promise<KunitModule[]> {
  const dep = await readFile(path.join(tree.dir, "modules.dep"), "utf8");
  const files = dep.split("\n").map((line) => line.slice(0, line.indexOf(":")).trim()).filter(Boolean);
  const modules = await Promise.all(
    files.map(async (file): Promise<KunitModule | undefined> => {
      const full = path.join(tree.dir, file);
      let suites: string[] | undefined;
      try {
        suites = pointedStrings(await moduleBytes(full), SUITE_SECTION, SUITE_NAME_MAX);
      } catch (error) {
        if (error instanceof ProviumError) throw error;
        throw new ProviumError(`${full}: not a kernel module Provium can read (${(error as Error).message})`);
      }
      if (suites === undefined) return undefined;
      if (suites.length === 0 || suites.some((s) => !s)) throw new ProviumError(`${full}: its ${SUITE_SECTION} section holds suites whose names cannot be read (no RELA relocations for it)`);
      return { name: moduleName(file), file, suites };
    }),
  );
  return modules.filter((m): m is KunitModule => m !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

async function moduleBytes(file: string): Promise<Buffer> {
  const compression = compressionOf(file);
  if (compression === "none" || compression === null) return readFile(file);
  if (compression === "gz") return gunzipSync(await readFile(file));
  const [tool, pkg] = DECOMPRESSORS[compression];
  const r = await execa(tool, ["-dc", file], { encoding: "buffer", reject: false, stdin: "ignore" });
  if (r.failed) throw new ProviumError(`cannot read the compressed module ${file}: \`${tool} -dc\` failed (${r.shortMessage?.split("\n")[0]}); install ${pkg}`);
  return Buffer.from(r.stdout);
}
