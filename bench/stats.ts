export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(46)} ${value}`);
}

export const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
