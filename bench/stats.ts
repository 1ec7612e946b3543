/** Order statistics of repeated timings. */

/** Median and spread of a sample. */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
}

/** Linear-interpolated quantile (q in 0..1) of an ascending sample, as numpy's default. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

/** Summarises a non-empty sample. */
export function summarize(sample: number[]): Summary {
  if (sample.length === 0) throw new Error("cannot summarise an empty sample");
  const sorted = [...sample].sort((x, y) => x - y);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}
