// Kernel selftests built from the distribution's kernel source (the tarball
// `npm test`'s pretest installs), statically, for the guest's busybox
// rootfs; cached in $PROVIUM_HOME/kselftests/<source>-<recipe hash>/.
//
// A STOPGAP until Provium can copy host files into a guest (vm:push): Lua
// cannot read host files, so each binary is also written as a Lua module
// returning its bytes (<name>.lua), which a test loads with dofile and
// writes into the guest with vm:write_file(path, bytes, { mode = 493 }).
// index.lua lists the tests: { name, dir, args, timeout }.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/setup/proc.ts";
import { proviumHome } from "../../src/util/home.ts";
import { sourceTarball } from "./own-kernel.ts";

interface Recipe {
  name: string;
  /** Its directory under tools/testing/selftests. */
  dir: string;
  /** Arguments when run (inconsistency-check: one second per clock instead of thirty). */
  args?: string[];
  /** Seconds, under TCG. */
  timeout: number;
  /** Extra compiler flags (get_size has no libc at all). */
  flags?: string[];
  libs?: string[];
}

const THREADS = ["-pthread", "-lrt"];
const FUTEX = { dir: "futex/functional", flags: ["-D_GNU_SOURCE", "-pthread", "-Ifutex/include"], libs: THREADS, timeout: 60 };

/** Each prints KTAP through kselftest.h (prctl's and posix_timers' do not, so they are not here). */
export const RECIPES: Recipe[] = [
  { name: "nanosleep", dir: "timers", timeout: 120, libs: [...THREADS, "-lm"] },
  { name: "inconsistency-check", dir: "timers", args: ["-t", "1"], timeout: 120, libs: [...THREADS, "-lm"] },
  { name: "get_size", dir: "size", timeout: 30, flags: ["-ffreestanding", "-nostartfiles"] },
  { name: "membarrier_test_single_thread", dir: "membarrier", timeout: 60, libs: THREADS },
  { name: "membarrier_test_multi_thread", dir: "membarrier", timeout: 60, libs: THREADS },
  { name: "futex_wait_timeout", ...FUTEX },
  { name: "futex_wait_wouldblock", ...FUTEX },
  { name: "futex_requeue", ...FUTEX },
  { name: "futex_waitv", ...FUTEX },
  { name: "breakpoint_test", dir: "breakpoints", timeout: 60 },
  { name: "sas", dir: "sigaltstack", timeout: 60 },
];

/** Bytes as a Lua string literal: printable ASCII as is, every other byte as a three-digit escape. */
export function luaStringLiteral(bytes: Uint8Array): string {
  const parts: string[] = ['"'];
  for (const byte of bytes) {
    if (byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c) parts.push(String.fromCharCode(byte));
    else parts.push(`\\${byte.toString().padStart(3, "0")}`);
  }
  parts.push('"');
  return parts.join("");
}

function luaValue(value: unknown): string {
  if (Array.isArray(value)) return `{ ${value.map(luaValue).join(", ")} }`;
  if (typeof value === "object" && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k} = ${luaValue(v)}`).join(", ")} }`;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The directory holding index.lua and one <name>.lua per test; built on first use. */
export async function buildKselftests(): Promise<string> {
  const { tarball, version } = await sourceTarball();
  const recipeHash = createHash("sha256").update(JSON.stringify(RECIPES)).digest("hex").slice(0, 12);
  const dir = path.join(proviumHome(), "kselftests", `${version}-${recipeHash}`);
  if (existsSync(path.join(dir, "index.lua"))) return dir;

  const work = mkdtempSync(path.join(tmpdir(), "provium-kselftests-"));
  try {
    const top = path.basename(tarball).replace(/\.tar\.\w+$/, "");
    const selftests = `${top}/tools/testing/selftests`;
    const dirs = [...new Set(RECIPES.map((r) => r.dir.split("/")[0]!))];
    await run("tar", ["-xf", tarball, "-C", work, `${selftests}/kselftest.h`, ...dirs.map((d) => `${selftests}/${d}`)]);
    const building = `${dir}.${process.pid}.tmp`;
    mkdirSync(building, { recursive: true });
    const root = path.join(work, selftests);
    for (const recipe of RECIPES) {
      const binary = path.join(building, recipe.name);
      const source = path.join(recipe.dir, `${recipe.name}.c`);
      await run("gcc", ["-static", "-O2", "-s", "-I.", ...(recipe.flags ?? []), "-o", binary, source, ...(recipe.libs ?? [])], { cwd: root });
      writeFileSync(path.join(building, `${recipe.name}.lua`), `return ${luaStringLiteral(readFileSync(binary))}\n`);
      rmSync(binary);
    }
    const index = RECIPES.map(({ name, dir, args, timeout }) => ({ name, dir, args: args ?? [], timeout }));
    writeFileSync(path.join(building, "index.lua"), `return ${luaValue(index)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
