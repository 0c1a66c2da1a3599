// A kernel's KUnit suites, each case a sub-result (suite › case): what
// provium.kunit() and `provium kunit` run. Built-in suites run at boot, one
// boot per glob (kunit.filter_glob), and are read from the console; modular
// ones run as their module loads (the modules holding suites are found on the
// host, vm/kunit-modules.ts) and are read from debugfs kunit/<suite>/results.
// A suite that crashes the kernel or hangs (kunit-watch.ts) is reported so,
// and the suites after it run in fresh guests.
import { countLines } from "../ktap/kernel-log.ts";
import { parseKtap, type KtapDocument, type KtapResult } from "../ktap/parse.ts";
import { kunitFilter, listedSuites, type KunitFilter, type ListedSuite } from "../ktap/kunit-filter.ts";
import { ProviumError } from "../util/errors.ts";
import { consoleSize, readConsoleFrom } from "../vm/console-log.ts";
import { kunitModules, type KunitModule } from "../vm/kunit-modules.ts";
import type { Vm } from "../vm/vm.ts";
import { SuiteWatch, type WatchLimits } from "./kunit-watch.ts";

export interface KunitRequest {
  /** kunit.filter_glob patterns ("suite_glob" or "suite_glob.case_glob"), checked; none: every suite. */
  globs: string[];
  limits: WatchLimits;
  /** The kernel image, for messages. */
  kernel: string;
}

export interface KunitGuests {
  /** A guest of the kernel under test, not booted: these kernel parameters appended, each console line passed on. */
  create(cmdline: string, onConsoleLine: (line: string) => void): Vm;
}

/** Where the results go (the running test's sub-results). */
export interface KunitRecords {
  /** A document's results: suites, with their cases. */
  document(doc: KtapDocument): void;
  /** An error of its own, below the test: a glob that matched nothing, a suite that never ran. */
  error(name: string, message: string): void;
}

const KUNIT_ON = "kunit.enable=1";
/** A filter no suite matches: a guest for modules only runs no built-in suite at boot. */
const NO_BUILTIN_SUITE = "provium-no-built-in-suite";
/** Suites that run in one boot, and where they came from. */
interface BootJob {
  /** kunit.filter_glob; undefined: every built-in suite. */
  glob?: string;
  /** The glob the user gave that this boot stands for. */
  asked?: string;
  /** A single suite run again after a crash: its cases, as kunit.action=list named them. */
  only?: ListedSuite;
}

/** A booted (or failed) guest running KUnit. */
class KunitGuest {
  readonly vm: Vm;
  readonly watch: SuiteWatch;
  /** Why it stopped before its agent answered or while a module loaded: a crash, a hang. */
  failure?: Error;
  private vfs = false;

  constructor(guests: KunitGuests, cmdline: string, limits: WatchLimits) {
    let watch: SuiteWatch | undefined;
    this.vm = guests.create(cmdline, (line) => watch?.line(line));
    this.watch = watch = new SuiteWatch(this.vm.clock, limits, () => void this.vm.kill());
  }

  /** Boots; a failure is kept, not thrown: the console still holds what ran. */
  async boot(): Promise<this> {
    // The watch bounds the boot: a suite's timeout, the idle limit outside suites.
    await this.vm.boot({ timeoutMs: 7 * 24 * 3600_000 }).catch((error: Error) => (this.failure = error));
    this.watch.booted();
    return this;
  }

  get alive(): boolean {
    return !this.failure && this.vm.state === "running";
  }

  console(from = 0): string {
    return readConsoleFrom(this.vm.consoleLogPath, from);
  }

  /** Why the guest stopped early: the watch's reason, else the VM's error. */
  get ending(): string | undefined {
    return this.watch.expired?.why;
  }

  async mountVfs(): Promise<void> {
    if (this.vfs) return;
    await this.vm.mountVfs();
    // Linux 6.6+ filters module suites with kunit.filter_glob too: every suite of a module runs (the globs pick them here).
    await this.vm.exec("p=/sys/module/kunit/parameters/filter_glob; if [ -w $p ]; then echo '*' > $p; fi");
    this.vfs = true;
  }

  async stop(): Promise<void> {
    this.watch.end();
    await this.vm.shutdown();
  }
}

export interface KunitSummary {
  /** Guests booted. */
  boots: number;
}

export async function runKunit(request: KunitRequest, guests: KunitGuests, records: KunitRecords, modulesTree: () => Promise<KunitModule[]>): Promise<KunitSummary> {
  return new KunitRun(request, guests, records, modulesTree).run();
}

class KunitRun {
  private readonly filters: KunitFilter[];
  /** Suites recorded: a suite two globs match runs twice, and is reported once. */
  private readonly recorded = new Set<string>();
  /** Suites each glob matched. */
  private readonly matched = new Map<string, number>();
  private boots = 0;
  private current?: KunitGuest;
  private kunitSeen = false;

  constructor(
    private readonly request: KunitRequest,
    private readonly guests: KunitGuests,
    private readonly records: KunitRecords,
    private readonly modulesTree: () => Promise<KunitModule[]>,
  ) {
    this.filters = request.globs.map(kunitFilter);
    for (const glob of request.globs) this.matched.set(glob, 0);
  }

  async run(): Promise<KunitSummary> {
    const modules = await this.modulesTree();
    try {
      const jobs: BootJob[] = this.request.globs.length ? this.request.globs.map((glob) => ({ glob, asked: glob })) : [{}];
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        jobs.unshift(...(await this.builtIn(job)));
        if (this.kunitSeen) continue;
        // No executor at boot: no built-in suite (CONFIG_KUNIT=m at most), only modules can have some.
        if (modules.length === 0) throw this.noKunit();
        break;
      }
      for (const module of modules) await this.module(module);
      await this.unmatched(modules);
    } finally {
      await this.current?.stop();
    }
    return { boots: this.boots };
  }

  private async boot(params: string[]): Promise<KunitGuest> {
    await this.current?.stop();
    this.current = undefined;
    this.boots++;
    return new KunitGuest(this.guests, [KUNIT_ON, ...params].join(" "), this.request.limits).boot();
  }

  /** One boot's built-in suites; returns the boots that the suites after a crash or a hang need. */
  private async builtIn(job: BootJob): Promise<BootJob[]> {
    const guest = await this.boot(job.glob === undefined ? [] : [`kunit.filter_glob=${job.glob}`]);
    const doc = parseKtap(guest.console(), { ending: guest.ending });
    if (doc.version !== undefined) this.kunitSeen = true;
    if (guest.alive) this.current = guest;
    // A guest that stopped with no suite cut short did not boot: no suite's fault.
    else if (!doc.results.some((r) => r.missing)) throw guest.failure ?? new ProviumError(this.why(guest, doc));
    // Top-level results the output never gave are the suites after a crash: they run below, in fresh guests.
    const ran = doc.results.filter((r) => !(r.missing && r.children.length === 0 && /^#\d+$/.test(r.name)));
    const next = guest.alive ? [] : await this.afterCrash(job, guest, doc, ran);
    if (doc.version !== undefined && doc.plan !== 0) this.report(doc, ran, job.asked);
    return next;
  }

  /** The suite cut short gets its cases' names; the suites after it, a boot each. */
  private async afterCrash(job: BootJob, guest: KunitGuest, doc: KtapDocument, ran: KtapResult[]): Promise<BootJob[]> {
    if (job.only) {
      const suite = ran.find((r) => r.name === job.only!.name);
      if (suite) nameMissingCases(suite, job.only.cases);
      else this.records.error(job.only.name, `the suite did not start: ${this.why(guest, doc)}`);
      return [];
    }
    const list = await this.list(job.glob);
    if (!list) {
      this.records.error("suites after the crash", `${this.why(guest, doc)}; the suites after it were not run: this kernel cannot list its suites (kunit.action=list, Linux 5.18 and later)`);
      return [];
    }
    const last = ran.at(-1);
    const position = last ? list.findIndex((s) => s.name === last.name) : -1;
    if (last && position >= 0) nameMissingCases(last, list[position]!.cases);
    return list.slice(position + 1).map((only) => ({ glob: only.name, asked: job.asked, only }));
  }

  /** The built-in suites kunit.action=list names (for this glob): a boot that runs none. */
  private async list(glob?: string): Promise<ListedSuite[] | undefined> {
    const guest = await this.boot([...(glob === undefined ? [] : [`kunit.filter_glob=${glob}`]), "kunit.action=list"]);
    const listed = listedSuites(guest.console());
    await guest.stop();
    return listed;
  }

  /** The document's suites that ran, each once; the doc's problems and notes with the first. */
  private report(doc: KtapDocument, suites: KtapResult[], asked: string | undefined): void {
    const fresh = suites.filter((suite) => !this.recorded.has(suite.name));
    for (const suite of suites) {
      this.recorded.add(suite.name);
      for (const { glob, suite: matches } of this.filters) if (glob === asked || matches.test(suite.name)) this.matched.set(glob, this.matched.get(glob)! + 1);
    }
    if (fresh.length || doc.problems.length) this.records.document({ ...doc, results: fresh, skipAll: undefined });
  }

  private async module(module: KunitModule): Promise<void> {
    const wanted = module.suites.filter((suite) => !this.recorded.has(suite) && this.cases(suite) !== undefined);
    if (wanted.length === 0) return;
    const guest = this.current?.alive ? this.current : (this.current = await this.boot([`kunit.filter_glob=${NO_BUILTIN_SUITE}`]));
    if (!guest.alive) throw guest.failure;
    await guest.mountVfs();
    const offset = consoleSize(guest.vm.consoleLogPath);
    const limit = this.request.limits.suiteMs * module.suites.length + this.request.limits.idleMs;
    const loaded = await guest.vm.exec(["modprobe", module.name], { timeoutMs: limit }).catch((error: Error) => error);
    if (!(loaded instanceof Error) && loaded.ok) {
      for (const suite of wanted) await this.debugfsResults(guest, suite, module);
      return;
    }
    if (!(loaded instanceof Error) && !loaded.timedOut) {
      for (const suite of wanted) this.records.error(suite, `\`modprobe ${module.name}\` failed (exit status ${loaded.code}): ${loaded.stderr.toString().trim() || "no message"}`);
      return;
    }
    // It crashed or hung: what the console shows of this load, and the guest goes.
    const ending = guest.ending ?? (loaded instanceof Error ? undefined : `loading the module took longer than ${Math.round(limit / 1000)} s`);
    await guest.vm.kill();
    this.current = undefined;
    const doc = parseKtap(guest.console(offset), { ending, firstLine: countLines(guest.console(), offset) + 1 });
    const ran = doc.results.filter((r) => wanted.includes(r.name)).map((suite) => this.selectCases(suite));
    this.report({ ...doc, problems: [] }, ran, undefined);
    for (const suite of wanted.filter((s) => !ran.some((r) => r.name === s)))
      this.records.error(suite, `the suite did not run: ${ending ?? (doc.crash ? `the kernel crashed ('${doc.crash.text}')` : (loaded as Error).message)} while module ${module.name} loaded`);
  }

  private async debugfsResults(guest: KunitGuest, suite: string, module: KunitModule): Promise<void> {
    const file = `/sys/kernel/debug/kunit/${suite}/results`;
    const text = await guest.vm.readFile(file).catch((error: Error) => error);
    if (text instanceof Error) return this.records.error(suite, `module ${module.name} loaded, but ${file} cannot be read (${text.message}): is CONFIG_KUNIT_DEBUGFS set?`);
    const doc = parseKtap(text.toString());
    this.report(doc, doc.results.map((r) => this.selectCases(r)), undefined);
  }

  /** The case globs of the filters that match a suite: [] for every case; undefined when none matches. */
  private cases(suite: string): RegExp[] | undefined {
    if (this.filters.length === 0) return [];
    const matching = this.filters.filter((f) => f.suite.test(suite));
    if (matching.length === 0) return undefined;
    return matching.some((f) => !f.test) ? [] : matching.map((f) => f.test!);
  }

  /** A module's suite with only the cases the globs ask for (a module runs all its cases). */
  private selectCases(suite: KtapResult): KtapResult {
    const globs = this.cases(suite.name) ?? [];
    if (globs.length === 0) return suite;
    return { ...suite, children: suite.children.filter((c) => c.missing || globs.some((g) => g.test(c.name))) };
  }

  private why(guest: KunitGuest, doc: KtapDocument): string {
    if (doc.crash) return `the kernel crashed ('${doc.crash.text}')`;
    return guest.ending ?? guest.failure?.message ?? "the guest stopped";
  }

  /** A glob that matched no suite is an error naming the suites there are. */
  private async unmatched(modules: KunitModule[]): Promise<void> {
    const none = [...this.matched].filter(([, n]) => n === 0).map(([glob]) => glob);
    if (none.length === 0 && (this.request.globs.length > 0 || this.recorded.size > 0)) return;
    const builtIn = this.kunitSeen ? ((await this.list()) ?? []).map((s) => s.name) : [];
    const inModules = modules.flatMap((m) => m.suites.map((s) => `${s} (${m.name})`));
    const there = `the kernel's suites: built in: ${builtIn.join(", ") || "none"}; in modules: ${inModules.join(", ") || "none"}`;
    if (this.request.globs.length === 0) return this.records.error("KUnit", `no KUnit suite ran: ${there}`);
    for (const glob of none) this.records.error(glob, `no KUnit suite matches '${glob}': ${there}`);
  }

  private noKunit(): ProviumError {
    return new ProviumError(
      `the kernel ${this.request.kernel} has no KUnit: its boot printed no 'KTAP version 1' (the KUnit executor prints it when CONFIG_KUNIT=y), and its modules hold no KUnit suite: build it with CONFIG_KUNIT=y (and CONFIG_KUNIT_DEBUGFS=y for modular suites)`,
    );
  }
}

/** A crashed suite's missing cases ("#2") by the names kunit.action=list gave them. */
function nameMissingCases(suite: KtapResult, cases: string[]): void {
  for (const child of suite.children) if (child.missing && child.number !== undefined && cases[child.number - 1]) child.name = cases[child.number - 1]!;
}
