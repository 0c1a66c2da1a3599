// The host's resources as a budget: a VM starts only when its guest memory
// and vCPUs fit, so a run never overcommits the machine into swap. Requests
// wait in order (a big one is not starved by small ones behind it).
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { ProviumError } from "../util/errors.ts";

export interface Resources {
  memoryMiB: number;
  cpus: number;
}

interface Waiter {
  need: Resources;
  label: string;
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

  constructor(
    readonly limit: Resources = hostResources(),
    /** Memory the host has free right now (MiB). */
    private readonly freeMemoryMiB: () => number = () => meminfoMiB("MemAvailable") - RESERVE_MIN_MIB,
  ) {}

  /** Waits until need fits; resolves with the function that gives it back. */
  acquire(need: Resources, label: string): Promise<() => void> {
    if (need.memoryMiB > this.limit.memoryMiB || need.cpus > this.limit.cpus)
      return Promise.reject(new ProviumError(`${label} asks for ${format(need)}, more than this host can give guests (${format(this.limit)}): lower its memory or cpus`));
    return new Promise((admit, reject) => {
      this.queue.push({ need, label, admit, reject });
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

  private pump(): void {
    while (this.queue.length) {
      const head = this.queue[0]!;
      if (!this.fits(head.need)) return;
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
      let released = false;
      head.admit(() => {
        if (released) return;
        released = true;
        this.used.memoryMiB -= head.need.memoryMiB;
        this.used.cpus -= head.need.cpus;
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
