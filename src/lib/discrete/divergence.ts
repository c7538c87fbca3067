/**
 * Entropy, cross-entropy and KL divergence of discrete distributions, in nats.
 * Conventions: 0·log(0/x) = 0, and an outcome with p > 0 but q = 0 makes KL(p‖q) and H(p, q) = +∞.
 */

/** (1 + d)·ln(1 + d) − d for d ≥ −1 (1 at d = −1, exactly 0 at d = 0), without the cancellation the direct formula suffers near d = 0. */
export function excessLogTerm(d: number): number {
  if (d === -1) return 1;
  if (Math.abs(d) < 1e-3) {
    // Taylor series d²/2 − d³/6 + d⁴/12 − d⁵/20 + d⁶/30: the first omitted term is below 1e-19·d².
    const d2 = d * d;
    return d2 * (0.5 + d * (-1 / 6 + d * (1 / 12 + d * (-1 / 20 + d / 30))));
  }
  return (1 + d) * Math.log1p(d) - d;
}

/** Past this d = (p − q)/q, KL's bracket (1 + d)·ln(1 + d) − d is summed directly instead. */
const LARGE_RATIO = 1e10;

/** Σ with Neumaier compensation, so sums of mixed-sign terms stay accurate to an ulp; the first non-finite term is returned as the sum. */
export function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let carry = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) return v === Infinity || v === -Infinity ? v : Number.NaN;
    const t = sum + v;
    carry += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + carry;
}

/** H(p) = −Σ p_i ln p_i in nats; outcomes with p_i = 0 contribute 0. */
export function entropy(p: readonly number[]): number {
  return compensatedSum(p.map((pi) => (pi > 0 ? -pi * Math.log(pi) : 0)));
}

/** H(p, q) = −Σ p_i ln q_i in nats; +∞ when some q_i = 0 < p_i. */
export function crossEntropy(p: readonly number[], q: readonly number[]): number {
  return compensatedSum(
    p.map((pi, i) => {
      if (pi === 0) return 0;
      const qi = q[i] ?? 0;
      return qi > 0 ? -pi * Math.log(qi) : Infinity;
    }),
  );
}

/** p_i·ln(p_i/q_i) for each outcome: 0 where p_i = 0, +∞ where q_i = 0 < p_i; may be negative. */
export function klContributions(p: readonly number[], q: readonly number[]): number[] {
  return p.map((pi, i) => {
    if (pi === 0) return 0;
    const qi = q[i] ?? 0;
    return qi > 0 ? pi * (Math.log(pi) - Math.log(qi)) : Infinity;
  });
}

/**
 * KL(p‖q) = Σ p_i ln(p_i/q_i) in nats: ≥ 0, exactly 0 when p = q, +∞ when some q_i = 0 < p_i.
 * Summed as Σ q_i·[(1+d_i)ln(1+d_i) − d_i] + Σ(p_i − q_i) with d_i = (p_i − q_i)/q_i: every bracket
 * is ≥ 0, so a tiny divergence is not the difference of large terms and keeps its relative accuracy.
 * Never negative: a rounding-level shortfall of the vectors' sums below each other gives 0.
 */
export function kl(p: readonly number[], q: readonly number[]): number {
  const terms: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] ?? 0;
    const qi = q[i] ?? 0;
    if (qi === 0) {
      if (pi > 0) return Infinity;
      continue;
    }
    const d = (pi - qi) / qi;
    // Far beyond 1 (q_i near the smallest doubles) the bracket overflows: there p_i·ln(p_i/q_i) − (p_i − q_i)
    // has no cancellation to fear, and ln p_i − ln q_i stays finite where p_i/q_i does not.
    terms.push(d < LARGE_RATIO ? qi * excessLogTerm(d) : pi * (Math.log(pi) - Math.log(qi)) - (pi - qi));
  }
  const massGap = compensatedSum([...p, ...q.map((qi) => -qi)]);
  // Vectors accepted as distributions may miss a sum of 1 by up to 1e-9; a negative total can only come
  // from that, never from two distributions, so it is reported as the 0 it stands for.
  return Math.max(0, compensatedSum(terms) + massGap);
}
