import { describe, expect, it } from 'vitest';
import { jsDivergence } from './js';
import { forwardKL, reverseKL } from './divergences';
import { defaultGrid, landscape } from './landscape';
import type { Mixture } from '../mixture/mixture';
import { reverseFit } from './reverse-fit';

const p: Mixture = [
  { weight: 0.4, mu: -3, sigma: 0.5 },
  { weight: 0.6, mu: 3, sigma: 1 },
];
const grid = {
  muMin: -6,
  muMax: 6,
  muCount: 7,
  logSigmaMin: Math.log(0.25),
  logSigmaMax: Math.log(4),
  logSigmaCount: 5,
};

describe('landscape', () => {
  it('landscape(p, objective, grid) lays values out row-major by log sigma and matches direct evaluation', () => {
    const direct = {
      forward: (mu: number, sigma: number) => forwardKL(p, { mu, sigma }),
      reverse: (mu: number, sigma: number) => reverseKL({ mu, sigma }, p),
      js: (mu: number, sigma: number) => jsDivergence(p, { mu, sigma }),
    };
    for (const objective of ['forward', 'reverse', 'js'] as const) {
      const l = landscape(p, objective, grid);
      expect(l.mus).toHaveLength(7);
      expect(l.logSigmas).toHaveLength(5);
      expect(l.values).toHaveLength(35);
      expect(l.mus[6]).toBeCloseTo(6, 14);
      for (const [i, j] of [
        [0, 0],
        [3, 2],
        [6, 4],
      ] as const) {
        const v = direct[objective](l.mus[i]!, Math.exp(l.logSigmas[j]!));
        // JS landscapes use the fast rule (~1e-6); the KLs are exact to ~1e-11.
        expect(l.values[j * 7 + i]).toBeCloseTo(v, objective === 'js' ? 5 : 10);
      }
    }
  });

  it('landscape(p, "reverse") on a 40×40 default grid has its smallest value near the reverse-fit optimum', () => {
    const l = landscape(p, 'reverse', defaultGrid(p, 40));
    let k = 0;
    for (let i = 1; i < l.values.length; i++) if (l.values[i]! < l.values[k]!) k = i;
    const best = reverseFit(p).best;
    const dMu = (l.mus[1]! - l.mus[0]!) * 1.01;
    const dLs = (l.logSigmas[1]! - l.logSigmas[0]!) * 1.01;
    expect(Math.abs(l.mus[k % 40]! - best.mu)).toBeLessThan(dMu);
    expect(Math.abs(l.logSigmas[Math.floor(k / 40)]! - Math.log(best.sigma))).toBeLessThan(dLs);
    expect(l.values[k]).toBeGreaterThanOrEqual(best.kl - 1e-12);
  });
});
