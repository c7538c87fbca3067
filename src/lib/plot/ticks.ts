/** Axis ticks at "nice" round values (1, 2 or 5 times a power of ten), as d3's ticks choose them. */

/** The tick values inside [lo, hi], about `count` of them, at a step of 1, 2 or 5 × 10^k (the nearest to (hi − lo)/count); [lo] when lo = hi; [] when not finite. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  if (lo > hi) [lo, hi] = [hi, lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power; // in [1, 10): round to the nearest of 1, 2, 5, 10 on a log scale
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  const ticks: number[] = [];
  // Integer multiples of the step, divided back out so 0.1·3 prints as 0.3, not 0.30000000000000004.
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  for (let i = Math.ceil(lo / step); i <= Math.floor(hi / step); i++) ticks.push(inverse ? i / inverse : i * step);
  return ticks;
}
