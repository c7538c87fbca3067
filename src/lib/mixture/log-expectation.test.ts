import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLogMixture, expectLogMixtureDerivatives, logMixturePrepared, prepareMixture } from './log-expectation';
import { gaussianPdf } from './gaussian';
import { mixtureLogPdf, type Mixture } from './mixture';
import { closeModes, fourNarrowWide, mixtureArb, mixtureOf, narrowWide, three } from '../test-support/mixtures';

/** Brute force: trapezoid on a uniform grid over mu ± 12 sigma with step h (spectrally accurate here). */
function bruteExpectLogP(p: Mixture, mu: number, sigma: number, h: number): number {
  const lo = mu - 12 * sigma;
  const n = Math.ceil((24 * sigma) / h);
  const step = (24 * sigma) / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const x = lo + i * step;
    const w = i === 0 || i === n ? 0.5 : 1;
    s += w * gaussianPdf(x, mu, sigma) * mixtureLogPdf(p, x);
  }
  return s * step;
}

describe('log-mixture', () => {
  it('logMixturePrepared(pm, x) agrees with mixtureLogPdf', () => {
    fc.assert(
      fc.property(mixtureArb, fc.double({ min: -200, max: 200, noNaN: true }), (p, x) => {
        const a = logMixturePrepared(prepareMixture(p), x);
        const b = mixtureLogPdf(p, x);
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('prepareMixture(p) puts the singularity of two equal-width terms at their crossing, π/|slope gap| off the axis', () => {
    // ½N(−2,1)+½N(2,1): a1 − a2 = −4x, zero at x = 0, so p = 0 at x = ±iπ/4.
    const pm = prepareMixture(closeModes);
    expect(pm.singularCount).toBe(1);
    expect(pm.singular[0]).toBeCloseTo(0, 14);
    expect(pm.singular[1]).toBeCloseTo(Math.PI / 4, 14);
  });

  it('expectLogMixture(pm, mu, sigma) matches brute-force fine-grid integration to 1e-9, narrow-and-wide included', () => {
    const farHalves = mixtureOf([0.5, -10, 0.1], [0.5, 10, 5]);
    const cases: Array<[Mixture, number, number]> = [
      [narrowWide, 0, 5],
      [farHalves, 0, 5],
      [farHalves, -10, 0.1],
      [mixtureOf([0.2, -3, 0.3], [0.3, 0, 1], [0.5, 4, 2]), 1, 3],
      [fourNarrowWide, 2, 4],
    ];
    for (const [p, mu, sigma] of cases) {
      const brute = bruteExpectLogP(p, mu, sigma, 0.002);
      const v = expectLogMixture(prepareMixture(p), mu, sigma);
      expect(Math.abs(v - brute)).toBeLessThan(1e-9 * Math.max(1, Math.abs(brute)));
    }
  });

  it('expectLogMixtureDerivatives(pm, mu, sigma) matches central differences of expectLogMixture', () => {
    const pm = prepareMixture(three);
    const E = (mu: number, ls: number): number => expectLogMixture(pm, mu, Math.exp(ls));
    for (const [mu, ls] of [
      [0.5, Math.log(2)],
      [-2.8, Math.log(0.6)],
      [3, 0],
    ] as const) {
      const d = expectLogMixtureDerivatives(pm, mu, Math.exp(ls), new Float64Array(6));
      const h = 1e-4;
      expect(d[0]).toBeCloseTo(E(mu, ls), 13);
      expect(d[1]).toBeCloseTo((E(mu + h, ls) - E(mu - h, ls)) / (2 * h), 6);
      expect(d[2]).toBeCloseTo((E(mu, ls + h) - E(mu, ls - h)) / (2 * h), 6);
      expect(d[3]).toBeCloseTo((E(mu + h, ls) - 2 * E(mu, ls) + E(mu - h, ls)) / (h * h), 3);
      expect(d[5]).toBeCloseTo((E(mu, ls + h) - 2 * E(mu, ls) + E(mu, ls - h)) / (h * h), 3);
      const cross = (E(mu + h, ls + h) - E(mu + h, ls - h) - E(mu - h, ls + h) + E(mu - h, ls - h)) / (4 * h * h);
      expect(d[4]).toBeCloseTo(cross, 3);
    }
  });

  it('expectLogMixtureDerivatives(pm, mu, sigma, out, fast) stays within 1e-6 of the accurate rule', () => {
    fc.assert(
      fc.property(
        mixtureArb,
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (p, mu, sigma) => {
          const pm = prepareMixture(p);
          const a = expectLogMixtureDerivatives(pm, mu, sigma, new Float64Array(6));
          const f = expectLogMixtureDerivatives(pm, mu, sigma, new Float64Array(6), true);
          return Math.abs(a[0]! - f[0]!) <= 1e-6 * Math.max(1, Math.abs(a[0]!));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
