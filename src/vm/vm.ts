// A QEMU guest driven through its agent: the TypeScript API that the Lua
// bindings wrap. createVm() makes a VM; boot() starts it; exec/syscall/files
// go through the agent; shutdown() powers it off; kill() stops it at once.
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { setTimeout as sleep } from "node:timers/promises";
import type { ResultPromise } from "execa";
import { AgentClient } from "../agent/client.ts";
import { PROTOCOL_VERSION, toInteger, type Op, type OpArgs, type OpResult, type SyscallArg } from "../agent/protocol.ts";
import type { Config } from "../config/config.ts";
import { hostBudget, type ResourceBudget } from "../host/budget.ts";
import { defaultRunDir, type RunDir } from "../host/run-dir.ts";
import { Deadline, PauseLog, pausableClock, type Clock } from "../util/clock.ts";
import { ProviumError, VmError } from "../util/errors.ts";
import { formatSeconds, within } from "../util/time.ts";
import { Timeline } from "../util/timeline.ts";
import type { Arch } from "../util/arch.ts";
import { chooseAccel, type AccelMode } from "./accel.ts";
import { guestArch } from "./guest-arch.ts";
import { ConsoleFollower, ConsoleSource, consoleSize, consoleTail, readConsole } from "./console-log.ts";
import { AGENT_GUEST_PATH, composeInitrd } from "./initrd.ts";
import { imageMounts, mountsConfig, type DirSource } from "./guest-mounts.ts";
import { profileDirs, resolveProfile, type Profile } from "./profile.ts";
import { QmpClient } from "./qmp.ts";
import { rootfsMount } from "./rootfs.ts";
import { checkStateStream, qemuIdentity, saveState, setIgnoreShared, supportsIgnoreShared, type Compression } from "./migration.ts";
import { freePort } from "./ports.ts";
import { recordDebuggerStops } from "./debugger-stops.ts";
import { GuestProcess } from "./process.ts";
import { startQemu, type QemuExit, type QemuStart, type StartedQemu } from "./qemu-start.ts";
import { warmStartsOf } from "./warm-starts.ts";
import { DEFAULT_STREAM_BUFFER, StreamReader } from "./stream.ts";
import { tailFile, type Tail } from "./tail.ts";
import { pullPath } from "./pull.ts";
import { pushPath } from "./transfer.ts";
import type { Accel, DiskSpec, LaunchSpec } from "./qemu.ts";

export interface VmOptions {
  /** The run's guest architecture: the built-in profiles' (a suite's profile must be of it). */
  arch?: Arch;
  memoryMiB?: number;
  cpus?: number;
  /** Appended to the profile's kernel command line. */
  cmdline?: string;
  accel?: AccelMode;
  bootTimeoutMs?: number;
  runDir?: RunDir;
  config?: Config;
  /** The resource budget this VM's memory and vCPUs are taken from (default: the host's). */
  budget?: ResourceBudget;
  /** Who holds this VM's resources (a test file, a fixture build): lets the budget see a deadlock. */
  budgetOwner?: unknown;
  /**
   * Keep guest RAM in this file (shared mapping), so that the VM can be
   * snapshotted in milliseconds: fixture builds use it.
   */
  ramFile?: string;
  /** Receives each line the guest prints on its console, as it prints it (--verbose). */
  onConsoleLine?: (vmName: string, line: string) => void;
  /** Scratch disks to attach: /dev/vda, /dev/vdb, … in the guest. */
  disks?: DiskSpec[];
  /** Host directories shown read-only at guest paths (sources absolute, targets checked). */
  dirs?: DirSource[];
  /**
   * A fixture resume takes a QEMU started ahead of time for its snapshot and
   * leaves one for the next resume (warm-starts.ts); false: starts its own
   * and leaves none (the bench measures both).
   */
  warmStart?: boolean;
  /** Start QEMU with a gdb stub on a free local port; told the port before the guest runs. */
  gdb?: (vm: Vm, port: number) => void;
  /** Told when a boot started QEMU and the guest never reached the agent (a panic, a hang, QEMU refusing the kernel). */
  onBootFailure?: (vm: Vm, error: VmError) => void;
}

/** A saved VM: device state in stateFile, guest RAM in ramFile or in the stream. */
export interface Snapshot {
  stateFile: string;
  /** Guest RAM, left out of the stream: resumes map it copy-on-write. */
  ramFile?: string;
  /** The scratch disks' images as they were when the VM was saved (each resume gets a copy). */
  disks: string[];
  /** How the VM was started, with its machine type resolved: the state loads into that machine only. */
  launch: LaunchSpec;
  profile: Profile;
  /** The state stream is compressed (it holds guest RAM: a bundle). */
  compression?: Compression;
  /** The version of the QEMU that saved it: an older one cannot load it. */
  qemu: string;
}

/**
 * How saveTo() saves a VM: the two uses differ in what becomes of its RAM,
 * its disks and the VM itself.
 */
export type SaveHow =
  /**
   * A fixture: guest RAM stays in the VM's RAM file, left out of the stream
   * (resumes share the file copy-on-write); the VM ends, and its disks move
   * into the snapshot.
   */
  | { ram: "shared"; then: "stop" }
  /**
   * A kept VM (--keep-failed): guest RAM goes into the stream, compressed (the
   * bundle carries it); the disks are copied while the VM is paused, and it
   * runs on for the file's next tests.
   */
  | { ram: "stream"; compression: Compression; then: "run-on" };

export interface ExecOptions {
  env?: Record<string, string>;
  cwd?: string;
  stdin?: string | Uint8Array;
  /** The command is killed in the guest after this long (default 60 s). */
  timeoutMs?: number;
  /** Bytes kept per stream (default 1 MiB); the rest is dropped and `truncated` set. */
  maxOutput?: number;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Written to its stdin at the start (stdin stays open). */
  stdin?: string | Uint8Array;
  /** Bytes kept per stream, in the guest and here, until read (default 1 MiB). */
  maxOutput?: number;
  /** Run it on a new pseudo-terminal of this size (stdout then carries all its output). */
  pty?: { rows: number; cols: number };
}

export interface ExecResult {
  ok: boolean;
  code: number | null;
  signal: number | null;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
  truncated: boolean;
}

export interface SyscallResult {
  ret: number | bigint;
  errno: number;
  /** Contents of the out/inout buffers after the call, in argument order. */
  buffers: Buffer[];
}

export type VmState = "created" | "booting" | "running" | "stopped";

export const DEFAULT_EXEC_TIMEOUT_MS = 60_000;
export const DEFAULT_BOOT_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** How often a resumed guest's agent is greeted again until it answers (connectAgent). */
const HELLO_RESEND_MS = 500;
/** Time the agent gets beyond an exec's own timeout to kill it and reply. */
const EXEC_REPLY_GRACE_MS = 5_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const MIGRATION_TIMEOUT_MS = 60_000;

/** Filesystems mount_vfs() mounts, each only when the guest kernel has it. */
const VIRTUAL_FILESYSTEMS = [
  { fstype: "proc", target: "/proc" },
  { fstype: "sysfs", target: "/sys" },
  { fstype: "devtmpfs", target: "/dev" },
  { fstype: "securityfs", target: "/sys/kernel/security" },
  { fstype: "debugfs", target: "/sys/kernel/debug" },
  { fstype: "tmpfs", target: "/tmp" },
  { fstype: "devpts", target: "/dev/pts" },
];

let vmCounter = 0;

/** What the agent prints (on the console) when it cannot go on. */
const AGENT_FATAL = /provium-agent: fatal: (.*)/;

export function createVm(profile: string | Profile, options: VmOptions = {}): Vm {
  const resolved = typeof profile === "string" ? resolveProfile(profile, options.config, options.arch) : profile;
  return new Vm(resolved, options);
}

export class Vm {
  readonly name: string;
  private stateValue: VmState = "created";
  private qemu?: ResultPromise;
  private started?: StartedQemu;
  private exited?: Promise<QemuExit>;
  private exit?: QemuExit;
  private agent?: AgentClient;
  private qmp?: QmpClient;
  private dir?: string;
  private spec?: LaunchSpec;
  /** The RAM file this VM writes through (shared mapping), if any. */
  private ramFileShared?: string;
  /** Gives the VM's memory and vCPUs back to the budget (when QEMU exits). */
  private releaseResources?: () => void;
  /** A snapshot refers to the RAM file: it outlives the VM. */
  private keepRamFile = false;
  /** Set by shutdown()/kill(): the exit that follows is not a fault. */
  private stopRequested = false;
  /** A start that failed had been stopped on purpose (the failure is not the guest's). */
  private stoppedWhileStarting = false;
  /** The scratch disks' image files, in guest order. */
  private diskFiles: string[] = [];
  /** When the debugger held the guest (--gdb). */
  readonly debuggerStops = new PauseLog();
  /** Its time limits are measured on this: it stands still while the debugger holds the guest. */
  readonly clock: Clock = pausableClock(() => [this.debuggerStops]);
  /** Where its launch's time went (then its end's): `npm run bench` prints it. */
  readonly timeline = new Timeline();

  constructor(
    readonly profile: Profile,
    private readonly options: VmOptions,
  ) {
    this.name = `${profile.name}-${++vmCounter}`;
  }

  get state(): VmState {
    return this.stateValue;
  }

  /** The host files it runs on (kernel, read-only images, scratch disks), once started. */
  get hostFiles(): string[] {
    return this.spec ? [this.spec.kernel, ...(this.spec.mounts ?? []).map((m) => m.image), ...this.diskFiles] : [];
  }

  get accel(): Accel | undefined {
    return this.spec?.accel;
  }

  /** The serial console log file (exists once the VM has started). */
  get consoleLogPath(): string {
    return this.dir ? path.join(this.dir, "console.log") : "";
  }

  /** Everything the guest printed on its console so far. */
  console(): string {
    return this.dir ? readConsole(this.consoleLogPath) : "";
  }

  get pid(): number | undefined {
    return this.qemu?.pid;
  }

  async boot(options: { timeoutMs?: number } = {}): Promise<void> {
    try {
      await this.bootOnce(options.timeoutMs);
    } catch (error) {
      // Not when stopped on purpose meanwhile (the test ended, Ctrl-C): that is no fault of the kernel.
      if (error instanceof VmError && !this.stoppedWhileStarting) this.options.onBootFailure?.(this, error);
      throw error;
    }
  }

  private async bootOnce(timeoutMs: number | undefined): Promise<void> {
    await this.launch(timeoutMs, async () => {
      const { arch } = this.profile;
      const accel = await chooseAccel(this.options.accel ?? "auto", this.profile.kernel, arch);
      const mounts = await imageMounts([...profileDirs(this.profile), ...(this.options.dirs ?? [])]);
      if (this.profile.rootfs) mounts.push(await rootfsMount(this.profile.rootfs)); // last: the agent mounts the others first
      // cryptomgr.notests skips ~0.5 s of crypto self-tests at boot; "cryptomgr.notests=0" in a profile turns them back on.
      const guest = guestArch(arch);
      const cmdline = [`console=${guest.console}`, "panic=-1", "cryptomgr.notests", ...guest.cmdline, `rdinit=${AGENT_GUEST_PATH}`, this.profile.cmdline, this.options.cmdline ?? ""];
      return {
        spec: {
          arch,
          accel,
          kernel: this.profile.kernel,
          initrd: await composeInitrd(this.profile.initrds, mountsConfig(mounts), arch),
          cmdline: cmdline.filter(Boolean).join(" "),
          memoryMiB: this.options.memoryMiB ?? this.profile.memoryMiB,
          cpus: this.options.cpus ?? this.profile.cpus,
          disks: this.options.disks ?? [],
          mounts,
        },
        ram: this.options.ramFile ? { file: this.options.ramFile, share: true } : undefined,
      };
    });
  }

  /**
   * Starts the VM from a snapshot instead of booting. Guest RAM maps the
   * snapshot's RAM file copy-on-write, so any number of VMs resume one
   * snapshot without copying it; with ramFile set (a fixture built on this
   * one), RAM is a private copy that can be snapshotted again. A snapshot
   * without a RAM file (a kept VM) carries guest RAM in its stream.
   */
  async resume(snapshot: Snapshot): Promise<void> {
    await this.launch(undefined, async () => {
      let ram: { file: string; share: boolean } | undefined;
      if (snapshot.ramFile && this.options.ramFile) {
        await execa("cp", ["--sparse=always", snapshot.ramFile, this.options.ramFile]);
        ram = { file: this.options.ramFile, share: true };
      } else if (snapshot.ramFile) ram = { file: snapshot.ramFile, share: false };
      return { spec: snapshot.launch, ram, incoming: snapshot };
    });
  }

  /**
   * Saves the running VM into dir, as `how` says (a fixture, a kept VM). The
   * agent is quiesced first (nothing in flight) and the host disconnects, so
   * the guest is saved between requests.
   */
  async saveTo(dir: string, how: SaveHow): Promise<Snapshot> {
    this.assertRunning(how.then === "stop" ? "snapshot" : "keep");
    const qmp = this.qmp as QmpClient;
    await this.request("quiesce", {});
    this.agent?.close();
    try {
      const { qemu, machine } = await qemuIdentity(qmp, guestArch(this.profile.arch).machine);
      const ramFile = how.ram === "shared" ? await this.ramFileToShare(qmp) : undefined;
      await setIgnoreShared(qmp, ramFile !== undefined).catch(() => {}); // off: the RAM goes into the stream, whatever backs it
      const compression = how.ram === "stream" ? how.compression : undefined;
      const stateFile = path.join(dir, "state");
      await saveState(qmp, stateFile, MIGRATION_TIMEOUT_MS, compression);
      const broken = await checkStateStream(stateFile, compression);
      if (broken) throw new ProviumError(`the saved state of VM '${this.name}' is not whole: ${broken}`);
      if (how.then === "stop") {
        this.keepRamFile = ramFile !== undefined;
        await this.kill();
      }
      const disks = await this.keepDisks(dir, how.then === "stop" ? "move" : "copy");
      return { stateFile, ramFile, disks, launch: { ...this.spec!, machine }, profile: this.profile, compression, qemu };
    } finally {
      // Saved or not (a full disk, a migration error), a kept VM runs on for the file's next tests.
      if (how.then === "run-on") await this.runOn(qmp);
    }
  }

  /**
   * A kept VM runs on for the file's next tests. One whose agent does not
   * answer again is stopped (its requests then say so), and the save it made
   * stands. As patient as a boot: a busy guest on a loaded host once took
   * over 30 s to answer (load 10 on two cores).
   */
  private async runOn(qmp: QmpClient): Promise<void> {
    try {
      await qmp.execute("cont");
      await this.connectAgent(Deadline.after(this.options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS, this.clock), true);
    } catch (error) {
      this.notes.push(`VM ${this.name} did not answer again after it was saved (${(error as Error).message}): it was stopped`);
      await this.kill();
    }
  }

  /** The RAM file a snapshot can leave out of its stream: this VM's shared one, when this QEMU can. */
  private async ramFileToShare(qmp: QmpClient): Promise<string | undefined> {
    if (this.ramFileShared !== undefined && (await supportsIgnoreShared(qmp))) return this.ramFileShared;
    this.notes.push("snapshot without a shared RAM file: guest RAM is written into the state stream (slower)");
    return undefined;
  }

  /**
   * The scratch disks' images, into dir: moved once QEMU has stopped and
   * drained its I/O (this VM is done with them), or copied while it is paused.
   */
  private keepDisks(dir: string, how: "move" | "copy"): Promise<string[]> {
    return Promise.all(
      this.diskFiles.map(async (file, i) => {
        const kept = path.join(dir, `disk-${i}.raw`);
        if (how === "move") await rename(file, kept);
        else await execa("cp", ["--sparse=always", "--reflink=auto", file, kept]);
        return kept;
      }),
    );
  }

  /** Things worth saying in verbose output (e.g. a slow fallback). */
  readonly notes: string[] = [];

  async exec(command: string | string[], options: ExecOptions = {}): Promise<ExecResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_EXEC_TIMEOUT_MS;
    const r = await this.request(
      "exec",
      {
        ...commandArgs(command, options),
        // The agent counts whole milliseconds: a fractional timeout (1.0005 s) is rounded, never dropped.
        timeout_ms: Math.max(1, Math.round(timeoutMs)),
        max_output: options.maxOutput,
      },
      timeoutMs + EXEC_REPLY_GRACE_MS,
    );
    return {
      ok: r.code === 0 && !r.timed_out,
      code: r.code,
      signal: r.signal,
      stdout: Buffer.from(r.stdout),
      stderr: Buffer.from(r.stderr),
      timedOut: r.timed_out,
      truncated: r.truncated,
    };
  }

  /** Starts a command in the guest and returns at once (see process.ts). */
  async spawn(command: string | string[], options: SpawnOptions = {}): Promise<GuestProcess> {
    const maxOutput = options.maxOutput ?? DEFAULT_STREAM_BUFFER;
    const r = await this.request("spawn", { ...commandArgs(command, options), max_output: maxOutput, ...(options.pty && { pty: true, ...options.pty }) });
    return new GuestProcess(this, r.handle, r.pid, typeof command === "string" ? command : command.join(" "), maxOutput);
  }

  /** A stream over what is appended to a guest file (or the kernel log, /dev/kmsg) from now on. */
  tail(file: string): Promise<Tail> {
    return tailFile(this, file);
  }

  /** A stream over the serial console from now on. */
  consoleStream(): StreamReader {
    return this.consoleReaderFrom(consoleSize(this.consoleLogPath));
  }

  /** The stream vm:expect_console reads: the whole console, consumed match by match. */
  get consoleExpect(): StreamReader {
    return (this.consoleExpectReader ??= this.consoleReaderFrom(0));
  }

  private consoleExpectReader?: StreamReader;

  private consoleReaderFrom(offset: number): StreamReader {
    this.assertRunning("read the console");
    const stopped = () => (this.exit ? this.explainLoss() : undefined);
    return new StreamReader(new ConsoleSource(this.consoleLogPath, offset, `the console of VM '${this.name}'`, stopped), undefined, this.clock);
  }

  async syscall(syscall: number | string, args: SyscallArg[] = []): Promise<SyscallResult> {
    const r = await this.request("syscall", { ...(typeof syscall === "number" ? { nr: syscall } : { name: syscall }), args });
    return { ret: toInteger(r.ret), errno: Number(r.errno), buffers: r.buffers.map((b) => Buffer.from(b)) };
  }

  async readFile(file: string): Promise<Buffer> {
    return Buffer.from((await this.request("read_file", { path: file })).data);
  }

  async writeFile(file: string, data: string | Uint8Array, options: { mode?: number; append?: boolean } = {}): Promise<void> {
    await this.request("write_file", { path: file, data: typeof data === "string" ? Buffer.from(data) : data, ...options });
  }

  /** Copies a host file or tree into the guest (see transfer.ts); returns the bytes of file data copied. */
  async push(hostPath: string, guestPath: string, options: { mode?: number } = {}): Promise<number> {
    this.assertRunning("push");
    return pushPath((op, args) => this.request(op, args), hostPath, guestPath, options);
  }

  /** Copies a guest file or tree to the host, confined below options.beneath (see pull.ts); returns the bytes of file data copied. */
  async pull(guestPath: string, hostPath: string, options: { beneath?: string } = {}): Promise<number> {
    this.assertRunning("pull");
    return pullPath((op, args) => this.request(op, args), guestPath, hostPath, { ...options, what: `vm:pull of ${guestPath} from VM '${this.name}'` });
  }

  async mount(fstype: string, target: string, options: { source?: string; flags?: number; data?: string } = {}): Promise<void> {
    await this.request("mount", { fstype, target, ...options });
  }

  /** Mounts the usual virtual filesystems the kernel supports; returns the targets mounted now. */
  async mountVfs(): Promise<string[]> {
    const supported = new Set(
      (await this.readFile("/proc/filesystems")).toString().split("\n").map((line) => line.split("\t").pop()?.trim()),
    );
    const mounted = new Set((await this.readFile("/proc/mounts")).toString().split("\n").map((line) => line.split(" ")[1]));
    const done: string[] = [];
    for (const { fstype, target } of VIRTUAL_FILESYSTEMS) {
      if (!supported.has(fstype) || mounted.has(target)) continue;
      await this.mount(fstype, target);
      done.push(target);
    }
    return done;
  }

  /** Powers the guest off; falls back to killing QEMU when it does not stop in time. */
  async shutdown(): Promise<void> {
    if (this.stateValue === "stopped" || this.stateValue === "created") return void (this.stateValue = "stopped");
    this.stopRequested = true;
    this.timeline.restart();
    try {
      await this.request("shutdown", {}, SHUTDOWN_TIMEOUT_MS);
      this.timeline.mark("shutdown answered");
      await within(this.exited, SHUTDOWN_TIMEOUT_MS);
      this.timeline.mark("QEMU exited");
    } catch {
      // the agent is gone or stuck: kill below
    }
    await this.kill();
    this.timeline.mark("cleaned up");
  }

  /** Stops QEMU at once. Safe to call in any state. */
  async kill(): Promise<void> {
    this.stopRequested = true;
    this.stateValue = "stopped";
    this.agent?.fail(new ProviumError(`VM '${this.name}' was shut down`));
    this.qmp?.close();
    if (this.qemu && !this.exit) {
      this.qemu.kill("SIGKILL");
      await this.exited;
    }
    this.releaseResources?.(); // idempotent; covers a launch that failed before QEMU ran
    if (this.ramFileShared && !this.keepRamFile) await rm(this.ramFileShared, { force: true });
  }

  /** Starts QEMU as plan() says and waits for the agent; on any failure, nothing is left running. */
  private async launch(
    bootTimeoutMs: number | undefined,
    plan: () => Promise<{ spec: LaunchSpec; ram?: { file: string; share: boolean }; incoming?: Snapshot }>,
  ): Promise<void> {
    if (this.stateValue !== "created") throw new ProviumError(`VM '${this.name}' was already started`);
    this.stateValue = "booting";
    const timeoutMs = bootTimeoutMs ?? this.options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
    let deadline = Deadline.NEVER;
    let resumed = false;
    this.timeline.restart();
    try {
      const { spec, ram, incoming } = await plan();
      resumed = incoming !== undefined;
      this.timeline.mark("plan");
      this.spec = spec;
      if (ram?.share) this.ramFileShared = ram.file;
      const release = await (this.options.budget ?? hostBudget()).acquire({ memoryMiB: spec.memoryMiB, cpus: spec.cpus }, `VM '${this.name}'`, this.options.budgetOwner);
      if (this.stopRequested) {
        release(); // killed while it waited for room
        throw new ProviumError(`VM '${this.name}' was shut down before it started`);
      }
      this.releaseResources = release;
      this.timeline.mark("resources");
      const gdbPort = this.options.gdb ? await freePort() : undefined;
      deadline = Deadline.after(timeoutMs, this.clock);
      const runDir = this.options.runDir ?? defaultRunDir();
      const start: QemuStart = { runDir, label: this.profile.name, spec, ram, incoming, gdbPort, deadline };
      const warmKey = this.options.warmStart === false ? undefined : this.warmKey(start);
      const warm = warmKey === undefined ? undefined : await warmStartsOf(runDir).take(warmKey);
      if (warm) this.adopt(warm);
      else await startQemu(start, (started) => this.adopt(started), this.timeline);
      if (warm) this.timeline.mark("warm QEMU taken");
      // The next resume of this snapshot finds its QEMU started and the state loaded.
      if (warmKey !== undefined)
        warmStartsOf(runDir).prepare(warmKey, (spawned) => startQemu({ ...start, deadline: Deadline.after(timeoutMs) }, spawned, new Timeline()));
      const qmp = this.started!.qmp!;
      this.qmp = qmp;
      if (gdbPort !== undefined) {
        recordDebuggerStops(qmp, this.debuggerStops);
        this.options.gdb?.(this, gdbPort); // QEMU listens by now
      }
      if (incoming) {
        await qmp.execute("cont");
        this.timeline.mark("guest running");
      }
      // A resumed agent was serving when it was saved: only a boot needs the watch for its fatal line.
      await (incoming ? this.connectAgent(deadline, true) : this.connectAgentUnlessFatal(deadline));
      this.stateValue = "running";
    } catch (error) {
      this.stoppedWhileStarting = this.stopRequested;
      // QEMU that exited by itself (a kernel it cannot load, a locked disk) says why on stderr: that is the message.
      const death = this.exit !== undefined && !this.stopRequested ? await this.explainLoss() : undefined;
      await this.kill();
      if (death) throw death;
      if (error instanceof VmError) throw error;
      if (!this.dir) throw error; // failed before QEMU started: the message says why
      const why = deadline.passed
        ? `the guest agent did not answer within the boot timeout (${formatSeconds(timeoutMs)})${resumed ? " after the VM was resumed from its snapshot (the console shows only what the guest printed since)" : ""}`
        : (error as Error).message;
      throw new VmError(`VM '${this.name}' did not become ready: ${why}`, consoleTail(this.consoleLogPath), this.consoleLogPath);
    }
  }

  /**
   * Drops the agent connection and makes a new one (the guest agent keeps
   * serving); awayMs later, so that the guest has seen the host leave.
   */
  async reconnectAgent(timeoutMs = REQUEST_TIMEOUT_MS, awayMs = 0): Promise<void> {
    this.assertRunning("reconnect");
    this.agent?.close();
    if (awayMs > 0) await sleep(awayMs);
    await this.connectAgent(Deadline.after(timeoutMs, this.clock), true);
  }

  /** For the fixture machinery (snapshots): the QMP connection. */
  get qmpClient(): QmpClient | undefined {
    return this.qmp;
  }

  /**
   * Which warm start this launch can take and leave for the next one: a
   * fixture's resume (a RAM file shared copy-on-write, a device-only state),
   * not a nested fixture's private RAM copy, a kept VM's stream, or a gdb stub.
   */
  private warmKey(start: QemuStart): string | undefined {
    const { incoming, ram } = start;
    return incoming?.ramFile !== undefined && ram?.share === false && !incoming.compression && start.gdbPort === undefined ? incoming.stateFile : undefined;
  }

  /**
   * Makes a started QEMU this VM's: its directory, process, disks and
   * console. A VM killed while its QEMU was starting (its test ended
   * meanwhile) fails its launch here, which kills the QEMU it just got.
   */
  private adopt(started: StartedQemu): void {
    this.started = started;
    this.dir = started.dir;
    this.qemu = started.child;
    this.diskFiles = started.diskFiles;
    const onLine = this.options.onConsoleLine;
    const follower = onLine ? new ConsoleFollower(this.consoleLogPath, (line) => onLine(this.name, line)) : undefined;
    this.exited = started.exited.then((exit) => {
      follower?.stop();
      this.releaseResources?.();
      this.exit = exit;
      this.debuggerStops.end(); // a guest that is gone holds no time limit
      this.stateValue = "stopped";
      return exit;
    });
    if (this.stopRequested) throw new ProviumError(`VM '${this.name}' was shut down before it started`);
  }

  private isAlive = (): boolean => !this.exit;

  /** Connects to the agent, or fails as soon as the agent prints that it cannot serve. */
  private async connectAgentUnlessFatal(deadline: Deadline): Promise<void> {
    let giveUp!: (error: Error) => void;
    const fatal = new Promise<never>((_, reject) => (giveUp = reject));
    const watcher = new ConsoleFollower(this.consoleLogPath, (line) => {
      const message = AGENT_FATAL.exec(line)?.[1];
      if (message) giveUp(new ProviumError(`the guest agent cannot serve: ${message}`));
    });
    try {
      await Promise.race([this.connectAgent(deadline, false), fatal]);
    } finally {
      watcher.stop();
    }
  }

  /** wasServing: the guest agent was serving before this connection (see the hello below). */
  private async connectAgent(deadline: Deadline, wasServing: boolean): Promise<void> {
    const socket = path.join(this.dir as string, "agent.sock");
    this.agent = await AgentClient.connect(socket, deadline, { explainLoss: () => this.explainLoss(), clock: this.clock, peer: `VM '${this.name}'` }, this.isAlive);
    this.timeline.mark("agent connected");
    const args = () => ({ version: PROTOCOL_VERSION, time_ns: BigInt(Date.now()) * 1_000_000n });
    // A guest agent that was serving (a resume, a kept VM running on, a reconnect) can lose its first reply on a
    // new connection: the guest's virtio_console learns that the host is back from a control message it handles
    // later, in a workqueue, while the request itself wakes the agent at once; a reply written before then finds
    // the port closed and is dropped. Measured: with the guest's kworkers held off by real-time load, every such
    // hello went unanswered for good. hello is idempotent: it is sent again until one is answered.
    const hello = wasServing
      ? await this.agent.requestRepeated("hello", args, deadline, HELLO_RESEND_MS)
      : await this.agent.request("hello", args(), Math.max(deadline.remainingMs, 1));
    this.timeline.mark("hello answered");
    if (hello.version !== PROTOCOL_VERSION)
      throw new ProviumError(`the guest agent speaks protocol ${hello.version}, this Provium ${PROTOCOL_VERSION}: run \`npm run setup\` to rebuild it`);
  }

  /** Why the agent connection dropped: normally because QEMU exited. */
  private async explainLoss(): Promise<Error> {
    const exit = await within(this.exited, 2000);
    if (!exit) return new ProviumError(`VM '${this.name}': the agent connection dropped while QEMU still runs`);
    if (this.stopRequested) return new ProviumError(`VM '${this.name}' was shut down`);
    return new VmError(`VM '${this.name}': ${this.lossReason(exit)}`, consoleTail(this.consoleLogPath), this.consoleLogPath);
  }

  /** Why QEMU exited when the host did not ask it to: the guest kernel's panic, or QEMU's exit and what it said. */
  private lossReason(exit: QemuExit): string {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with status ${exit.code}`;
    const panic = /Kernel panic[^\n]*/.exec(readConsole(this.consoleLogPath))?.[0];
    const stderr = exit.stderr.trim() ? ` (QEMU said: ${exit.stderr.trim().split("\n").slice(-3).join(" | ")})` : "";
    return `${panic ? `the guest kernel panicked: ${panic.trim()}; QEMU ${how}` : `QEMU ${how}`}${stderr}`;
  }

  private assertRunning(what: string): void {
    if (this.stateValue === "running") return;
    // Gone by itself (a panic, QEMU killed from outside): say why, not "was shut down", which reads as the host's doing.
    if (this.stateValue === "stopped" && this.exit && !this.stopRequested)
      throw new VmError(`cannot ${what}: VM '${this.name}' is gone: ${this.lossReason(this.exit)}`, consoleTail(this.consoleLogPath), this.consoleLogPath);
    const why = this.stateValue === "stopped" ? "was shut down" : this.stateValue === "created" ? "is not booted (call boot() first)" : "is still booting";
    throw new ProviumError(`cannot ${what}: VM '${this.name}' ${why}`);
  }

  /** One agent request as is: for the fixture machinery and protocol tests. */
  request<O extends Op>(op: O, args: OpArgs<O>, timeoutMs = REQUEST_TIMEOUT_MS): Promise<OpResult<O>> {
    this.assertRunning(op);
    return (this.agent as AgentClient).request(op, args, timeoutMs);
  }
}

/** The command and what it starts with, as exec and spawn send them. */
function commandArgs(command: string | string[], options: { env?: Record<string, string>; cwd?: string; stdin?: string | Uint8Array }) {
  return {
    ...(typeof command === "string" ? { cmd: command } : { argv: command }),
    env: options.env,
    cwd: options.cwd,
    stdin: typeof options.stdin === "string" ? Buffer.from(options.stdin) : options.stdin,
  };
}

