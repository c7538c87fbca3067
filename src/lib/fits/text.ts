/** Sentences the kl-fits widget shows, shared by build-time HTML and the browser. */
import { formatNumber, formatParameter } from '../format/number';
import type { FitsSummary } from './summary';
import type { ReverseOptimum } from './reverse-fit';

/**
 * Two optima whose KL values differ by at most this fraction of the larger (or 1e-12 nats, for values near
 * 0) are tied. The reverse fit's KL values are accurate to ~3e-11 relative, so mirror optima of a symmetric
 * target agree far inside it; the smallest asymmetry a reader can type (a weight of 0.501 against 0.499, a
 * σ of 0.61 against 0.6) moves the KL by more than 1e-4.
 */
export const TIE_TOLERANCE = 1e-9;

/** Whether KL values a and b are equal within TIE_TOLERANCE (relative, with an absolute floor of 1e-12). */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

/** How an optimum stands among all of them. */
export type OptimumRank = 'global minimum' | 'tied global minimum' | 'local minimum';

/**
 * The rank of each optimum of a list sorted best first: 'tied global minimum' for every optimum tied with
 * the best when there are two or more such, else 'global minimum' for the first; the rest 'local minimum'.
 */
export function rankOptima(optima: readonly ReverseOptimum[]): OptimumRank[] {
  const best = optima[0]?.kl ?? NaN;
  const tied = optima.filter((o) => isTie(o.kl, best)).length;
  return optima.map((o, k) => {
    if (tied > 1 && isTie(o.kl, best)) return 'tied global minimum';
    return k === 0 ? 'global minimum' : 'local minimum';
  });
}

/** One line of the reverse-optima list: "μ = 2, σ = 0.6, KL(q‖p) = 0.69315 nats (tied global minimum)". */
export function optimumText(o: ReverseOptimum, rank: OptimumRank): string {
  return `μ = ${formatParameter(o.mu)}, σ = ${formatParameter(o.sigma)}, KL(q‖p) = ${formatNumber(o.kl)} nats (${rank})`;
}

/** The text alternative of the plot: both fits, their KL values, and how many reverse optima exist (and how many tie for best). */
export function fitsSummaryText(s: FitsSummary): string {
  const count = s.reverseOptima.length;
  const tied = rankOptima(s.reverseOptima).filter((r) => r === 'tied global minimum').length;
  const minima = count === 1 ? 'The reverse KL has a single minimum.' : `The reverse KL has ${count} local minima${tied > 1 ? `, ${tied} of them tied for the lowest` : ''}.`;
  return (
    `Forward fit: μ ${formatParameter(s.forward.mu)}, σ ${formatParameter(s.forward.sigma)}, KL(p‖q) ${formatNumber(s.forwardKlOfForward, 4)} nats. ` +
    `Reverse fit: μ ${formatParameter(s.reverse.mu)}, σ ${formatParameter(s.reverse.sigma)}, KL(q‖p) ${formatNumber(s.reverseKlOfReverse, 4)} nats. ` +
    minima
  );
}

/** What a landscape's text alternative needs: its name, grid, colour-scale ends and the minima it marks. */
export interface LandscapeDescription {
  /** The divergence, "KL(q‖p)". */
  name: string;
  muMin: number;
  muMax: number;
  sigmaMin: number;
  sigmaMax: number;
  /** The colour scale's ends, nats. */
  low: number;
  high: number;
  minima: ReadonlyArray<{ mu: number; sigma: number; kl: number; rank: OptimumRank }>;
}

/**
 * The text alternative of a landscape: its axes and their ranges, the colour scale in nats and every
 * marked minimum: "KL(q‖p) over μ from −5.2 to 5.2 (across) and σ from 0.3 to 4.2 on a log scale (up) …".
 */
export function landscapeText(d: LandscapeDescription): string {
  const minima = d.minima.map((m) => `μ = ${formatParameter(m.mu)}, σ = ${formatParameter(m.sigma)} (${m.rank}, ${formatNumber(m.kl, 4)} nats)`);
  return (
    `${d.name} over μ from ${formatNumber(d.muMin, 3)} to ${formatNumber(d.muMax, 3)} (across) and σ from ${formatNumber(d.sigmaMin, 3)} to ${formatNumber(d.sigmaMax, 3)} on a log scale (up). ` +
    `Colour from ${formatNumber(d.low, 3)} nats (dark) to ${formatNumber(d.high, 3)} nats (yellow). ` +
    `${minima.length === 1 ? 'Minimum' : 'Minima'}: ${minima.join('; ')}.`
  );
}
