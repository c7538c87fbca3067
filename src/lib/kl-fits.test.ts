import { describe, expect, it } from 'vitest';
import * as api from './kl-fits';

describe('kl-fits', () => {
  it('kl-fits re-exports the whole widget API as functions', () => {
    const names = [
      'descentPath',
      'defaultGrid',
      'forwardFit',
      'forwardKL',
      'forwardKLGradient',
      'gaussianCurve',
      'integrands',
      'jsDivergence',
      'jsFit',
      'jsGradient',
      'landscape',
      'linspace',
      'mixtureCurve',
      'mixtureEntropy',
      'mixtureLogPdf',
      'mixtureMean',
      'mixturePdf',
      'mixtureVariance',
      'normalizeMixture',
      'plotRange',
      'reverseFit',
      'reverseKL',
      'reverseKLGradient',
    ] as const;
    for (const n of names) expect(typeof api[n]).toBe('function');
  });

  it('forwardFit and reverseFit from kl-fits agree on a single Gaussian target', () => {
    const p = [{ weight: 1, mu: 0.5, sigma: 1.5 }];
    const f = api.forwardFit(p);
    const r = api.reverseFit(p).best;
    expect(r.mu).toBeCloseTo(f.mu, 9);
    expect(r.sigma).toBeCloseTo(f.sigma, 9);
    expect(api.forwardKL(p, f)).toBeCloseTo(0, 12);
  });
});
