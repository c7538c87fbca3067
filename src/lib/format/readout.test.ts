import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readoutReason, readoutText, type ReadoutEntry } from './readout';
import { klReadout, summarizeKlPair } from '../discrete/kl-pair';
import { normalizeDistribution } from '../discrete/distribution';
import { computeMetrics, metricsReadout, MAX_NLL_NATS } from '../metrics/perplexity';
import { drawAndSummarize } from '../sampling/mle-draw';
import { mleReadout } from '../sampling/mle-text';
import { summarizeFits } from '../fits/summary';
import { fitsReadout, jsReadout } from '../fits/readout';
import { jsFit } from '../fits/js';
import { toMixture, PARAM_RANGES } from '../mixture/params';

describe('readoutText and readoutReason', () => {
  it('readoutText shows each kind in its unit, and ∞ bare', () => {
    expect(readoutText({ value: Math.LN2, kind: 'information' }, 'bits')).toBe('1 bits');
    expect(readoutText({ value: 1.5, kind: 'bits' })).toBe('1.5 bits');
    expect(readoutText({ value: 0.6, kind: 'parameter' })).toBe('0.6');
    expect(readoutText({ value: 6400, kind: 'count' })).toBe('6,400');
    expect(readoutText({ value: Infinity, kind: 'information' })).toBe('∞');
    expect(readoutText({ value: Infinity, kind: 'bits' })).toBe('∞');
  });

  it('readoutReason gives the reason only while the value is ±∞', () => {
    expect(readoutReason({ value: Infinity, reason: 'q misses outcome 2' })).toBe('q misses outcome 2');
    expect(readoutReason({ value: -Infinity, reason: 'σ̂ = 0' })).toBe('σ̂ = 0');
    expect(readoutReason({ value: 0.3, reason: 'q misses outcome 2' })).toBe('');
    expect(readoutReason({ value: Infinity })).toBe('');
  });
});

/** Every readout is a finite number or +∞ with a reason: never NaN, −∞ or a value without text. */
function expectWellFormed(entries: readonly ReadoutEntry[]): void {
  for (const e of entries) {
    expect(Number.isNaN(e.value), `${e.id} is NaN`).toBe(false);
    expect(e.value, `${e.id} is −∞`).not.toBe(-Infinity);
    if (e.value === Infinity) expect(readoutReason(e), `${e.id} is ∞ without a reason`).not.toBe('');
    expect(readoutText(e)).not.toMatch(/NaN|undefined|—/);
  }
}

/** Probabilities across every scale a reader can type, down to the smallest positive double. */
const probability = fc.oneof(
  fc.constantFrom(0, Number.MIN_VALUE, 1e-320, 2.2250738585072014e-308, 1e-300, 1e-200, 1e-17, 1 - 1e-16, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: Number.MIN_VALUE, max: 1e-250, noNaN: true }),
);

/** A pair of distributions of the same length, normalized as the widgets normalize typed vectors. */
const pair = fc.integer({ min: 2, max: 10 }).chain((k) =>
  fc
    .tuple(fc.array(probability, { minLength: k, maxLength: k }), fc.array(probability, { minLength: k, maxLength: k }))
    .map(([p, q]) => [normalizeDistribution(p, 'p'), normalizeDistribution(q, 'q')] as const)
    .filter(([p, q]) => p.ok && q.ok)
    .map(([p, q]) => [p.ok ? p.value.values : [], q.ok ? q.value.values : []] as const),
);

describe('every readout over the whole supported input range', () => {
  it('klReadout is finite or +∞ with its reason for any valid pair, the smallest doubles included', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const readout = klReadout(summarizeKlPair(p, q));
        expectWellFormed(readout);
        expect(readout[0]!.value).toBeGreaterThanOrEqual(0);
        expect(readout[1]!.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('klReadout of p = (1, 5e-324) against q = (5e-324, 1) is finite: −ln(5e-324) ≈ 744.44 nats each way', () => {
    const tiny = Number.MIN_VALUE;
    const readout = klReadout(summarizeKlPair([1, tiny], [tiny, 1]));
    // KL = 1·ln(1/5e-324) + 5e-324·ln(5e-324) = 744.44007192138… (the second term is below 1e-320).
    expect(readout[0]!.value).toBeCloseTo(744.4400719213812, 10);
    expect(readout[1]!.value).toBeCloseTo(744.4400719213812, 10);
  });

  it('mleReadout is finite or +∞ with its reason for any valid pair and sample', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2 ** 31 }), ([p, q], n, seed) => {
        expectWellFormed(mleReadout(drawAndSummarize(p, q, n, seed)));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('metricsReadout is finite for every accepted NLL, image NLL and dimension count', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_NLL_NATS, noNaN: true }),
        fc.oneof(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), fc.constant(Number.MIN_VALUE)),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (nll, imageNll, dims) => {
          const readout = metricsReadout(computeMetrics({ nll, imageNll, dims }));
          expectWellFormed([...readout.text, ...readout.image]);
        },
      ),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('fitsReadout and jsReadout are finite across the supported targets, the range ends included', () => {
    const { w, mu, sigma } = PARAM_RANGES;
    const end = (r: { min: number; max: number }) => fc.oneof(fc.constantFrom(r.min, r.max), fc.double({ min: r.min, max: r.max, noNaN: true }));
    const component = fc.record({ w: end(w), mu: end(mu), sigma: end(sigma) });
    fc.assert(
      fc.property(fc.array(component, { minLength: 2, maxLength: 4 }), (components) => {
        const mixture = toMixture(components);
        const readout = [...fitsReadout(summarizeFits(mixture)), ...jsReadout(jsFit(mixture))];
        expectWellFormed(readout);
        for (const e of readout) expect(Number.isFinite(e.value), `${e.id} = ${e.value}`).toBe(true);
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
