import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropy, entropy, kl, klContributions } from './divergence';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/** Strictly positive probability vectors of 2–10 outcomes (each mass ≥ 1e-6 before normalizing). */
const positiveDistribution = (length?: number) =>
  fc
    .array(fc.double({ min: 1e-6, max: 1, noNaN: true }), length ? { minLength: length, maxLength: length } : { minLength: 2, maxLength: 10 })
    .map((xs) => {
      const sum = xs.reduce((a, b) => a + b, 0);
      return xs.map((x) => x / sum);
    });

const positivePair = fc.integer({ min: 2, max: 10 }).chain((n) => fc.tuple(positiveDistribution(n), positiveDistribution(n)));

describe('kl', () => {
  it('kl([0.5, 0.5], [0.7, 0.3]) is the worked anchor 0.5·ln(25/21) to 1e-12', () => {
    // By hand: 0.5·ln(0.5/0.7) + 0.5·ln(0.5/0.3) = 0.5·ln(25/21), evaluated to 20 digits with mpmath.
    expect(relativeError(kl([0.5, 0.5], [0.7, 0.3]), 0.08717669357238887635)).toBeLessThan(1e-12);
  });

  it('kl(q, p) for the anchor is 0.7·ln 1.4 + 0.3·ln 0.6, smaller than the forward direction', () => {
    // 0.7·ln(0.7/0.5) + 0.3·ln(0.3/0.5), evaluated to 20 digits with mpmath.
    expect(relativeError(kl([0.7, 0.3], [0.5, 0.5]), 0.08228287850505184639)).toBeLessThan(1e-12);
  });

  it("kl(P, uniform) matches Wikipedia's published example 0.0852996 nats", () => {
    expect(kl([9 / 25, 12 / 25, 4 / 25], [1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(0.0852996, 7);
    expect(kl([1 / 3, 1 / 3, 1 / 3], [9 / 25, 12 / 25, 4 / 25])).toBeCloseTo(0.097455, 6);
  });

  it('kl(p, q) is +∞ when q is 0 where p is not', () => {
    expect(kl([0.5, 0.5], [1, 0])).toBe(Infinity);
  });

  it('kl(p, q) ignores outcomes where p is 0 (0·log 0 = 0)', () => {
    // Only outcome 1 counts: 1·ln(1/0.5) = ln 2.
    expect(relativeError(kl([1, 0], [0.5, 0.5]), Math.LN2)).toBeLessThan(1e-15);
  });

  it('kl(p, p) is exactly 0', () => {
    fc.assert(fc.property(positiveDistribution(), (p) => kl(p, p) === 0), { seed: 42 });
  });

  it('kl(p, q) of a nearly equal pair keeps its relative accuracy (2ε² for p = ½ ± ε)', () => {
    // Series: KL([½,½] ‖ [½+ε, ½−ε]) = −½ln(1−4ε²) = 2ε² + 4ε⁴ + …; with ε = 2⁻²⁰ every input is exact.
    const eps = 2 ** -20;
    const expected = -0.5 * Math.log1p(-4 * eps * eps);
    expect(relativeError(kl([0.5, 0.5], [0.5 + eps, 0.5 - eps]), expected)).toBeLessThan(1e-12);
  });

  it('kl(p, q) is non-negative and 0 only when p = q', () => {
    fc.assert(
      fc.property(positivePair, ([p, q]) => {
        const d = kl(p, q);
        const same = p.every((pi, i) => pi === q[i]);
        return d >= 0 && (same || d > 0 || p.every((pi, i) => Math.abs(pi - (q[i] ?? 0)) < 1e-7));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('kl(p, q) equals H(p, q) − H(p) to 1e-12', () => {
    fc.assert(
      fc.property(positivePair, ([p, q]) => Math.abs(kl(p, q) - (crossEntropy(p, q) - entropy(p))) <= 1e-12 * Math.max(1, crossEntropy(p, q))),
      { seed: 42, numRuns: 500 },
    );
  });

  it('kl(p, q) is unchanged when the outcomes are permuted together', () => {
    fc.assert(
      fc.property(positivePair, fc.integer({ min: 0, max: 1e6 }), ([p, q], shift) => {
        const order = p.map((_, i) => (i + shift) % p.length);
        const permute = (v: number[]) => order.map((i) => v[i] ?? 0);
        return Math.abs(kl(permute(p), permute(q)) - kl(p, q)) <= 1e-15 * Math.max(1, kl(p, q));
      }),
      { seed: 42 },
    );
  });

  it('kl(p, q) is asymmetric: the two directions differ for the anchor pair', () => {
    expect(kl([0.5, 0.5], [0.7, 0.3])).not.toBeCloseTo(kl([0.7, 0.3], [0.5, 0.5]), 6);
  });
});

describe('entropy and cross-entropy', () => {
  it('entropy([0.5, 0.5]) is ln 2 and entropy of a point mass is 0', () => {
    expect(entropy([0.5, 0.5])).toBe(Math.LN2);
    expect(entropy([1, 0, 0])).toBe(0);
  });

  it('entropy(uniform over n) is ln n', () => {
    for (let n = 2; n <= 10; n++) expect(relativeError(entropy(Array(n).fill(1 / n)), Math.log(n))).toBeLessThan(1e-14);
  });

  it('crossEntropy([0.5, 0.5], [0.7, 0.3]) is ½ln(1/0.21)', () => {
    // −0.5·ln 0.7 − 0.5·ln 0.3 = −0.5·ln 0.21, evaluated with mpmath.
    expect(relativeError(crossEntropy([0.5, 0.5], [0.7, 0.3]), 0.78032387413233418577)).toBeLessThan(1e-12);
  });

  it('crossEntropy(p, q) is +∞ when q is 0 where p is not, and finite when p is 0 there', () => {
    expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(crossEntropy([1, 0], [1, 0])).toBe(0);
  });

  it('crossEntropy(p, q) ≥ entropy(p) (Gibbs)', () => {
    fc.assert(fc.property(positivePair, ([p, q]) => crossEntropy(p, q) >= entropy(p) - 1e-12), { seed: 42 });
  });
});

describe('klContributions', () => {
  it('klContributions(anchor) are ½ln(5/7) ≈ −0.168 and ½ln(5/3) ≈ 0.255', () => {
    const [a = NaN, b = NaN] = klContributions([0.5, 0.5], [0.7, 0.3]);
    expect(a).toBeCloseTo(0.5 * Math.log(5 / 7), 15);
    expect(b).toBeCloseTo(0.5 * Math.log(5 / 3), 15);
    expect(a).toBeCloseTo(-0.168, 3);
    expect(b).toBeCloseTo(0.255, 3);
  });

  it('klContributions marks an outcome with q = 0 < p as +∞ and p = 0 as 0', () => {
    expect(klContributions([0.5, 0.5, 0], [1, 0, 0])).toEqual([0.5 * Math.log(0.5), Infinity, 0]);
  });
});
