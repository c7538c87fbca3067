import { describe, expect, it } from 'vitest';
import { gaussianLogPdfDD, latentPosterior } from './posterior';

describe('latentPosterior', () => {
  it('gaussianLogPdfDD(15, −10, 0.1) is −31 248.616353440207… (mpmath, 60 digits)', () => {
    const l = gaussianLogPdfDD(15, -10, 0.1);
    expect(Math.abs(l.hi + l.lo - -31248.61635344020715766632)).toBeLessThan(1e-11);
    expect(l.hi).toBe(-31248.61635344020715766632);
  });

  it('latentPosterior(model, x) of one component is certain: posterior [1], log p(x) = log N(x)', () => {
    const r = latentPosterior([{ weight: 1, mu: 0, sigma: 1 }], 1);
    expect(r.posterior).toEqual([1]);
    expect(r.logPosterior).toEqual([-0]);
    // log N(1; 0, 1) = −½ − ½ ln(2π).
    expect(Math.abs(r.logPx - (-0.5 - 0.5 * Math.log(2 * Math.PI)))).toBeLessThan(1e-15);
  });

  it('latentPosterior(model, x) of two mirror components at x = 0 is (½, ½) exactly', () => {
    const r = latentPosterior(
      [
        { weight: 0.5, mu: -3, sigma: 0.5 },
        { weight: 0.5, mu: 3, sigma: 0.5 },
      ],
      0,
    );
    expect(r.posterior).toEqual([0.5, 0.5]);
  });

  it('latentPosterior(model, x) gives a far component a finite log posterior where its posterior underflows to 0', () => {
    const r = latentPosterior(
      [
        { weight: 0.5, mu: -10, sigma: 0.1 },
        { weight: 0.5, mu: 2, sigma: 0.6 },
      ],
      15,
    );
    expect(r.posterior).toEqual([0, 1]);
    // mpmath: log p(z = 1 | x = 15) = −31013.486018308546…
    expect(Math.abs(r.logPosterior[0]! - -31013.4860183085462360496)).toBeLessThan(1e-11);
  });

  it('latentPosterior([], x) throws', () => {
    expect(() => latentPosterior([], 0)).toThrow();
  });
});
