import { describe, expect, it } from 'vitest';
import { gaussianCurve, integrands, linspace, mixtureCurve } from './curves';
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
});
