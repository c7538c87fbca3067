import { LOG_SQRT_2PI } from './gaussian';

/** One weighted Gaussian component N(mu, sigma²). */
export type Component = { weight: number; mu: number; sigma: number };
/** A Gaussian mixture Σ weight_i N(mu_i, sigma_i²); weights are expected to sum to 1 (see normalizeMixture). */
export type Mixture = Component[];

/** Copy of p with weights rescaled to sum to 1; throws on an empty mixture or a non-positive total weight. */
export function normalizeMixture(p: Mixture): Mixture {
  let total = 0;
  for (const c of p) total += c.weight;
  if (p.length === 0 || !(total > 0))
    throw new Error('normalizeMixture: need at least one component with positive weight');
  return p.map((c) => ({ weight: c.weight / total, mu: c.mu, sigma: c.sigma }));
}

/** log p(x) by log-sum-exp, so it stays finite and accurate far in the tails (e.g. x = ±200). */
export function mixtureLogPdf(p: Mixture, x: number): number {
  let max = -Infinity;
  for (const c of p) {
    const t = (x - c.mu) / c.sigma;
    const a = Math.log(c.weight / c.sigma) - 0.5 * t * t;
    if (a > max) max = a;
  }
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const c of p) {
    const t = (x - c.mu) / c.sigma;
    s += Math.exp(Math.log(c.weight / c.sigma) - 0.5 * t * t - max);
  }
  return max + Math.log(s) - LOG_SQRT_2PI;
}

/** p(x); underflows to 0 far in the tails (use mixtureLogPdf there). */
export function mixturePdf(p: Mixture, x: number): number {
  return Math.exp(mixtureLogPdf(p, x));
}

/** Mean Σ w_i mu_i / Σ w_i (weights need not sum to 1); NaN for an empty mixture. */
export function mixtureMean(p: Mixture): number {
  let m = 0;
  let total = 0;
  for (const c of p) {
    m += c.weight * c.mu;
    total += c.weight;
  }
  return m / total;
}

/** Variance Σ w_i (sigma_i² + (mu_i − mean)²) / Σ w_i (law of total variance; weights need not sum to 1). */
export function mixtureVariance(p: Mixture): number {
  const m = mixtureMean(p);
  let v = 0;
  let total = 0;
  for (const c of p) {
    const d = c.mu - m;
    v += c.weight * (c.sigma * c.sigma + d * d);
    total += c.weight;
  }
  return v / total;
}

/** An x-interval [lo, hi] covering every mixture component and every given Gaussian to ±`spread` sigmas (default 4). */
export function plotRange(
  p: Mixture,
  gaussians: ReadonlyArray<{ mu: number; sigma: number }> = [],
  spread = 4,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of [...p, ...gaussians]) {
    lo = Math.min(lo, g.mu - spread * g.sigma);
    hi = Math.max(hi, g.mu + spread * g.sigma);
  }
  if (!(lo < hi)) return [-1, 1];
  return [lo, hi];
}

/**
 * Kurtosis μ₄/σ⁴ (not the excess) from the components' closed-form central moments,
 * E[(X − m)⁴] = Σ w_i (d_i⁴ + 6 d_i² σ_i² + 3 σ_i⁴) with d_i = mu_i − m; 3 for a single Gaussian, ≥ 1 always.
 */
export function mixtureKurtosis(p: Mixture): number {
  const m = mixtureMean(p);
  const v = mixtureVariance(p);
  let m4 = 0;
  let total = 0;
  for (const c of p) {
    const d2 = (c.mu - m) * (c.mu - m);
    const s2 = c.sigma * c.sigma;
    m4 += c.weight * (d2 * d2 + 6 * d2 * s2 + 3 * s2 * s2);
    total += c.weight;
  }
  return m4 / total / (v * v);
}

/**
 * Whether any two components overlap enough that the target's outline hides them: means closer than
 * 3(σᵢ + σⱼ), i.e. each within the other's visible bell. Apart, each bell is the outline itself.
 */
export function componentsOverlap(p: Mixture): boolean {
  return p.some((a, i) => p.some((b, j) => j > i && Math.abs(a.mu - b.mu) < 3 * (a.sigma + b.sigma)));
}
