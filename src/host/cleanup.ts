// Nothing we start may outlive us: QEMU processes, build commands (whole
// process groups) and run directories are registered here and removed on
// every exit path (normal exit, uncaught error, SIGINT/SIGTERM). A hard
// kill of Node is covered by the parent-death signal QEMU is started with
// (see src/vm/qemu.ts).
import { rmSync } from "node:fs";
import { waitGoneSync } from "../util/proc.ts";

/** How long the exit path waits for the QEMUs it killed to be gone. */
const KILL_WAIT_MS = 3000;

const children = new Set<number>();
/** Process groups we lead (a build command and everything it started): killed whole. */
const groups = new Set<number>();
const directories = new Set<string>();
/** Other undoing that must happen on every exit path (synchronous). */
const undos = new Set<() => void>();
let installed = false;
let exitOnSignal = true;

/** A front end that handles SIGINT/SIGTERM itself (the CLI) turns the default exit off. */
export function setExitOnSignal(value: boolean): void {
  exitOnSignal = value;
}

/** Kills every QEMU we started (and waits until they are gone) and removes every run directory, at once. */
export function cleanupNow(): void {
  for (const id of [...children, ...[...groups].map((leader) => -leader)]) {
    try {
      process.kill(id, "SIGKILL");
    } catch {
      // already gone
    }
  }
  waitGoneSync([...children, ...groups], KILL_WAIT_MS);
  children.clear();
  groups.clear();
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
  directories.clear();
  for (const undo of undos) undo();
  undos.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", cleanupNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (!exitOnSignal) return; // the front end handles it (and calls cleanupNow when it must)
      cleanupNow();
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
    });
  }
}

export function trackChild(pid: number): void {
  install();
  children.add(pid);
}

export function untrackChild(pid: number): void {
  children.delete(pid);
}

/** A child started in a process group of its own (detached): the exit path kills the whole group. */
export function trackProcessGroup(leader: number): void {
  install();
  groups.add(leader);
}

export function untrackProcessGroup(leader: number): void {
  groups.delete(leader);
}

/** Runs undo (synchronous, safe to run twice) on every exit path; the returned function forgets it. */
export function onCleanup(undo: () => void): () => void {
  install();
  undos.add(undo);
  return () => void undos.delete(undo);
}

export function trackDirectory(path: string): void {
  install();
  directories.add(path);
}

export function untrackDirectory(path: string): void {
  directories.delete(path);
}
