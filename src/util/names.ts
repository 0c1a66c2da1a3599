// Path segments made from names a user chose (test names, file paths, VM
// names): safe on any file system, and never the same twice in one place.

/** Short enough for any file system, even with several segments in a path. */
const MAX_SEGMENT = 80;

/** Hands out sanitized path segments, none twice (ignoring case, for case-insensitive file systems). */
export class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly given = new Map<string, string>();

  claim(name: string, suffix = ""): string {
    const base = sanitize(name, MAX_SEGMENT - suffix.length);
    let candidate = base;
    for (let n = 2; this.taken.has((candidate + suffix).toLowerCase()); n++) {
      const counter = `-${n}`;
      candidate = base.slice(0, MAX_SEGMENT - suffix.length - counter.length) + counter;
    }
    this.taken.add((candidate + suffix).toLowerCase());
    return candidate + suffix;
  }

  /** The segment claimed for name the first time it was asked for (one name, one segment). */
  of(name: string): string {
    let segment = this.given.get(name);
    if (segment === undefined) this.given.set(name, (segment = this.claim(name)));
    return segment;
  }
}

/** One safe path segment: [A-Za-z0-9._-] only, never empty, "." or "..", at most max characters. */
export function sanitize(name: string, max = MAX_SEGMENT): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, max);
  return safe === "" || /^\.+$/.test(safe) ? "_" : safe;
}
