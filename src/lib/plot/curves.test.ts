import { describe, expect, it } from 'vitest';
import { densityGrid, gaussianCurve, integrands, linspace, logTicks, mixtureCurve, niceCeiling, roundOutward } from './curves';
import { gaussianPdf } from '../mixture/gaussian';
import type { Mixture } from '../mixture/mixture';

/** N(x; mu, sigma²) written out here, independently of src/lib: exp(−(x−mu)²/(2σ²))/(σ√(2π)). */
const normalPdf = (x: number, mu: number, sigma: number) => Math.exp(-((x - mu) ** 2) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));

const p: Mixture = [
  { weight: 0.4, mu: -2, sigma: 0.5 },
  { weight: 0.6, mu: 2, sigma: 1.5 },
];

describe('curves', () => {
  it('linspace(lo, hi, n) includes both ends with even spacing', () => {
    expect(Array.from(linspace(-1, 1, 5))).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(linspace(3, 7, 1))).toEqual([3]);
  });

  it('mixtureCurve(p, xs) and gaussianCurve(q, xs) sample the closed-form densities', () => {
    const xs = linspace(-5, 5, 11);
    const m = mixtureCurve(p, xs);
    const g = gaussianCurve({ mu: 1, sigma: 2 }, xs);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const mixture = 0.4 * normalPdf(x, -2, 0.5) + 0.6 * normalPdf(x, 2, 1.5);
      expect(Math.abs(m[i]! - mixture)).toBeLessThanOrEqual(1e-14 * mixture);
      expect(Math.abs(g[i]! - normalPdf(x, 1, 2))).toBeLessThanOrEqual(1e-14 * normalPdf(x, 1, 2));
    }
    // scipy.stats.norm.pdf: 0.4·pdf(−2; −2, 0.5) + 0.6·pdf(−2; 2, 1.5), pdf(−5; 1, 2), and the far tail at x = −5.
    expect(m[3]).toBeCloseTo(0.3237122187306652, 15);
    expect(g[0]).toBeCloseTo(0.0022159242059690038, 15);
    expect(m[0]! / 2.9832790545318544e-6).toBeCloseTo(1, 12);
  });

  it('integrands(p, q, xs) integrate to KL(p‖q) and KL(q‖p) computed by mpmath', () => {
    const q = { mu: 0.5, sigma: 2 };
    const xs = linspace(-30, 30, 60001);
    const { forward, reverse } = integrands(p, q, xs);
    const h = xs[1]! - xs[0]!;
    let f = 0;
    let r = 0;
    for (let i = 0; i < xs.length; i++) {
      f += forward[i]! * h;
      r += reverse[i]! * h;
    }
    // mpmath.quad at 30 digits of p·ln(p/q) and q·ln(q/p) over [−40, 40], split at −2, 0.5 and 2.
    expect(f).toBeCloseTo(0.28353237315121907, 9);
    expect(r).toBeCloseTo(0.35432758785598327, 9);
  });

  it('integrands(p, q, xs) give 0, not NaN, where densities underflow (x = ±200)', () => {
    const { forward, reverse } = integrands(p, { mu: 0, sigma: 0.1 }, [-200, 200]);
    expect(Array.from(forward)).toEqual([0, 0]);
    expect(Array.from(reverse)).toEqual([0, 0]);
  });

  it('densityGrid(lo, hi, [], n) is linspace(lo, hi, n)', () => {
    expect(Array.from(densityGrid(-5, 5, [], 11))).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
  });

  it('densityGrid(lo, hi, gaussians) is strictly increasing from lo to hi and holds every mean', () => {
    const gs = [{ mu: -2, sigma: 0.6 }, { mu: 2.05, sigma: 0.1 }, { mu: 9.9, sigma: 3 }];
    const xs = densityGrid(-8, 10, gs);
    expect(xs[0]).toBe(-8);
    expect(xs.at(-1)).toBe(10);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    for (const g of gs) expect(xs).toContain(g.mu);
    expect(xs.length).toBeLessThan(220);
  });

  it('densityGrid draws a narrow peak within 1% of its height, where 400 even points miss by more', () => {
    // N(0.33, 0.1²) on [−10, 10]: the straight segments between grid points against the exact density.
    const g = { mu: 0.33, sigma: 0.1 };
    const peak = gaussianPdf(g.mu, g.mu, g.sigma);
    const worst = (xs: ArrayLike<number>) => {
      let err = 0;
      for (let i = 0; i + 1 < xs.length; i++) {
        const a = xs[i]!;
        const b = xs[i + 1]!;
        for (let t = 0.1; t < 1; t += 0.2) {
          const x = a + t * (b - a);
          const line = (1 - t) * gaussianPdf(a, g.mu, g.sigma) + t * gaussianPdf(b, g.mu, g.sigma);
          err = Math.max(err, Math.abs(line - gaussianPdf(x, g.mu, g.sigma)) / peak);
        }
      }
      return err;
    };
    expect(worst(densityGrid(-10, 10, [g]))).toBeLessThan(0.01);
    expect(worst(linspace(-10, 10, 400))).toBeGreaterThan(0.01);
  });

  it('densityGrid(lo, hi) with lo ≥ hi is [lo]', () => {
    expect(Array.from(densityGrid(1, 1, [{ mu: 0, sigma: 1 }]))).toEqual([1]);
  });
});

describe('axis helpers', () => {
  it('niceCeiling(x) rounds up to a multiple of half a power of ten', () => {
    expect(niceCeiling(0.37)).toBeCloseTo(0.4, 15);
    expect(niceCeiling(0.4)).toBeCloseTo(0.4, 15);
    expect(niceCeiling(1.2)).toBe(1.5);
    expect(niceCeiling(7.2)).toBe(7.5);
    expect(niceCeiling(0.0123)).toBeCloseTo(0.015, 15);
    expect(niceCeiling(0)).toBe(0);
    expect(niceCeiling(Infinity)).toBe(Infinity);
  });

  it('logTicks(lo, hi) gives both ends and the powers of ten at least 3 times from each', () => {
    expect(logTicks(2, 1000)).toEqual([2, 10, 100, 1000]);
    expect(logTicks(2, 1500)).toEqual([2, 10, 100, 1500]);
    expect(logTicks(2, 1_000_000)).toEqual([2, 10, 100, 1000, 10_000, 100_000, 1_000_000]);
    expect(logTicks(2, 10)).toEqual([2, 10]);
    expect(logTicks(2, 2)).toEqual([2]);
  });

  it('roundOutward(lo, hi) widens to multiples of the power of ten at or below half the width', () => {
    const [a, b] = roundOutward(1.93, 2.43);
    expect(a).toBeCloseTo(1.9, 14);
    expect(b).toBeCloseTo(2.5, 14);
    expect(roundOutward(-1.65, 1.65)).toEqual([-2, 2]);
    expect(roundOutward(-0.5, 0.5)).toEqual([-0.5, 0.5]);
    expect(roundOutward(3, 3)).toEqual([3, 3]);
  });
});
