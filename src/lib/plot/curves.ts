import { gaussianLogPdf } from '../mixture/gaussian';
import type { Gaussian } from '../fits/divergences';
import { mixtureLogPdf, type Mixture } from '../mixture/mixture';

/** n evenly spaced points from lo to hi inclusive (n = 1 gives [lo]). */
export function linspace(lo: number, hi: number, n: number): Float64Array {
  const out = new Float64Array(Math.max(0, Math.floor(n)));
  for (let i = 0; i < out.length; i++) out[i] = out.length === 1 ? lo : lo + ((hi - lo) * i) / (out.length - 1);
  return out;
}

/** p(x) at each x, for plotting. */
export function mixtureCurve(p: Mixture, xs: ArrayLike<number>): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = Math.exp(mixtureLogPdf(p, xs[i]!));
  return out;
}

/** q(x) at each x, for plotting. */
export function gaussianCurve(q: Gaussian, xs: ArrayLike<number>): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = Math.exp(gaussianLogPdf(xs[i]!, q.mu, q.sigma));
  return out;
}

/**
 * Where each divergence is paid: forward[i] = p·ln(p/q) and reverse[i] = q·ln(q/p) at xs[i] (each integrates
 * to its KL). Computed from log-densities, so far tails give 0, never NaN.
 */
export function integrands(
  p: Mixture,
  q: Gaussian,
  xs: ArrayLike<number>,
): { forward: Float64Array; reverse: Float64Array } {
  const forward = new Float64Array(xs.length);
  const reverse = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const lp = mixtureLogPdf(p, xs[i]!);
    const lq = gaussianLogPdf(xs[i]!, q.mu, q.sigma);
    const pv = Math.exp(lp);
    const qv = Math.exp(lq);
    forward[i] = pv === 0 ? 0 : pv * (lp - lq);
    reverse[i] = qv === 0 ? 0 : qv * (lq - lp);
  }
  return { forward, reverse };
}

/** The smallest multiple of half a power of ten that is ≥ x (0.37 → 0.4, 1.2 → 1.5, 7.2 → 7.5), for a y-axis limit; x itself when x ≤ 0 or not finite. */
export function niceCeiling(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const step = 10 ** Math.floor(Math.log10(x)) / 2;
  // The tolerance keeps an exact multiple such as 0.4 from rounding up a step.
  return Math.ceil(x / step - 1e-9) * step;
}

/**
 * Tick values for a log axis from lo to hi (0 < lo ≤ hi): lo, hi, and the powers of ten between them that are at
 * least 3 times from both ends (so labels do not collide).
 */
export function logTicks(lo: number, hi: number): number[] {
  const ticks = [lo];
  for (let k = Math.ceil(Math.log10(3 * lo)); 3 * 10 ** k <= hi; k++) ticks.push(10 ** k);
  if (hi > lo) ticks.push(hi);
  return ticks;
}

/**
 * [lo, hi] widened to multiples of the power of ten at or below half its width ([1.93, 2.43] → [1.9, 2.5],
 * [−1.65, 1.65] → [−2, 2]), so an axis's end labels are round; unchanged unless lo < hi.
 */
export function roundOutward(lo: number, hi: number): [number, number] {
  if (!(lo < hi) || !Number.isFinite(hi - lo)) return [lo, hi];
  const step = 10 ** Math.floor(Math.log10((hi - lo) / 2));
  return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}

/** Offsets (in σ) of the points placed around each Gaussian by densityGrid: dense at the peak, sparser in the tails. */
const CLUSTER_Z = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.33, 2.67, 3, 3.5, 4, 5];

/**
 * x values for drawing densities on [lo, hi]: `base` evenly spaced points (ends included) plus, for each
 * Gaussian, points at μ ± z·σ for z in CLUSTER_Z, so a narrow peak is drawn as finely as a wide one with
 * a few hundred points in all. Sorted ascending, inside [lo, hi], points closer than (hi − lo)/5000 merged.
 * lo ≥ hi gives [lo].
 */
export function densityGrid(lo: number, hi: number, gaussians: ReadonlyArray<{ mu: number; sigma: number }>, base = 120): Float64Array {
  if (!(hi > lo)) return Float64Array.of(lo);
  const all = new Float64Array(base + gaussians.length * (2 * CLUSTER_Z.length - 1));
  let n = 0;
  for (const x of linspace(lo, hi, base)) all[n++] = x;
  for (const g of gaussians) {
    for (const z of CLUSTER_Z) {
      for (const x of z === 0 ? [g.mu] : [g.mu - z * g.sigma, g.mu + z * g.sigma]) if (x > lo && x < hi) all[n++] = x;
    }
  }
  const sorted = all.subarray(0, n).sort();
  const minGap = (hi - lo) / 5000;
  let kept = 1;
  for (let i = 1; i < sorted.length; i++) {
    // Keep hi itself: a near-duplicate of the end replaces the point before it.
    if (sorted[i]! - sorted[kept - 1]! < minGap) {
      if (sorted[i] === hi) sorted[kept - 1] = hi;
      continue;
    }
    sorted[kept++] = sorted[i]!;
  }
  return sorted.slice(0, kept);
}
