import { describe, expect, it } from 'vitest';
import { integrandCurves } from './integrands';

/** Trapezoid rule over the returned grid, written here independently of the library. */
const trapezoid = (x: number[], y: number[]) => y.slice(1).reduce((s, yi, i) => s + ((yi + y[i]!) / 2) * (x[i + 1]! - x[i]!), 0);

describe('integrandCurves', () => {
  it('integrandCurves integrate to the closed-form KL when p is a single Gaussian', () => {
    // KL(N(0,1)‖N(1,2²)) = ln 2 + (1 + 1)/(2·4) − ½ = ln 2 − 0.25; KL(N(1,2²)‖N(0,1)) = −ln 2 + (4 + 1)/2 − ½ = 2 − ln 2.
    const p = [{ weight: 1, mu: 0, sigma: 1 }];
    const q = { mu: 1, sigma: 2 };
    const c = integrandCurves(p, q, q, 8001, 10);
    expect(trapezoid(c.x, c.forward)).toBeCloseTo(Math.LN2 - 0.25, 6);
    expect(trapezoid(c.x, c.reverse)).toBeCloseTo(2 - Math.LN2, 6);
  });

  it('integrandCurves stay finite far from the modes', () => {
    const c = integrandCurves([{ weight: 0.5, mu: -8, sigma: 0.1 }, { weight: 0.5, mu: 8, sigma: 0.1 }], { mu: 0, sigma: 8 }, { mu: 8, sigma: 0.1 });
    expect(c.forward.every(Number.isFinite)).toBe(true);
    expect(c.reverse.every(Number.isFinite)).toBe(true);
  });
});
