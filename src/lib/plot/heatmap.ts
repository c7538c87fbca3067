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

/**
 * Each grid value mapped to [0, 1] for colouring: log(1 + v − min) so a basin's floor and its walls both
 * show, scaled by the largest finite value; infinite values map to 1.
 */
export function heatLevels(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = Math.log1p(max - min) || 1;
  return values.map((v) => (Number.isFinite(v) ? Math.log1p(v - min) / span : 1));
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
