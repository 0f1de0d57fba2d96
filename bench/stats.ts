/**
 * Small, dependency-free statistics for benchmarks: a seeded PRNG, the median,
 * paired ratios with a bootstrap 95% interval, and A B B A ordering.
 * See shared/docs/testing.md, "Benchmarks report ratios, measured side by side".
 */
import { mulberry32 } from '../shared/random/mulberry32';

/** Re-exported: the seeded PRNG lives in shared/. */
export { mulberry32 };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(Math.max(q, 0), 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] ?? Number.NaN;
  return low + ((sorted[hi] ?? Number.NaN) - low) * (pos - lo);
}

export interface RatioSummary {
  /** Median of the paired ratios ours_i / baseline_i. */
  ratio: number;
  /** Percentile-bootstrap 95% interval of that median. */
  ci95: [number, number];
  ratios: number[];
}

/**
 * Median of paired ratios with a seeded percentile bootstrap (default 2,000
 * resamples). Pairs must come from the same trial (same run, interleaved).
 */
export function pairedRatios(
  ours: readonly number[],
  baseline: readonly number[],
  { resamples = 2_000, seed = 0x5eed }: { resamples?: number; seed?: number } = {},
): RatioSummary {
  if (ours.length !== baseline.length || ours.length === 0) {
    throw new Error(`paired ratios need equal, non-empty samples (${ours.length} vs ${baseline.length})`);
  }
  const ratios = ours.map((o, i) => o / (baseline[i] ?? Number.NaN));
  return { ratio: median(ratios), ci95: bootstrapMedianCi(ratios, resamples, seed), ratios };
}

export function bootstrapMedianCi(
  values: readonly number[],
  resamples = 2_000,
  seed = 0x5eed,
): [number, number] {
  const random = mulberry32(seed);
  const medians: number[] = [];
  const sample = new Array<number>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++)
      sample[i] = values[Math.floor(random() * values.length)] ?? Number.NaN;
    medians.push(median(sample));
  }
  return [quantile(medians, 0.025), quantile(medians, 0.975)];
}

/**
 * A B B A ordering for `pairs` pairs: [A, B], [B, A], [A, B], … Run the steps in
 * this order so drift (thermal, cache, CPU steal) hits both subjects equally.
 * Each step says which subject to run and which pair it belongs to.
 */
export function interleave<A, B>(
  pairs: number,
  a: A,
  b: B,
): Array<{ pair: number; subject: 'a'; value: A } | { pair: number; subject: 'b'; value: B }> {
  const order: Array<{ pair: number; subject: 'a'; value: A } | { pair: number; subject: 'b'; value: B }> =
    [];
  for (let pair = 0; pair < pairs; pair++) {
    const first = { pair, subject: 'a' as const, value: a };
    const second = { pair, subject: 'b' as const, value: b };
    if (pair % 2 === 0) order.push(first, second);
    else order.push(second, first);
  }
  return order;
}
