/**
 * Tick values for plot axes drawn outside Chart.js (the divergence landscapes): round numbers a reader
 * can read, on linear and logarithmic axes. The rule is d3-array's `ticks`: a step of 1, 2 or 5 × 10^k.
 */

/** The round step (1, 2 or 5 × 10^k) closest to `span / count` on a log scale; NaN unless span > 0 and count ≥ 1. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count >= 1) || !Number.isFinite(span)) return NaN;
  const raw = span / count;
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  // Thresholds at the geometric means of neighbouring steps: √50 ≈ 7.07, √10 ≈ 3.16, √2 ≈ 1.41.
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  return factor * 10 ** power;
}

/** k · step without the drift of repeated addition (0.1 · 3 gives 0.3, not 0.30000000000000004). */
function multiple(k: number, step: number): number {
  const power = Math.floor(Math.log10(step));
  // For steps below 1, dividing by an exact power of ten keeps decimal values exact.
  return power < 0 ? (k * Math.round(step * 10 ** -power)) / 10 ** -power : k * step;
}

/**
 * About `count` evenly spaced round values inside [lo, hi] (both ends included when they are round), in
 * increasing order; [] when lo > hi or either is not finite; [lo] when lo = hi.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) return [];
  if (lo === hi) return [lo];
  const step = niceStep(hi - lo, count);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(multiple(k, step) || 0);
  return ticks;
}

/** The candidate mantissas of a log axis, from sparsest to densest. */
const LOG_MANTISSAS: ReadonlyArray<readonly number[]> = [[1], [1, 2, 5], [1, 2, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

/**
 * Round ticks for a logarithmic axis over [lo, hi] (0 < lo < hi): the densest of 10^k, {1, 2, 5}·10^k,
 * {1, 2, 3, 5}·10^k and {1, …, 9}·10^k that gives at most `maxTicks` values, but at least 3 when a denser
 * set allows; linear round values (niceTicks) when that leaves fewer than two; [] unless 0 < lo < hi, finite.
 */
export function logTicks(lo: number, hi: number, maxTicks = 6): number[] {
  if (!(lo > 0) || !(hi > lo) || !Number.isFinite(hi)) return [];
  const inRange = (mantissas: readonly number[]) => {
    const out: number[] = [];
    for (let power = Math.floor(Math.log10(lo)) - 1; power <= Math.ceil(Math.log10(hi)); power++) {
      for (const m of mantissas) {
        // m · 10^power written so that 0.2 stays 0.2 for negative powers.
        const v = power < 0 ? m / 10 ** -power : m * 10 ** power;
        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(v);
      }
    }
    return out;
  };
  let best = inRange(LOG_MANTISSAS[0]!);
  for (const mantissas of LOG_MANTISSAS.slice(1)) {
    if (best.length >= 3) break;
    const denser = inRange(mantissas);
    if (denser.length > maxTicks) break;
    best = denser;
  }
  // Decades alone can still be too many over a very wide range: keep every other one, and so on.
  for (let stride = 2; best.length > maxTicks; stride++) best = inRange([1]).filter((_, i) => i % stride === 0);
  // Less than a factor of two may hold a single round value: label it linearly instead.
  if (best.length < 2) return niceTicks(lo, hi, 3).filter((v) => v > 0);
  return best;
}
