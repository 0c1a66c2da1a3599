// Named moments of one operation (a VM's launch, its end), for `npm run bench`
// to say where the time goes. Marks cost a performance.now() each.

export class Timeline {
  private readonly marks: { name: string; at: number }[] = [];

  constructor(private start = performance.now()) {}

  /** Starts over (a VM's end is timed after its launch). */
  restart(): void {
    this.marks.length = 0;
    this.start = performance.now();
  }

  mark(name: string): void {
    this.marks.push({ name, at: performance.now() });
  }

  /** Each mark's time since the one before it (the first: since the start), in ms. */
  steps(): { name: string; ms: number }[] {
    return this.marks.map((m, i) => ({ name: m.name, ms: m.at - (i === 0 ? this.start : this.marks[i - 1]!.at) }));
  }
}
