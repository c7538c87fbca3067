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
