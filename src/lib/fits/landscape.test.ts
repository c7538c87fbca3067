import { describe, expect, it } from 'vitest';
import { jsDivergence } from './js';
import { forwardKL, reverseKL } from './divergences';
import { defaultGrid, landscape, landscapeJob } from './landscape';
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
        // JS and reverse-KL landscapes use the fast rule (~1e-6 and ~3e-7 relative); the forward KL is exact.
        expect(l.values[j * 7 + i]).toBeCloseTo(v, objective === 'forward' ? 10 : 5);
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
    expect(l.values[k]).toBeGreaterThanOrEqual(best.kl - 1e-6);
  });

  it('landscapeJob(p, objective, grid).fill(rows) fills that many rows in order, NaN in the rest, until done', () => {
    const job = landscapeJob(p, 'reverse', grid);
    expect(job.fill(2)).toBe(false);
    // Two rows of 7 values filled, three still NaN.
    expect(job.landscape.values.slice(0, 14).every(Number.isFinite)).toBe(true);
    expect(job.landscape.values.slice(14).every(Number.isNaN)).toBe(true);
    expect(job.fill(Infinity)).toBe(true);
    expect(Array.from(job.landscape.values)).toEqual(Array.from(landscape(p, 'reverse', grid).values));
  });
});
