/** Colours and coordinates for the divergence heatmaps, kept out of the drawing code. */
import type { Landscape } from '../fits/landscape';

/** Eight stops of the viridis colour map: dark blue (low) through green to yellow (high), legible in both themes. */
const VIRIDIS: ReadonlyArray<readonly [number, number, number]> = [
  [68, 1, 84], [70, 50, 126], [54, 92, 141], [39, 127, 142], [31, 161, 135], [74, 193, 109], [160, 218, 57], [253, 231, 37],
];

/** The colour of t in [0, 1] on the viridis ramp, as [r, g, b]. */
export function viridis(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS[i]!;
  const b = VIRIDIS[i + 1]!;
  return [0, 1, 2].map((k) => Math.round(a[k]! + f * (b[k]! - a[k]!))) as [number, number, number];
}

/** A landscape's colour scale: the smallest and largest finite values on its grid (nats). */
export type HeatScale = { min: number; max: number };

/** The finite extremes of `values`; { min: 0, max: 0 } when none is finite. */
export function heatScale(values: ArrayLike<number>): HeatScale {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: 0, max: 0 };
}

/**
 * Where v sits on the colour scale, in [0, 1]: log(1 + v − min) / log(1 + max − min), so a basin's floor
 * and its walls both show; 0 at or below min and on a flat scale, 1 at or above max, for +∞ and for NaN.
 */
export function heatLevel(scale: HeatScale, v: number): number {
  if (Number.isNaN(v) || v === Infinity) return 1;
  if (!(scale.max > scale.min) || v <= scale.min) return 0;
  if (v >= scale.max) return 1;
  return Math.log1p(v - scale.min) / Math.log1p(scale.max - scale.min);
}

/** The value at level t in [0, 1] of the scale: the inverse of heatLevel. */
export function heatValueAt(scale: HeatScale, t: number): number {
  return scale.min + Math.expm1(t * Math.log1p(scale.max - scale.min));
}

/**
 * Each grid value mapped to [0, 1] for colouring by heatLevel on the grid's own scale; infinite values map to 1.
 */
export function heatLevels(values: Float64Array): Float64Array {
  const scale = heatScale(values);
  return values.map((v) => (Number.isFinite(v) ? heatLevel(scale, v) : 1));
}

/**
 * The labelled values of a colour legend, in nats and increasing: the scale's minimum, then round values
 * (1, 2 or 5 × 10^k) up to the maximum, each kept only if it sits at least `gap` (a fraction of the bar)
 * above the last one kept. A flat scale gives just [min].
 */
export function heatTicks(scale: HeatScale, gap = 0.12): number[] {
  const ticks = [scale.min];
  if (!(scale.max > scale.min)) return ticks;
  let last = 0;
  const start = Math.floor(Math.log10(Math.max(scale.min, 1e-3 * (scale.max - scale.min), 1e-12)));
  for (let power = start; power <= Math.ceil(Math.log10(scale.max)); power++) {
    for (const m of [1, 2, 5]) {
      const v = power < 0 ? m / 10 ** -power : m * 10 ** power;
      if (v <= scale.min || v > scale.max) continue;
      const t = heatLevel(scale, v);
      if (t - last < gap) continue;
      ticks.push(v);
      last = t;
    }
  }
  return ticks;
}

/** Where (mu, sigma) falls on the heatmap as fractions [0, 1] of its width and height (log σ upward); may be outside. */
export function heatPosition(l: Landscape, mu: number, sigma: number): { fx: number; fy: number } {
  const mus = l.mus;
  const ls = l.logSigmas;
  const fx = (mu - mus[0]!) / (mus[mus.length - 1]! - mus[0]!);
  const fy = 1 - (Math.log(sigma) - ls[0]!) / (ls[ls.length - 1]! - ls[0]!);
  return { fx, fy };
}

/** The (mu, sigma) under a point at fractions (fx, fy) of the heatmap: the inverse of heatPosition. */
export function heatParameters(l: Landscape, fx: number, fy: number): { mu: number; sigma: number } {
  const mus = l.mus;
  const ls = l.logSigmas;
  return {
    mu: mus[0]! + fx * (mus[mus.length - 1]! - mus[0]!),
    sigma: Math.exp(ls[0]! + (1 - fy) * (ls[ls.length - 1]! - ls[0]!)),
  };
}
