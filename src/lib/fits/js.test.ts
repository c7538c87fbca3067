import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianLogPdf } from '../mixture/gaussian';
import { jsDivergence, jsFit, jsGradient } from './js';
import type { Gaussian } from './divergences';
import { mixtureLogPdf, type Mixture } from '../mixture/mixture';
import { gaussianArb, mixtureArb, narrowWide, symmetric, three } from '../test-support/mixtures';

/** Brute force: trapezoid on a fine uniform grid of ½p·ln(p/m) + ½q·ln(q/m), m = (p+q)/2, from log-densities. */
function bruteJS(p: Mixture, q: Gaussian): number {
  let lo = q.mu - 13 * q.sigma;
  let hi = q.mu + 13 * q.sigma;
  for (const c of p) {
    lo = Math.min(lo, c.mu - 13 * c.sigma);
    hi = Math.max(hi, c.mu + 13 * c.sigma);
  }
  const n = Math.ceil((hi - lo) / 0.002);
  const h = (hi - lo) / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const x = lo + i * h;
    const lp = mixtureLogPdf(p, x);
    const lq = gaussianLogPdf(x, q.mu, q.sigma);
    const hiL = Math.max(lp, lq);
    const lm = hiL + Math.log(Math.exp(lp - hiL) + Math.exp(lq - hiL)) - Math.LN2;
    const v = 0.5 * Math.exp(lp) * (lp - lm) + 0.5 * Math.exp(lq) * (lq - lm);
    s += (i === 0 || i === n ? 0.5 : 1) * v;
  }
  return s * h;
}

describe('js', () => {
  it('jsDivergence(p, q) matches brute-force fine-grid integration to 1e-9', () => {
    for (const [p, q] of [
      [three, { mu: 1, sigma: 2 }],
      [narrowWide, { mu: 0, sigma: 1 }],
      [narrowWide, { mu: 3, sigma: 0.2 }],
    ] as const) {
      expect(Math.abs(jsDivergence(p, q) - bruteJS(p, q))).toBeLessThan(1e-9);
    }
  });

  it('jsDivergence(p, q) matches scipy.integrate.quad values', () => {
    // scipy.integrate.quad of ½p·ln(p/m) + ½q·ln(q/m) over 60 sub-intervals of the joint ±12σ support.
    expect(jsDivergence(three, { mu: 1, sigma: 2 })).toBeCloseTo(0.10431110780254402, 10);
    expect(jsDivergence(narrowWide, { mu: 0, sigma: 1 })).toBeCloseTo(0.2721527839320625, 10);
  });

  it('jsFit(p) matches scipy.optimize Nelder–Mead from every component and two more starts', () => {
    // Objective: the quad-based JS above; Nelder–Mead (xatol 1e-9) from each (mu_i, sigma_i), (0, e), (1, e^0.5).
    const fit = jsFit(three);
    expect(fit.js).toBeCloseTo(0.0525450283887589, 8);
    expect(fit.mu).toBeCloseTo(1.0628853610958648, 4);
    expect(fit.sigma).toBeCloseTo(3.1171674912500853, 4);
    const sym = jsFit(symmetric);
    expect(sym.js).toBeCloseTo(0.12841087175018798, 8);
    expect(sym.mu).toBeCloseTo(0, 4);
    expect(sym.sigma).toBeCloseTo(3.1198322859671546, 4);
  });

  it('jsDivergence(p, q) is 0 for q = p and ln 2 for disjoint supports', () => {
    expect(jsDivergence([{ weight: 1, mu: 2, sigma: 0.5 }], { mu: 2, sigma: 0.5 })).toBeLessThan(1e-12);
    expect(jsDivergence([{ weight: 1, mu: -10, sigma: 0.1 }], { mu: 10, sigma: 0.1 })).toBeCloseTo(Math.LN2, 12);
  });

  it('jsDivergence(p, q) lies in [0, ln 2] for random mixtures and Gaussians', () => {
    fc.assert(
      fc.property(mixtureArb, gaussianArb, (p, q) => {
        const js = jsDivergence(p, q);
        return js >= 0 && js <= Math.LN2;
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('jsGradient(p, q) matches central differences of jsDivergence', () => {
    for (const q of [
      { mu: 1, sigma: 2 },
      { mu: -2.5, sigma: 0.6 },
    ]) {
      const g = jsGradient(three, q);
      const h = 1e-5;
      const ls = Math.log(q.sigma);
      const f = (mu: number, l: number): number => jsDivergence(three, { mu, sigma: Math.exp(l) });
      expect(g.dMu).toBeCloseTo((f(q.mu + h, ls) - f(q.mu - h, ls)) / (2 * h), 6);
      expect(g.dLogSigma).toBeCloseTo((f(q.mu, ls + h) - f(q.mu, ls - h)) / (2 * h), 6);
    }
  });

  it('jsFit(p) is no worse than random Gaussians', () => {
    const fit = jsFit(three);
    fc.assert(
      fc.property(gaussianArb, (q) => fit.js <= jsDivergence(three, q) + 1e-9),
      { seed: 42, numRuns: 60 },
    );
  });
});
