/**
 * KL(q‖π) as a sum of non-negative shares, with π known by its logarithm, so π may be far below the smallest
 * double (a posterior of e^−31000) and the divergence stays finite and exact.
 */
import { compensatedSum, excessLogTerm } from '../discrete/divergence';

/**
 * One outcome's share q·ln(q/π) − q + π of KL(q‖π) (the −q + π parts sum to 0 for two distributions), given
 * π both as a number (0 if it underflows) and as its logarithm: ≥ 0; π where q = 0 (0·log 0 = 0); exactly 0
 * where q = π; +∞ where q > 0 = π with logPi = −∞.
 */
export function klShare(q: number, pi: number, logPi: number): number {
  if (q === 0) return pi;
  if (logPi === -Infinity) return Infinity;
  if (pi > 0 && q >= 0.5 * pi && q <= 2 * pi) {
    // Near π the share is second-order small: π·[(1+d)ln(1+d) − d] with d = (q − π)/π, exact near 0.
    return pi * excessLogTerm((q - pi) / pi);
  }
  const r = Math.log(q) - logPi; // |r| ≥ ln 2 here (up to rounding), so neither form below cancels badly
  return r > 0 ? q * (r + Math.expm1(-r)) : pi * (1 + Math.exp(r) * (r - 1));
}

/**
 * KL(q‖π) = Σ_j q_j ln(q_j/π_j) in nats, for a distribution q and log π (both summing to 1): a sum of
 * non-negative shares, so ≥ 0 and never NaN; exactly 0 when q_j = exp(logPi_j) for every j; finite whenever
 * every logPi_j is; +∞ when q_j > 0 where logPi_j = −∞. Throws when the lengths differ.
 */
export function klToLogDistribution(q: readonly number[], logPi: readonly number[]): number {
  if (q.length !== logPi.length) throw new Error('klToLogDistribution: q and logPi differ in length');
  return compensatedSum(q.map((qj, j) => klShare(qj, Math.exp(logPi[j]!), logPi[j]!)));
}

/**
 * KL(q‖p) = Σ_j q_j ln(q_j/p_j) in nats for two distributions given as numbers, by the same non-negative shares:
 * ≥ 0, exactly 0 when q = p; +∞ when q_j > 0 = p_j. Throws when the lengths differ.
 */
export function klByShares(q: readonly number[], p: readonly number[]): number {
  if (q.length !== p.length) throw new Error('klByShares: q and p differ in length');
  return compensatedSum(q.map((qj, j) => klShare(qj, p[j]!, Math.log(p[j]!))));
}
