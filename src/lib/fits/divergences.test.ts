import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianEntropy, gaussianLogPdf, klGaussian } from '../mixture/gaussian';
import {
  forwardFit,
  forwardKL,
  forwardKLGradient,
  gaussianCrossEntropy,
  mixtureEntropy,
  reverseKL,
  reverseKLGradient,
  type Gaussian,
} from './divergences';
import { mixtureLogPdf, type Mixture } from '../mixture/mixture';
import { trapezoidStep } from '../test-support/integration';
import { fourNarrowWide, gaussianArb, mixtureArb, mixtureOf, narrowWide, three } from '../test-support/mixtures';

function support(p: Mixture, extra: Gaussian[] = []): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of [...p, ...extra]) {
    lo = Math.min(lo, c.mu - 13 * c.sigma);
    hi = Math.max(hi, c.mu + 13 * c.sigma);
  }
  return [lo, hi];
}

const bruteEntropy = (p: Mixture): number => {
  const [lo, hi] = support(p);
  return trapezoidStep(
    (x) => {
      const lp = mixtureLogPdf(p, x);
      return -Math.exp(lp) * lp;
    },
    lo,
    hi,
    0.002,
  );
};
const bruteForwardKL = (p: Mixture, q: Gaussian): number => {
  const [lo, hi] = support(p);
  return trapezoidStep(
    (x) => {
      const lp = mixtureLogPdf(p, x);
      return Math.exp(lp) * (lp - gaussianLogPdf(x, q.mu, q.sigma));
    },
    lo,
    hi,
    0.002,
  );
};
const bruteReverseKL = (q: Gaussian, p: Mixture): number => {
  const lo = q.mu - 13 * q.sigma;
  const hi = q.mu + 13 * q.sigma;
  return trapezoidStep(
    (x) => {
      const lq = gaussianLogPdf(x, q.mu, q.sigma);
      return Math.exp(lq) * (lq - mixtureLogPdf(p, x));
    },
    lo,
    hi,
    Math.min(0.002, q.sigma / 50),
  );
};

const targets: Mixture[] = [
  mixtureOf([0.3, -1, 0.7], [0.7, 2, 1.5]),
  narrowWide,
  mixtureOf([0.2, -10, 0.1], [0.8, 10, 5]),
  three,
  fourNarrowWide,
];
const queries: Gaussian[] = [
  { mu: 0, sigma: 1 },
  { mu: -9.5, sigma: 0.2 },
  { mu: 3, sigma: 5 },
];

describe('kl', () => {
  it('forwardFit(p) is the moment match: Σw·mu and √(Σw·(σ² + (mu − mean)²))', () => {
    const q = forwardFit([
      { weight: 0.25, mu: -2, sigma: 1 },
      { weight: 0.75, mu: 2, sigma: 0.5 },
    ]);
    expect(q.mu).toBeCloseTo(1, 15);
    // 0.25·(1 + 9) + 0.75·(0.25 + 1) = 3.4375
    expect(q.sigma).toBeCloseTo(Math.sqrt(3.4375), 15);
  });

  it('forwardKL and reverseKL equal the closed-form Gaussian KL when both components are the same Gaussian', () => {
    const p: Mixture = [
      { weight: 0.5, mu: 1, sigma: 2 },
      { weight: 0.5, mu: 1, sigma: 2 },
    ];
    expect(mixtureEntropy(p)).toBeCloseTo(gaussianEntropy(2), 12);
    for (const q of queries) {
      expect(forwardKL(p, q)).toBeCloseTo(klGaussian(1, 2, q.mu, q.sigma), 11);
      expect(reverseKL(q, p)).toBeCloseTo(klGaussian(q.mu, q.sigma, 1, 2), 11);
    }
  });

  it('mixtureEntropy(p) matches brute-force fine-grid integration to 1e-9', () => {
    for (const p of targets) expect(Math.abs(mixtureEntropy(p) - bruteEntropy(p))).toBeLessThan(1e-9);
  });

  it('gaussianCrossEntropy(p, q) matches brute-force integration of −p·log q to 1e-9', () => {
    for (const p of targets) {
      for (const q of queries) {
        const [lo, hi] = support(p);
        const brute = trapezoidStep((x) => -Math.exp(mixtureLogPdf(p, x)) * gaussianLogPdf(x, q.mu, q.sigma), lo, hi, 0.002);
        expect(Math.abs(gaussianCrossEntropy(p, q) - brute)).toBeLessThan(1e-9 * Math.max(1, Math.abs(brute)));
      }
    }
  });

  it('gaussianCrossEntropy(p, forwardFit(p)) is the entropy ½ln(2πeσ_F²) of the forward fit', () => {
    for (const p of targets) expect(gaussianCrossEntropy(p, forwardFit(p))).toBeCloseTo(gaussianEntropy(forwardFit(p).sigma), 13);
  });

  it('forwardKL(p, q) matches brute-force fine-grid integration to 1e-9', () => {
    for (const p of targets) {
      for (const q of queries) {
        const brute = bruteForwardKL(p, q);
        expect(Math.abs(forwardKL(p, q) - brute)).toBeLessThan(1e-9 * Math.max(1, brute));
      }
    }
  });

  it('reverseKL(q, p) matches brute-force fine-grid integration to 1e-9', () => {
    for (const p of targets) {
      for (const q of queries) {
        const brute = bruteReverseKL(q, p);
        expect(Math.abs(reverseKL(q, p) - brute)).toBeLessThan(1e-9 * Math.max(1, brute));
      }
    }
  });

  it('forwardKL(p, q) and reverseKL(q, p) are non-negative for random mixtures and Gaussians', () => {
    fc.assert(
      fc.property(mixtureArb, gaussianArb, (p, q) => forwardKL(p, q) >= -1e-12 && reverseKL(q, p) >= -1e-12),
      { seed: 42, numRuns: 150 },
    );
  });

  it('forwardKL(p, forwardFit(p)) ≤ forwardKL(p, q) for random q', () => {
    fc.assert(
      fc.property(mixtureArb, gaussianArb, (p, q) => forwardKL(p, forwardFit(p)) <= forwardKL(p, q) + 1e-12),
      { seed: 42, numRuns: 150 },
    );
  });

  it('forwardKLGradient(p, q) vanishes at the moment match and matches central differences elsewhere', () => {
    const p = targets[3]!;
    const qF = forwardFit(p);
    const g0 = forwardKLGradient(p, qF);
    expect(Math.abs(g0.dMu)).toBeLessThan(1e-14);
    expect(Math.abs(g0.dLogSigma)).toBeLessThan(1e-14);
    const q = { mu: 1, sigma: 0.8 };
    const g = forwardKLGradient(p, q);
    const h = 1e-5;
    const f = (mu: number, ls: number): number => forwardKL(p, { mu, sigma: Math.exp(ls) });
    const ls = Math.log(q.sigma);
    expect(g.dMu).toBeCloseTo((f(1 + h, ls) - f(1 - h, ls)) / (2 * h), 6);
    expect(g.dLogSigma).toBeCloseTo((f(1, ls + h) - f(1, ls - h)) / (2 * h), 6);
  });

  it('reverseKLGradient(q, p) matches central differences of reverseKL', () => {
    for (const p of targets) {
      for (const q of queries) {
        const g = reverseKLGradient(q, p);
        const h = 1e-5;
        const ls = Math.log(q.sigma);
        const f = (mu: number, l: number): number => reverseKL({ mu, sigma: Math.exp(l) }, p);
        const dMu = (f(q.mu + h, ls) - f(q.mu - h, ls)) / (2 * h);
        const dLs = (f(q.mu, ls + h) - f(q.mu, ls - h)) / (2 * h);
        expect(Math.abs(g.dMu - dMu)).toBeLessThan(1e-5 * Math.max(1, Math.abs(dMu)));
        expect(Math.abs(g.dLogSigma - dLs)).toBeLessThan(1e-5 * Math.max(1, Math.abs(dLs)));
      }
    }
  });
});
