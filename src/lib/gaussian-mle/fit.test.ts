import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianMle, prefixFits } from './fit';

/** μ̂ and σ̂ (divisor n) of xs[0..n) by a plain two-pass loop, independent of the code under test. */
function twoPass(xs: ArrayLike<number>, n: number): { mu: number; sigma: number } {
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i]!;
  const mu = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (xs[i]! - mu) ** 2;
  return { mu, sigma: Math.sqrt(v / n) };
}

describe('gaussianMle', () => {
  it('gaussianMle([1, 2, 3, 4]) is μ̂ = 2.5 and σ̂ = √1.25, the divisor-n standard deviation', () => {
    const fit = gaussianMle([1, 2, 3, 4]);
    expect(fit.mu).toBe(2.5);
    expect(fit.sigma).toBeCloseTo(Math.sqrt(1.25), 15);
  });

  it('gaussianMle([0, 2]) uses divisor n: σ̂ = 1, not √2', () => {
    expect(gaussianMle([0, 2])).toEqual({ mu: 1, sigma: 1 });
  });

  it('gaussianMle keeps every digit far from 0: [1e9 − 1, 1e9, 1e9 + 1] gives σ̂ = √(2/3)', () => {
    const fit = gaussianMle([1e9 - 1, 1e9, 1e9 + 1]);
    expect(fit.mu).toBe(1e9);
    expect(fit.sigma).toBeCloseTo(Math.sqrt(2 / 3), 15);
  });

  it('gaussianMle of one draw, or of equal draws, has σ̂ = 0', () => {
    expect(gaussianMle([3.5])).toEqual({ mu: 3.5, sigma: 0 });
    expect(gaussianMle([0.1, 0.1, 0.1]).sigma).toBe(0);
  });

  it('gaussianMle([]) throws RangeError', () => {
    expect(() => gaussianMle([])).toThrow(RangeError);
  });

  it('gaussianMle of a million draws is exact to ~1e-15: 10⁶ copies of ±0.1 around 10 give μ̂ = 10, σ̂ = 0.1', () => {
    // 0.1 is not a binary fraction, so a naive running sum drifts by ~1e-12; the compensated one does not.
    const xs = Float64Array.from({ length: 1_000_000 }, (_, i) => (i % 2 === 0 ? 10.1 : 9.9));
    const fit = gaussianMle(xs);
    expect(Math.abs(fit.mu - 10)).toBeLessThan(1e-14);
    // 10.1 and 9.9 are 10 ± (0.1 ± 1e-15) as doubles.
    expect(Math.abs(fit.sigma - 0.1)).toBeLessThan(2e-14);
  });
});

describe('prefixFits', () => {
  it('prefixFits(xs, checkpoints) equals a two-pass fit of each prefix, to 1e-13', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 300 }),
        fc.integer({ min: 1, max: 10 }),
        (xs, step) => {
          const checkpoints: number[] = [];
          for (let i = 1; i <= xs.length; i += step) checkpoints.push(i);
          const fits = prefixFits(xs, checkpoints);
          checkpoints.forEach((i, c) => {
            const ref = twoPass(xs, i);
            const scale = Math.max(1, ...xs.slice(0, i).map(Math.abs));
            expect(Math.abs(fits.mu[c]! - ref.mu)).toBeLessThan(1e-13 * scale);
            expect(Math.abs(fits.sigma[c]! - ref.sigma)).toBeLessThan(1e-12 * scale);
          });
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('prefixFits with no checkpoints returns empty arrays', () => {
    expect(prefixFits([1, 2], []).mu).toHaveLength(0);
  });

  it('prefixFits throws RangeError for checkpoints out of order or beyond the sample', () => {
    expect(() => prefixFits([1, 2, 3], [2, 2])).toThrow(RangeError);
    expect(() => prefixFits([1, 2, 3], [0])).toThrow(RangeError);
    expect(() => prefixFits([1, 2, 3], [4])).toThrow(RangeError);
    expect(() => prefixFits([1, 2, 3], [1.5])).toThrow(RangeError);
  });
});
