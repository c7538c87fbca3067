import { describe, expect, it } from 'vitest';
import { densityGrid, gaussianCurve, integrands, linspace, mixtureCurve } from './curves';
import { gaussianPdf } from '../mixture/gaussian';
import { forwardKL, reverseKL } from '../fits/divergences';
import { mixturePdf, type Mixture } from '../mixture/mixture';

const p: Mixture = [
  { weight: 0.4, mu: -2, sigma: 0.5 },
  { weight: 0.6, mu: 2, sigma: 1.5 },
];

describe('curves', () => {
  it('linspace(lo, hi, n) includes both ends with even spacing', () => {
    expect(Array.from(linspace(-1, 1, 5))).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(linspace(3, 7, 1))).toEqual([3]);
  });

  it('mixtureCurve(p, xs) and gaussianCurve(q, xs) sample the densities', () => {
    const xs = linspace(-5, 5, 11);
    const m = mixtureCurve(p, xs);
    const g = gaussianCurve({ mu: 1, sigma: 2 }, xs);
    for (let i = 0; i < xs.length; i++) {
      expect(m[i]).toBeCloseTo(mixturePdf(p, xs[i]!), 15);
      expect(g[i]).toBeCloseTo(gaussianPdf(xs[i]!, 1, 2), 15);
    }
  });

  it('integrands(p, q, xs) integrate to forwardKL and reverseKL', () => {
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
    expect(f).toBeCloseTo(forwardKL(p, q), 9);
    expect(r).toBeCloseTo(reverseKL(q, p), 9);
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
