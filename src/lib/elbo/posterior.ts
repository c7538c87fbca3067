/**
 * A Gaussian mixture read as a latent-variable model: z ∈ {1, …, k} with p(z = j) = w_j and
 * p(x | z = j) = N(mu_j, sigma_j²). Everything is computed in log space, with the quadratic exponents in
 * double-double, so the posterior keeps its relative accuracy even when every component is hundreds of
 * standard deviations from x (exponents near −31 250 whose differences are of order 1).
 */
import { LOG_SQRT_2PI } from '../mixture/gaussian';
import type { Mixture } from '../mixture/mixture';
import { ddAdd, halfSquaredScore, twoSum, type DoubleDouble } from '../numeric/double-double';

/** log N(x; mu, sigma²) as a double-double: the exponent exact to ~2^−100, the normalizing constant to an ulp. */
export function gaussianLogPdfDD(x: number, mu: number, sigma: number): DoubleDouble {
  const h = halfSquaredScore(x, mu, sigma);
  return ddAdd(twoSum(-Math.log(sigma), -LOG_SQRT_2PI), { hi: -h.hi, lo: -h.lo });
}

/** The model's numbers at one observed x. */
export interface LatentPosterior {
  /** log p(x | z = j) = log N(x; mu_j, sigma_j²), one per component (finite for finite x). */
  logLikelihood: number[];
  /** log p(x) = log Σ_j w_j N(x; mu_j, sigma_j²), by log-sum-exp. */
  logPx: number;
  /** log p(z = j | x) = log w_j + log N(x; mu_j, sigma_j²) − log p(x), each ≤ 0 and finite. */
  logPosterior: number[];
  /** p(z = j | x) = exp(logPosterior_j); may underflow to 0 for a component far from x. */
  posterior: number[];
}

/** log p(x), the log posterior and the posterior of a mixture (weights summing to 1) at x; throws on an empty mixture. */
export function latentPosterior(model: Mixture, x: number): LatentPosterior {
  if (model.length === 0) throw new Error('latentPosterior: the model needs at least one component');
  const logLik = model.map((c) => gaussianLogPdfDD(x, c.mu, c.sigma));
  const joint = model.map((c, j) => ddAdd(logLik[j]!, { hi: Math.log(c.weight), lo: 0 }));
  let best = 0;
  for (let j = 1; j < joint.length; j++) if (joint[j]!.hi > joint[best]!.hi) best = j;
  const top = joint[best]!;
  // ℓ_j − ℓ_max in double-double, rounded once: exact to an ulp of the (small) difference.
  const relative = joint.map((l) => {
    const d = ddAdd(l, { hi: -top.hi, lo: -top.lo });
    return d.hi + d.lo;
  });
  let rest = 0;
  for (let j = 0; j < relative.length; j++) if (j !== best) rest += Math.exp(relative[j]!);
  const logSum = Math.log1p(rest); // log Σ_j exp(ℓ_j − ℓ_max), the max's term being exactly 1
  const logPosterior = relative.map((r, j) => (j === best ? -logSum : r - logSum));
  return {
    logLikelihood: logLik.map((l) => l.hi + l.lo),
    logPx: top.hi + (top.lo + logSum),
    logPosterior,
    posterior: logPosterior.map(Math.exp),
  };
}
