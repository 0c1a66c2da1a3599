// One directory per run under /tmp/provium-runs-<uid>/<run-id>/ (sockets,
// console logs, snapshots). Directories of runs whose owner process died are
// removed by the next run. The root is per user: it is private (0700), so a
// root another user made first could be neither written nor cleaned.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sanitize } from "../util/names.ts";
import { processAlive } from "../util/proc.ts";
import { trackDirectory, untrackDirectory } from "./cleanup.ts";

export function runsRoot(): string {
  return process.env.PROVIUM_RUNS_DIR ?? `/tmp/provium-runs-${process.getuid?.() ?? "user"}`;
}

/** Removes directories left by runs whose process no longer exists. */
export function removeStaleRunDirs(root = runsRoot()): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const dir = path.join(root, entry);
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(dir, "owner.pid"), "utf8"));
    } catch {
      // no owner file: a run that died while creating its directory
    }
    if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

export class RunDir {
  private nextChild = 0;
  private removed = false;
  private readonly removing: (() => void)[] = [];

  private constructor(readonly path: string) {}

  static create(root = runsRoot()): RunDir {
    removeStaleRunDirs(root);
    const id = `${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "")}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
    const dir = path.join(root, id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
    trackDirectory(dir);
    return new RunDir(dir);
  }

  /** A fresh subdirectory, e.g. one per VM; the label is made one plain name (it may come from a bundle's manifest). */
  child(label: string): string {
    const dir = path.join(this.path, `${sanitize(label)}-${++this.nextChild}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Runs fn (synchronously) before the directory is removed: what lives in it ends first. */
  beforeRemove(fn: () => void): void {
    this.removing.push(fn);
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    for (const fn of this.removing.splice(0)) fn();
    rmSync(this.path, { recursive: true, force: true });
    untrackDirectory(this.path);
  }
}

let processRunDir: RunDir | undefined;

/** The run directory of this process, made on first use and removed at exit. */
export function defaultRunDir(): RunDir {
  processRunDir ??= RunDir.create();
  return processRunDir;
}
