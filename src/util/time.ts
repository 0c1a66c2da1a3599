/** Resolves with the promise's value, or undefined after ms; never keeps Node alive. */
export async function within<T>(promise: Promise<T> | undefined, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A duration for messages and reports: "0.5 s", "12 s" (tenths below 10 s). */
export function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** Bytes for a message: "64 MiB", "31.97 MiB". */
export function formatMiB(bytes: number): string {
  return `${+(bytes / 2 ** 20).toFixed(2)} MiB`;
}
