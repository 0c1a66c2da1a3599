// Warnings for the person running Provium. Each distinct message is shown once.
const shown = new Set<string>();
let sink: (message: string) => void = (message) => process.stderr.write(`provium: warning: ${message}\n`);

export function warnOnce(message: string): void {
  if (shown.has(message)) return;
  shown.add(message);
  sink(message);
}

/** Lets a front end (CLI reporter, GitHub Action) route warnings. */
export function setWarningSink(next: (message: string) => void): void {
  sink = next;
}
