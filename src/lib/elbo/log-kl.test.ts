import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klByShares, klShare, klToLogDistribution } from './log-kl';
import { expectRelativelyClose } from '../test-support/assertions';

/** Probability vectors of length n, some entries exactly 0, normalized. */
const distribution = (n: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1, noNaN: true })), { minLength: n, maxLength: n })
    .filter((v) => v.some((x) => x > 0))
    .map((v) => {
      const s = v.reduce((a, b) => a + b, 0);
      return v.map((x) => x / s);
    });

describe('klShare', () => {
  it('klShare(0, pi, log pi) is pi (0·log 0 = 0, and the share carries its +pi)', () => {
    expect(klShare(0, 0.25, Math.log(0.25))).toBe(0.25);
  });

  it('klShare(q, q, log q) is exactly 0', () => {
    fc.assert(fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true }), (q) => klShare(q, q, Math.log(q)) === 0), { seed: 42 });
  });

  it('klShare(q, pi, log pi) is q·ln(q/pi) − q + pi by hand: 1·ln 4 − 1 + 0.25 for q = 1, pi = 1/4', () => {
    expectRelativelyClose(klShare(1, 0.25, Math.log(0.25)), 2 * Math.LN2 - 0.75, 1e-15);
    // Below pi: 0.1·ln(0.1/0.5) − 0.1 + 0.5 = 0.4 − 0.1·ln 5 (near, q ≥ pi/2, and far forms both).
    expectRelativelyClose(klShare(0.1, 0.5, Math.log(0.5)), 0.4 - 0.1 * Math.log(5), 1e-15);
    expectRelativelyClose(klShare(0.3, 0.5, Math.log(0.5)), 0.2 + 0.3 * Math.log(0.6), 1e-14);
  });

  it('klShare(q, 0, logPi) stays finite and exact when pi underflows (logPi = −31 000)', () => {
    // q·(ln q − logPi) − q + e^logPi with e^−31000 far below an ulp of the rest.
    expectRelativelyClose(klShare(0.5, 0, -31000), 0.5 * (Math.log(0.5) + 31000) - 0.5, 1e-15);
  });

  it('klShare(q, 0, −∞) is +∞ for q > 0', () => {
    expect(klShare(0.5, 0, -Infinity)).toBe(Infinity);
  });

  it('klShare(q, pi, log pi) is never negative or NaN', () => {
    const p = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(p, p, (q, pi) => {
        const s = klShare(q, pi, Math.log(pi));
        return s >= 0 && !Number.isNaN(s);
      }),
      { seed: 42 },
    );
  });
});

describe('klToLogDistribution', () => {
  it('klToLogDistribution([1, 0], log [½, ½]) is ln 2', () => {
    expectRelativelyClose(klToLogDistribution([1, 0], [Math.log(0.5), Math.log(0.5)]), Math.LN2, 1e-15);
  });

  it('klToLogDistribution([½, ½], [−1000, ≈0]) is 500 − ln 2 although e^−1000 underflows', () => {
    // ½(ln ½ + 1000) + ½ ln(½/(1 − e^−1000)) = 500 − ln 2 + O(e^−1000).
    expectRelativelyClose(klToLogDistribution([0.5, 0.5], [-1000, -Math.exp(-1000)]), 500 - Math.LN2, 1e-15);
  });

  it('klToLogDistribution(q, log q) is exactly 0 when q is read back from its logarithms', () => {
    fc.assert(
      fc.property(distribution(4), (q) => {
        const logQ = q.map(Math.log);
        return klToLogDistribution(logQ.map(Math.exp), logQ) === 0;
      }),
      { seed: 42 },
    );
  });

  it('klToLogDistribution(q, log p) is non-negative and agrees with the linear KL Σ q ln(q/p) summed directly', () => {
    fc.assert(
      fc.property(distribution(3), distribution(3), (q, p) => {
        const d = klToLogDistribution(q, p.map(Math.log));
        // Independent check by the textbook sum (fine here: no underflow and no near-cancellation is asserted).
        let direct = 0;
        for (let j = 0; j < q.length; j++) if (q[j]! > 0) direct += p[j]! > 0 ? q[j]! * Math.log(q[j]! / p[j]!) : Infinity;
        return d >= 0 && (d === direct || Math.abs(d - direct) <= 1e-12 * Math.max(1, Math.abs(direct)));
      }),
      { seed: 42 },
    );
  });

  it('klToLogDistribution(q, logPi) throws when the lengths differ', () => {
    expect(() => klToLogDistribution([1], [0, 0])).toThrow();
  });
});

describe('klByShares', () => {
  it('klByShares([½, ½], [0.7, 0.3]) is the worked anchor 0.5·ln(25/21)', () => {
    // By hand: 0.5·ln(0.5/0.7) + 0.5·ln(0.5/0.3) = 0.5·ln(25/21), 20 digits from mpmath.
    expectRelativelyClose(klByShares([0.5, 0.5], [0.7, 0.3]), 0.08717669357238887635, 1e-14);
  });

  it('klByShares(p, p) is exactly 0', () => {
    fc.assert(fc.property(distribution(4), (p) => klByShares(p, p) === 0), { seed: 42 });
  });

  it('klByShares(q, p) is +∞ when p is 0 where q is not', () => {
    expect(klByShares([0.5, 0.5], [1, 0])).toBe(Infinity);
  });
});
