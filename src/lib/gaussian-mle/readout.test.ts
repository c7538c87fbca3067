import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramText, mleGaussianReadout, mleGaussianSummaryText, sampleSizeLabel } from './readout';
import { fitNumbers, summarizeMleGaussian, summarizeTarget } from './summary';
import { mixtureOf } from '../test-support/mixtures';
import { readoutReason, readoutText } from '../format/readout';
import { toMixture, PARAM_RANGES } from '../mixture/params';

const twoModes = mixtureOf([0.5, -2, 0.6], [0.5, 2, 0.6]);

describe('mleGaussianReadout', () => {
  it('mleGaussianReadout lists every contract output of mle-gaussian, plus the floor', () => {
    const ids = mleGaussianReadout(summarizeMleGaussian(twoModes, 100, 1)).map((e) => e.id);
    expect(ids.sort()).toEqual(
      ['entropy-p', 'forward-kl', 'forward-mu', 'forward-sigma', 'mle-forward-kl', 'mle-mu', 'mle-sigma', 'nll-floor', 'sample-nll', 'test-nll'].sort(),
    );
  });

  it('mleGaussianReadout gives the ±∞ outputs of a zero-width fit a reason (train NLL −∞, the others +∞)', () => {
    const s = { ...summarizeMleGaussian(twoModes, 100, 1), ...fitNumbers(twoModes, summarizeTarget(twoModes), { mu: 1, sigma: 0 }) };
    const infinite = mleGaussianReadout(s).filter((e) => Math.abs(e.value) === Infinity);
    expect(infinite.map((e) => [e.id, e.value]).sort()).toEqual([['mle-forward-kl', Infinity], ['sample-nll', -Infinity], ['test-nll', Infinity]]);
    for (const e of infinite) expect(readoutReason(e)).toMatch(/σ̂ = 0/);
  });
});

describe('mleGaussianReadout over the whole supported input range', () => {
  const range = (kind: keyof typeof PARAM_RANGES) => fc.double({ min: PARAM_RANGES[kind].min, max: PARAM_RANGES[kind].max, noNaN: true });
  const components = fc.array(fc.record({ w: range('w'), mu: range('mu'), sigma: range('sigma') }), { minLength: 2, maxLength: 4 });

  it('mleGaussianReadout is finite, with text, for any target, n from 2 (small and large) and seed', () => {
    fc.assert(
      fc.property(components, fc.oneof(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 2, max: 200_000 })), fc.integer(), (raw, n, seed) => {
        for (const e of mleGaussianReadout(summarizeMleGaussian(toMixture(raw), n, seed))) {
          expect(Number.isFinite(e.value), `${e.id} = ${e.value}`).toBe(true);
          expect(readoutText(e)).not.toMatch(/NaN|undefined|—/);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('texts', () => {
  it('histogramText names the number of draws, the bins and the range, and the draws outside it', () => {
    const s = summarizeMleGaussian(twoModes, 1000, 42);
    expect(histogramText(s)).toMatch(/^Histogram of the 1,000 draws in 30 bins from −7 to 7\./);
    const wide = { ...s, histogram: { ...s.histogram, outside: 3 } };
    expect(histogramText(wide)).toContain('3 draws fall outside');
  });

  it('mleGaussianSummaryText and sampleSizeLabel read as sentences with thousands separators', () => {
    expect(mleGaussianSummaryText(summarizeMleGaussian(twoModes, 1000, 42))).toMatch(/^1,000 draws \(seed 42\): the MLE is N\(μ = 0\.03024, σ = 2\.112\)/);
    expect(sampleSizeLabel(1_000_000)).toBe('n = 1,000,000 (log scale)');
  });
});
