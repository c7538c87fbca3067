import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianPdf } from './gaussian';
import {
  componentsOverlap,
  mixtureKurtosis,
  mixtureLogPdf,
  mixtureMean,
  mixturePdf,
  mixtureVariance,
  normalizeMixture,
  plotRange,
  type Mixture,
} from './mixture';
import { trapezoid } from '../test-support/integration';
import { mixtureArb, narrowWide, three } from '../test-support/mixtures';

const twoComp: Mixture = [
  { weight: 0.3, mu: 0, sigma: 1 },
  { weight: 0.7, mu: 1, sigma: 2 },
];

describe('mixture', () => {
  it('mixtureLogPdf(p, x) is accurate far in the tails (x = ±200)', () => {
    // mpmath at 50 digits: log(Σ w_i N(x; mu_i, sigma_i²)).
    expect(mixtureLogPdf(twoComp, 200)).toBeCloseTo(-4952.0937606577033505, 9);
    expect(mixtureLogPdf(twoComp, -200)).toBeCloseTo(-5052.0937606577033505, 9);
    expect(mixtureLogPdf(twoComp, 0.5)).toBeCloseTo(-1.4231515636992951575, 14);
    expect(mixtureLogPdf(narrowWide, 200)).toBeCloseTo(-803.22152362619871843, 10);
    expect(mixtureLogPdf(narrowWide, -200)).toBeCloseTo(-803.22152362619871843, 10);
    expect(mixtureLogPdf(narrowWide, 0.3)).toBeCloseTo(-2.7809156941726435802, 14);
  });

  it('mixturePdf(p, x) equals the weighted sum of component densities', () => {
    fc.assert(
      fc.property(mixtureArb, fc.double({ min: -15, max: 15, noNaN: true }), (p, x) => {
        const direct = p.reduce((s, c) => s + c.weight * gaussianPdf(x, c.mu, c.sigma), 0);
        return Math.abs(mixturePdf(p, x) - direct) <= 1e-12 * Math.max(direct, 1e-300) + 1e-300;
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('mixtureMean(p) and mixtureVariance(p) equal the fine-grid first and second moments', () => {
    for (const p of [twoComp, narrowWide]) {
      const lo = -40;
      const hi = 40;
      const n = 100000;
      const m = trapezoid((x) => x * mixturePdf(p, x), lo, hi, n);
      const v = trapezoid((x) => (x - m) ** 2 * mixturePdf(p, x), lo, hi, n);
      expect(Math.abs(mixtureMean(p) - m)).toBeLessThan(1e-10);
      expect(Math.abs(mixtureVariance(p) - v)).toBeLessThan(1e-9);
    }
  });

  it('mixtureMean(p) and mixtureVariance(p) follow Σw·mu and Σw·(σ² + (mu − mean)²)', () => {
    expect(mixtureMean(twoComp)).toBeCloseTo(0.7, 15);
    // 0.3·(1 + 0.49) + 0.7·(4 + 0.09)
    expect(mixtureVariance(twoComp)).toBeCloseTo(0.3 * 1.49 + 0.7 * 4.09, 14);
  });

  it('normalizeMixture(p) rescales weights to sum to 1 and rejects empty mixtures', () => {
    const n = normalizeMixture([
      { weight: 0.99, mu: 0, sigma: 1 },
      { weight: 0.99, mu: 1, sigma: 1 },
      { weight: 0.02, mu: 2, sigma: 1 },
    ]);
    expect(n.map((c) => c.weight)).toEqual([0.495, 0.495, 0.01]);
    expect(() => normalizeMixture([])).toThrow();
  });

  it('plotRange(p, gaussians) covers every component and Gaussian to ±4 sigma', () => {
    const [lo, hi] = plotRange(twoComp, [{ mu: 10, sigma: 0.5 }]);
    expect(lo).toBeCloseTo(-7, 12);
    expect(hi).toBeCloseTo(12, 12);
  });

  it('mixtureKurtosis(p) is 3 for a single Gaussian, whatever its mean, width or weight', () => {
    expect(mixtureKurtosis([{ weight: 0.4, mu: -7, sigma: 0.3 }])).toBeCloseTo(3, 13);
  });

  it('mixtureKurtosis(½N(−a, s²) + ½N(a, s²)) is (a⁴ + 6a²s² + 3s⁴)/(a² + s²)² (hand derivation)', () => {
    const a = 2;
    const s = 0.6;
    const p: Mixture = [
      { weight: 0.5, mu: -a, sigma: s },
      { weight: 0.5, mu: a, sigma: s },
    ];
    expect(mixtureKurtosis(p)).toBeCloseTo((a ** 4 + 6 * a * a * s * s + 3 * s ** 4) / (a * a + s * s) ** 2, 14);
  });

  it('mixtureKurtosis matches scipy.integrate.quad of the fourth central moment for three components', () => {
    // 0.3·N(−3, 0.5²) + 0.3·N(0, 1) + 0.4·N(4, 2²): scipy gives mean 0.7, variance 10.585, kurtosis 2.101675952972194.
    expect(mixtureKurtosis(three)).toBeCloseTo(2.101675952972194, 12);
  });

  it('mixtureKurtosis(p) ≥ 1 for random mixtures (Var((X − μ)²) ≥ 0)', () => {
    fc.assert(fc.property(mixtureArb, (p) => mixtureKurtosis(p) >= 1 - 1e-12), { seed: 3, numRuns: 300 });
  });

  it('componentsOverlap(p): means closer than 3(σᵢ + σⱼ), for any pair, and never for one component', () => {
    const c = (mu: number, sigma: number) => ({ weight: 0.5, mu, sigma });
    // The lesson's default, ±2 with σ = 0.6: 4 apart against 3 · 1.2 = 3.6, so drawn apart.
    expect(componentsOverlap([c(-2, 0.6), c(2, 0.6)])).toBe(false);
    expect(componentsOverlap([c(-1.7, 0.6), c(2, 0.6)])).toBe(false);
    expect(componentsOverlap([c(-1.5, 0.6), c(2, 0.6)])).toBe(true);
    // Only the third pair overlaps.
    expect(componentsOverlap([c(-10, 1), c(0, 0.5), c(2, 0.5)])).toBe(true);
    expect(componentsOverlap([c(-10, 1), c(0, 0.5), c(4, 0.5)])).toBe(false);
    expect(componentsOverlap([c(0, 1)])).toBe(false);
  });
});
