// The host's resources as a budget: a VM starts only when its guest memory
// and vCPUs fit, so a run never overcommits the machine into swap. Requests
// wait in order (a big one is not starved by small ones behind it).
// When every owner that holds resources is itself waiting for more (a test
// that asks for a fifth VM on a two-core host, say), no release can come:
// vCPUs, being threads, are then overcommitted; memory is refused.
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { ProviumError } from "../util/errors.ts";
import { warnOnce } from "../util/log.ts";

export interface Resources {
  memoryMiB: number;
  cpus: number;
}

interface Waiter {
  need: Resources;
  label: string;
  /** Who will hold it (a test file, a fixture build): for deadlock detection. */
  owner: unknown;
  admit: (release: () => void) => void;
  reject: (error: Error) => void;
}

const RESERVE_MIN_MIB = 1024;
/** TCG and KVM vCPUs are threads: a little overcommit keeps the cores busy. */
const VCPUS_PER_CORE = 2;

function meminfoMiB(field: string): number {
  const kib = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync("/proc/meminfo", "utf8"))?.[1]);
  return Math.floor(kib / 1024);
}

/** What this host can give guests: memory less a reserve for itself, and vCPUs. */
export function hostResources(): Resources {
  const total = meminfoMiB("MemTotal");
  return { memoryMiB: total - Math.max(RESERVE_MIN_MIB, Math.floor(total / 10)), cpus: availableParallelism() * VCPUS_PER_CORE };
}

const format = (r: Resources) => `${r.memoryMiB} MiB and ${r.cpus} vCPU${r.cpus === 1 ? "" : "s"}`;

export class ResourceBudget {
  private readonly used: Resources = { memoryMiB: 0, cpus: 0 };
  private readonly queue: Waiter[] = [];
  /** Owner → how many grants it holds. */
  private readonly holders = new Map<unknown, number>();

  constructor(
    readonly limit: Resources = hostResources(),
    /** Memory the host has free right now (MiB). */
    private readonly freeMemoryMiB: () => number = () => meminfoMiB("MemAvailable") - RESERVE_MIN_MIB,
  ) {}

  /** Waits until need fits; resolves with the function that gives it back. */
  acquire(need: Resources, label: string, owner?: unknown): Promise<() => void> {
    if (need.memoryMiB > this.limit.memoryMiB || need.cpus > this.limit.cpus)
      return Promise.reject(new ProviumError(`${label} asks for ${format(need)}, more than this host can give guests (${format(this.limit)}): lower its memory or cpus`));
    return new Promise((admit, reject) => {
      this.queue.push({ need, label, owner, admit, reject });
      this.pump();
    });
  }

  get inUse(): Resources {
    return { ...this.used };
  }

  get waiting(): number {
    return this.queue.length;
  }

  private fits(need: Resources): boolean {
    return this.used.memoryMiB + need.memoryMiB <= this.limit.memoryMiB && this.used.cpus + need.cpus <= this.limit.cpus;
  }

  /** Every holder waits for more: nothing will be released. */
  private deadlocked(): boolean {
    return this.holders.size > 0 && [...this.holders.keys()].every((owner) => this.queue.some((w) => w.owner === owner));
  }

  private pump(): void {
    while (this.queue.length) {
      const head = this.queue[0]!;
      if (!this.fits(head.need)) {
        if (!this.deadlocked()) return;
        if (this.used.memoryMiB + head.need.memoryMiB > this.limit.memoryMiB) {
          this.queue.shift();
          head.reject(new ProviumError(
            `${head.label} needs ${head.need.memoryMiB} MiB, but running VMs hold ${this.used.memoryMiB} of the ${this.limit.memoryMiB} MiB this host gives guests, ` +
              `and every test holding them waits for another VM: lower the VMs' memory, or use fewer VMs at once (-j 1 runs one file at a time)`,
          ));
          continue;
        }
        warnOnce(`more vCPUs than the budget of ${this.limit.cpus} are in use: every test holding VMs asked for another, so waiting would never end (guests run slower)`);
      }
      if (head.need.memoryMiB > this.freeMemoryMiB()) {
        // Others' processes hold the memory. With none of ours running, waiting could be forever.
        if (this.used.cpus === 0) {
          this.queue.shift();
          head.reject(new ProviumError(`${head.label} needs ${head.need.memoryMiB} MiB but the host has only ${this.freeMemoryMiB()} MiB free: free memory or lower the VM's memory`));
          continue;
        }
        return; // one of ours will finish and free some
      }
      this.queue.shift();
      this.used.memoryMiB += head.need.memoryMiB;
      this.used.cpus += head.need.cpus;
      this.holders.set(head.owner, (this.holders.get(head.owner) ?? 0) + 1);
      let released = false;
      head.admit(() => {
        if (released) return;
        released = true;
        this.used.memoryMiB -= head.need.memoryMiB;
        this.used.cpus -= head.need.cpus;
        const held = (this.holders.get(head.owner) ?? 1) - 1;
        if (held === 0) this.holders.delete(head.owner);
        else this.holders.set(head.owner, held);
        this.pump();
      });
    }
  }
}

let processBudget: ResourceBudget | undefined;

/** The budget shared by every VM of this process. */
export function hostBudget(): ResourceBudget {
  processBudget ??= new ResourceBudget();
  return processBudget;
}
