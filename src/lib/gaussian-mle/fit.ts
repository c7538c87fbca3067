/**
 * The maximum-likelihood Gaussian of a sample, for every prefix of it at once.
 *
 * μ̂ = (1/i) Σ x and σ̂² = (1/i) Σ (x − μ̂)² (divisor i: the maximum-likelihood σ, not the unbiased one)
 * come from running sums of d = x − x₀, shifted by the first draw so that a target far from 0
 * (mean 10, σ 0.1) loses no digits to the subtraction E[d²] − E[d]². Each sum is kept exactly as a
 * value plus its rounding error (Knuth's TwoSum), so a million terms add up to within a few ulp
 * instead of accumulating √n rounding errors; σ̂² ≥ 0 is then enforced against the last rounding.
 */
import type { Gaussian } from '../fits/divergences';

/** The fitted Gaussians of the prefixes xs[0..i) for each i in `checkpoints`. */
export interface PrefixFits {
  mu: Float64Array;
  sigma: Float64Array;
}

/**
 * μ̂ and σ̂ (divisor i) of each prefix xs[0..i) for the ascending whole numbers i in `checkpoints` (1 ≤ i ≤ xs.length),
 * in one pass; σ̂ is 0 for i = 1 or equal draws. Throws RangeError for a checkpoint out of order or out of range.
 */
export function prefixFits(xs: ArrayLike<number>, checkpoints: readonly number[]): PrefixFits {
  const count = checkpoints.length;
  const mu = new Float64Array(count);
  const sigma = new Float64Array(count);
  let previous = 0;
  for (const i of checkpoints) {
    if (!Number.isSafeInteger(i) || i <= previous || i > xs.length) {
      throw new RangeError(`Checkpoints must ascend through 1 … ${xs.length}, got ${String(i)} after ${previous}.`);
    }
    previous = i;
  }
  if (count === 0) return { mu, sigma };

  const shift = xs[0]!;
  let s1 = 0;
  let e1 = 0;
  let s2 = 0;
  let e2 = 0;
  let j = 0;
  for (let c = 0; c < count; c++) {
    const end = checkpoints[c]!;
    for (; j < end; j++) {
      const d = xs[j]! - shift;
      // TwoSum(s1, d): the sum and its exact rounding error, without branches.
      let s = s1 + d;
      let b = s - s1;
      e1 += s1 - (s - b) + (d - b);
      s1 = s;
      const d2 = d * d;
      s = s2 + d2;
      b = s - s2;
      e2 += s2 - (s - b) + (d2 - b);
      s2 = s;
    }
    const mean = (s1 + e1) / end;
    const variance = (s2 + e2) / end - mean * mean;
    mu[c] = shift + mean;
    sigma[c] = Math.sqrt(Math.max(0, variance));
  }
  return { mu, sigma };
}

/** The maximum-likelihood Gaussian of xs (μ̂ = sample mean, σ̂ with divisor n); σ̂ = 0 for one draw; throws RangeError if xs is empty. */
export function gaussianMle(xs: ArrayLike<number>): Gaussian {
  if (xs.length === 0) throw new RangeError('The MLE needs at least one draw.');
  const fit = prefixFits(xs, [xs.length]);
  return { mu: fit.mu[0]!, sigma: fit.sigma[0]! };
}
