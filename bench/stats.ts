// Summaries of repeated timings.

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}

export interface Spread {
  p50Ms: number;
  p95Ms: number;
  samples: number;
}

export const spread = (samples: number[]): Spread => ({ p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), samples: samples.length });
