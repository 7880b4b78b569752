/** Small statistics over timing samples (milliseconds). */

/** The q-quantile (0…1) by linear interpolation between the closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Runs `task` once to warm up, then `runs` times; the durations it reports. */
export async function repeat(runs: number, task: () => Promise<number>): Promise<number[]> {
  await task();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) out.push(await task());
  return out;
}
