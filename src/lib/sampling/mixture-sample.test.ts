import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MixtureStream, sampleMixture } from './mixture-sample';
import { mixtureKurtosis, mixtureMean, mixtureVariance, type Mixture } from '../mixture/mixture';
import { mixtureArb, mixtureOf } from '../test-support/mixtures';

const standard = mixtureOf([1, 0, 1]);
const twoModes = mixtureOf([0.5, -2, 0.6], [0.5, 2, 0.6]);
const threeModes = mixtureOf([0.3, -5, 0.6], [0.4, 0, 0.8], [0.3, 5, 0.6]);
const farNarrowWide = mixtureOf([0.3, -10, 0.1], [0.7, 10, 5]);

/** Sample mean and variance (divisor n) by a plain two-pass loop, written here so the test does not use the library's fit. */
function moments(xs: Float64Array): { mean: number; variance: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - mean) * (x - mean);
  return { mean, variance: v / xs.length };
}

describe('sampleMixture', () => {
  // From an independent Python transcription of the sampling contract (exact-integer PCG32, math.log): the first
  // five draws of seed 42 and the MLE of the first n draws computed with exact rational arithmetic.
  const python: Array<{ p: Mixture; seed: number; first: number[]; n: number; mu: number; sigma: number }> = [
    {
      p: twoModes,
      seed: 42,
      first: [3.062570965969567, -1.9300808449748728, 3.0012917060534994, 2.0186437898220655, 1.884256917006502],
      n: 1000,
      mu: 0.030236143936659583,
      sigma: 2.1116582911217363,
    },
    {
      p: threeModes,
      seed: 42,
      first: [1.416761287959423, 0.09322554003350295, 6.001291706053499, 5.0186437898220655, 4.8842569170065016],
      n: 1000,
      mu: -0.03949262214721813,
      sigma: 4.030977610316237,
    },
    {
      p: farNarrowWide,
      seed: 42,
      first: [18.854758049746394, 10.582659625209393, 18.344097550445824, 10.15536491518388, 9.035474308387517],
      n: 1000,
      mu: 3.744991199678186,
      sigma: 10.244271542616104,
    },
  ];

  it('sampleMixture(p, n, 42) reproduces an independent Python transcription of the sampling contract', () => {
    for (const c of python) {
      const xs = sampleMixture(c.p, c.n, c.seed);
      c.first.forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 13));
      const m = moments(xs);
      expect(m.mean).toBeCloseTo(c.mu, 12);
      expect(Math.sqrt(m.variance)).toBeCloseTo(c.sigma, 12);
    }
  });

  it('sampleMixture(p, 20000, −3) matches the Python transcription for a negative seed', () => {
    const xs = sampleMixture(twoModes, 20000, -3);
    expect(xs[0]).toBeCloseTo(2.2659407354035626, 13);
    expect(xs[19999]).toBeCloseTo(-1.9723005640032878, 13);
    expect(moments(xs).mean).toBeCloseTo(-0.003074450370756782, 12);
  });

  it('sampleMixture gives the same sample for the same seed, every call', () => {
    fc.assert(
      fc.property(mixtureArb, fc.integer({ min: 1, max: 3000 }), fc.integer(), (p, n, seed) => {
        expect(sampleMixture(p, n, seed)).toEqual(sampleMixture(p, n, seed));
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('sampleMixture(p, n, seed) is the first n draws of sampleMixture(p, m, seed) for m > n (odd n too)', () => {
    fc.assert(
      fc.property(mixtureArb, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 500 }), fc.integer(), (p, n, extra, seed) => {
        expect(sampleMixture(p, n, seed)).toEqual(sampleMixture(p, n + extra, seed).subarray(0, n));
      }),
      { seed: 7, numRuns: 50 },
    );
  });

  it('sampleMixture with different seeds gives different samples', () => {
    expect(sampleMixture(twoModes, 10, 1)).not.toEqual(sampleMixture(twoModes, 10, 2));
  });

  it('sampleMixture matches the standard normal CDF at nine points (n = 200,000, 4.5 standard errors)', () => {
    // scipy.stats.norm.cdf at z = −3, −2, −1, −0.5, 0, 0.5, 1, 2, 3.
    const z = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3];
    const phi = [0.00134989803163, 0.0227501319482, 0.158655253931, 0.308537538726, 0.5, 0.691462461274, 0.841344746069, 0.977249868052, 0.998650101968];
    const n = 200_000;
    const xs = sampleMixture(standard, n, 2024);
    z.forEach((zk, k) => {
      const below = xs.reduce((c, x) => c + (x <= zk ? 1 : 0), 0) / n;
      const F = phi[k]!;
      expect(Math.abs(below - F)).toBeLessThan(4.5 * Math.sqrt((F * (1 - F)) / n));
    });
    expect(xs.every((x) => Math.abs(x) < 9.5)).toBe(true);
  });

  it('sampleMixture’s mean and variance match the mixture’s within 5 standard errors (random targets, n = 100,000)', () => {
    fc.assert(
      fc.property(mixtureArb, fc.integer(), (p, seed) => {
        const n = 100_000;
        const { mean, variance } = moments(sampleMixture(p, n, seed));
        const v = mixtureVariance(p);
        expect(Math.abs(mean - mixtureMean(p))).toBeLessThan(5 * Math.sqrt(v / n));
        expect(Math.abs(variance - v)).toBeLessThan(5 * v * Math.sqrt((mixtureKurtosis(p) - 1) / n));
      }),
      { seed: 11, numRuns: 25 },
    );
  });

  it('sampleMixture picks each component with its weight (far-apart components, n = 100,000)', () => {
    const p = mixtureOf([0.2, -8, 0.5], [0.5, 0, 0.5], [0.3, 8, 0.5]);
    const n = 100_000;
    const xs = sampleMixture(p, n, 5);
    const shares = [xs.filter((x) => x < -4).length, xs.filter((x) => x > -4 && x < 4).length, xs.filter((x) => x > 4).length].map((c) => c / n);
    [0.2, 0.5, 0.3].forEach((w, k) => expect(Math.abs(shares[k]! - w)).toBeLessThan(4.5 * Math.sqrt((w * (1 - w)) / n)));
  });

  it('sampleMixture uses the weights relative to their sum', () => {
    expect(sampleMixture(mixtureOf([1, -2, 0.6], [1, 2, 0.6]), 100, 3)).toEqual(sampleMixture(twoModes, 100, 3));
  });

  it('sampleMixture(p, 0, seed) is empty, and n = 1 gives one draw', () => {
    expect(sampleMixture(twoModes, 0, 1)).toHaveLength(0);
    expect(sampleMixture(twoModes, 1, 42)[0]).toBeCloseTo(3.062570965969567, 13);
  });

  it('sampleMixture throws RangeError for a bad mixture, n or seed', () => {
    expect(() => sampleMixture([], 10, 1)).toThrow(RangeError);
    expect(() => sampleMixture(mixtureOf([0, 0, 1], [1, 1, 1]), 10, 1)).toThrow(RangeError);
    expect(() => sampleMixture(mixtureOf([1, 0, 0]), 10, 1)).toThrow(RangeError);
    expect(() => sampleMixture(mixtureOf([1, NaN, 1]), 10, 1)).toThrow(RangeError);
    expect(() => sampleMixture(mixtureOf([0.2, 0, 1], [0.2, 0, 1], [0.2, 0, 1], [0.2, 0, 1], [0.2, 0, 1]), 10, 1)).toThrow(RangeError);
    expect(() => sampleMixture(twoModes, 2.5, 1)).toThrow(RangeError);
    expect(() => sampleMixture(twoModes, -1, 1)).toThrow(RangeError);
    expect(() => sampleMixture(twoModes, 10, 0.5)).toThrow(RangeError);
  });
});

describe('MixtureStream', () => {
  it('MixtureStream.take(n) after any earlier takes returns exactly sampleMixture(p, n, seed)', () => {
    fc.assert(
      fc.property(mixtureArb, fc.integer(), fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }), (p, seed, sizes) => {
        const stream = new MixtureStream(p, seed);
        for (const n of sizes) expect(stream.take(n)).toEqual(sampleMixture(p, n, seed));
      }),
      { seed: 21, numRuns: 40 },
    );
  });

  it('MixtureStream grows past its capacity without changing earlier draws', () => {
    const stream = new MixtureStream(twoModes, 5);
    const first = stream.take(3).slice();
    expect(stream.take(100_001).subarray(0, 3)).toEqual(first);
    expect(stream.take(100_001)[100_000]).toBe(sampleMixture(twoModes, 100_001, 5)[100_000]);
  });

  it('MixtureStream with a predecessor’s storage draws exactly its own seed’s sample', () => {
    const old = new MixtureStream(twoModes, 1);
    old.take(5000);
    const reused = new MixtureStream(threeModes, 2, old);
    expect(reused.take(3001)).toEqual(sampleMixture(threeModes, 3001, 2));
    expect(reused.take(9000)).toEqual(sampleMixture(threeModes, 9000, 2));
  });

  it('MixtureStream throws RangeError for a bad n or seed', () => {
    expect(() => new MixtureStream(twoModes, 1).take(-1)).toThrow(RangeError);
    expect(() => new MixtureStream(twoModes, 1.5)).toThrow(RangeError);
  });
});
