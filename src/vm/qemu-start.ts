// A VM's QEMU process started up to the point where the guest can run: its
// directory (sockets, console log, private copies of scratch disks), the
// process, QMP, and — for a resume — the saved state loaded, the guest still
// paused. A Vm adopts one (vm.ts); a fixture's next resume can have one
// started ahead of time (warm-starts.ts), so that a resume is only "cont" and
// the agent's hello.
import { stat, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { trackChild, untrackChild } from "../host/cleanup.ts";
import { markImagesUsed } from "../host/images.ts";
import type { RunDir } from "../host/run-dir.ts";
import type { Deadline } from "../util/clock.ts";
import type { Timeline } from "../util/timeline.ts";
import { loadState, setIgnoreShared, type Compression } from "./migration.ts";
import { QmpClient } from "./qmp.ts";
import { qemuArgs, spawnQemu, type DiskSpec, type LaunchSpec } from "./qemu.ts";

const MIGRATION_TIMEOUT_MS = 60_000;

export interface QemuExit {
  code?: number;
  signal?: string;
  stderr: string;
}

/** What a resume loads: a snapshot's state, its scratch disks, whether its RAM is left out of the stream. */
export interface Incoming {
  stateFile: string;
  disks: string[];
  ramFile?: string;
  compression?: Compression;
}

export interface QemuStart {
  runDir: RunDir;
  /** Names the directory: vm-<label>-N. */
  label: string;
  spec: LaunchSpec;
  ram?: { file: string; share: boolean };
  incoming?: Incoming;
  gdbPort?: number;
  /** For QMP to answer (and the state to load). */
  deadline: Deadline;
}

export class StartedQemu {
  exit?: QemuExit;
  readonly exited: Promise<QemuExit>;
  qmp?: QmpClient;

  constructor(
    readonly dir: string,
    readonly child: ResultPromise,
    readonly diskFiles: string[],
  ) {
    const pid = child.pid;
    if (pid) trackChild(pid);
    this.exited = child.then((result) => {
      if (pid) untrackChild(pid);
      this.exit = { code: result.exitCode, signal: result.signal, stderr: String(result.stderr ?? "") };
      return this.exit;
    });
  }

  get consoleLog(): string {
    return path.join(this.dir, "console.log");
  }

  readonly isAlive = (): boolean => this.exit === undefined;

  async kill(): Promise<void> {
    this.qmp?.close();
    if (this.exit) return;
    this.child.kill("SIGKILL");
    await this.exited;
  }
}

/**
 * Starts QEMU as start says; spawned(started) is called as soon as the
 * process runs, and its owner kills it when this fails (after reading why it
 * died, when it did). A resume's guest stays paused after its state is
 * loaded: "cont" runs it.
 */
export async function startQemu(start: QemuStart, spawned: (started: StartedQemu) => void, timeline: Timeline): Promise<StartedQemu> {
  const { spec, incoming } = start;
  const dir = start.runDir.child(`vm-${start.label}`);
  const diskFiles = await prepareDisks(dir, spec.disks ?? [], incoming?.disks);
  // Marked now, after any wait for room: QEMU opens them next (a fixture resume made no image to mark).
  await markImagesUsed((spec.mounts ?? []).map((m) => m.image));
  const sockets = { consoleLog: path.join(dir, "console.log"), qmpSocket: path.join(dir, "qmp.sock"), agentSocket: path.join(dir, "agent.sock") };
  const args = qemuArgs({ ...spec, ...sockets, ram: start.ram, incoming: incoming !== undefined, diskFiles, gdbPort: start.gdbPort });
  timeline.mark("directory, disks and images");
  const started = new StartedQemu(dir, spawnQemu(spec.arch, incoming ? [...args, "-S"] : args), diskFiles);
  spawned(started);
  timeline.mark("QEMU spawned");
  started.qmp = await QmpClient.connect(sockets.qmpSocket, start.deadline, started.isAlive);
  timeline.mark("QMP ready");
  if (incoming) {
    await setIgnoreShared(started.qmp, incoming.ramFile !== undefined);
    await loadState(started.qmp, incoming.stateFile, MIGRATION_TIMEOUT_MS, incoming.compression);
    timeline.mark("state loaded");
  }
  return started;
}

/** The disks' image files in dir: private copies of a snapshot's or of the given images, or empty sparse files. */
async function prepareDisks(dir: string, disks: DiskSpec[], fromSnapshot: string[] | undefined): Promise<string[]> {
  return Promise.all(
    disks.map(async (disk, i) => {
      const file = path.join(dir, `disk-${i}.raw`);
      const source = fromSnapshot?.[i] ?? disk.image;
      if (source) await execa("cp", ["--sparse=always", "--reflink=auto", source, file]);
      else await writeFile(file, "");
      const size = (disk.sizeMiB ?? 0) * 1024 * 1024;
      if (!fromSnapshot && size > (await stat(file)).size) await truncate(file, size); // never shrinks an image
      return file;
    }),
  );
}
