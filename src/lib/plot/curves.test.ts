import { describe, expect, it } from 'vitest';
import { gaussianCurve, integrands, linspace, mixtureCurve } from './curves';
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
});
