import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianEntropy, gaussianLogPdf, gaussianPdf, klGaussian, LOG_SQRT_2PI } from './gaussian';

/** Trapezoid rule on a uniform grid: spectrally accurate for smooth, decaying integrands on the line. */
function trapezoid(f: (x: number) => number, lo: number, hi: number, n: number): number {
  const h = (hi - lo) / n;
  let s = 0.5 * (f(lo) + f(hi));
  for (let i = 1; i < n; i++) s += f(lo + i * h);
  return s * h;
}

describe('gaussian', () => {
  it('gaussianPdf(x, mu, sigma) equals exp(−(x−mu)²/(2σ²))/(σ√(2π))', () => {
    expect(gaussianPdf(1.5, 0.5, 2)).toBeCloseTo(Math.exp(-0.125) / (2 * Math.sqrt(2 * Math.PI)), 15);
    expect(gaussianPdf(0, 0, 1)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });

  it('gaussianLogPdf(x, mu, sigma) stays finite where the density underflows', () => {
    expect(gaussianPdf(200, 0, 0.1)).toBe(0);
    expect(gaussianLogPdf(200, 0, 0.1)).toBeCloseTo(-2e6 - Math.log(0.1) - LOG_SQRT_2PI, 6);
  });

  it('gaussianEntropy(sigma) equals −∫q ln q on a fine grid', () => {
    for (const sigma of [0.1, 1, 5]) {
      const brute = trapezoid(
        (x) => -gaussianPdf(x, 0, sigma) * gaussianLogPdf(x, 0, sigma),
        -15 * sigma,
        15 * sigma,
        20000,
      );
      expect(Math.abs(gaussianEntropy(sigma) - brute)).toBeLessThan(1e-12);
      expect(gaussianEntropy(sigma)).toBeCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma), 14);
    }
  });

  it('klGaussian(mu1, s1, mu2, s2) matches ln2 + 1/4 − 1/2 for N(0,1) against N(1,2²)', () => {
    // ln(σ2/σ1) + (σ1² + Δμ²)/(2σ2²) − ½ = ln 2 + 2/8 − ½ by hand.
    expect(klGaussian(0, 1, 1, 2)).toBeCloseTo(Math.LN2 - 0.25, 15);
  });

  it('klGaussian(mu1, s1, mu2, s2) equals the fine-grid integral of q1 ln(q1/q2)', () => {
    const cases: Array<[number, number, number, number]> = [
      [0, 1, 1, 2],
      [-3, 0.1, 4, 5],
      [2, 5, -1, 0.7],
    ];
    for (const [m1, s1, m2, s2] of cases) {
      const brute = trapezoid(
        (x) => gaussianPdf(x, m1, s1) * (gaussianLogPdf(x, m1, s1) - gaussianLogPdf(x, m2, s2)),
        m1 - 14 * s1,
        m1 + 14 * s1,
        40000,
      );
      expect(Math.abs(klGaussian(m1, s1, m2, s2) - brute)).toBeLessThan(1e-9 * Math.max(1, brute));
    }
  });

  it('klGaussian(mu1, s1, mu2, s2) is non-negative and zero only for equal Gaussians', () => {
    const mu = fc.double({ min: -10, max: 10, noNaN: true });
    const sigma = fc.double({ min: 0.1, max: 5, noNaN: true });
    fc.assert(
      fc.property(mu, sigma, mu, sigma, (m1, s1, m2, s2) => {
        const kl = klGaussian(m1, s1, m2, s2);
        return kl >= 0 && klGaussian(m1, s1, m1, s1) === 0;
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
