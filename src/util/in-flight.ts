// A bounded number of asynchronous tasks at once (vm:push's and vm:pull's
// requests in flight).

/** Runs at most `limit` tasks at once; the first failure is raised by drain(). */
export class InFlight {
  private running = new Set<Promise<void>>();
  private failure?: unknown;

  constructor(private readonly limit: number) {}

  async run(task: () => Promise<unknown>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const p: Promise<void> = task().then(
      () => void this.running.delete(p),
      (error: unknown) => {
        this.failure ??= error;
        this.running.delete(p);
      },
    );
    this.running.add(p);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}
