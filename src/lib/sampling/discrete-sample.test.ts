import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import {
  drawSample,
  empiricalNll,
  logSpacedIndices,
  mleFromCounts,
  nllStandardDeviation,
  sampleCounts,
  standardErrorBand,
} from './discrete-sample';
import { expectRelativelyClose } from '../test-support/assertions';

/** Pearson's X² of observed counts against n·p, over the outcomes with p > 0. */
function chiSquare(counts: readonly number[], p: readonly number[], n: number): number {
  let x2 = 0;
  p.forEach((pk, k) => {
    if (pk === 0) return;
    const expected = n * pk;
    const diff = (counts[k] ?? 0) - expected;
    x2 += (diff * diff) / expected;
  });
  return x2;
}

/**
 * The sample regenerated independently of sampling.ts, by the documented contract: draw j takes the j-th uniform u
 * of createRng(seed) and is the first k with u·c_K < c_k for the left-to-right cumulative sums c (linear scan).
 */
function naiveSample(p: readonly number[], n: number, seed: number): number[] {
  const cumulative: number[] = [];
  let running = 0;
  for (const pk of p) {
    running += pk;
    cumulative.push(running);
  }
  const next = createRng(seed);
  const sample: number[] = [];
  for (let j = 0; j < n; j++) {
    const target = next() * running;
    let k = 0;
    while ((cumulative[k] ?? Infinity) <= target) k++;
    sample.push(k);
  }
  return sample;
}

/** A random probability vector of 1–10 outcomes, some possibly 0. */
const probabilityVector = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })), { minLength: 1, maxLength: 10 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / sum);
  });

const P4 = [0.1, 0.2, 0.3, 0.4];
const P10 = [0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.15];
const UNIFORM4 = [0.25, 0.25, 0.25, 0.25];

describe('sampleCounts', () => {
  it('sampleCounts(p, n, seed) has n draws in total and none where p is 0', () => {
    fc.assert(
      fc.property(probabilityVector, fc.integer({ min: 1, max: 5000 }), fc.integer(), (p, n, seed) => {
        const counts = sampleCounts(p, n, seed);
        return (
          counts.length === p.length &&
          counts.reduce((a, b) => a + b, 0) === n &&
          counts.every((c, k) => Number.isInteger(c) && c >= 0 && (p[k] !== 0 || c === 0))
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('sampleCounts(p, n, seed) agrees exactly with an independent linear-scan inverse CDF on createRng(seed)', () => {
    fc.assert(
      fc.property(probabilityVector, fc.integer({ min: 1, max: 3000 }), fc.integer(), (p, n, seed) => {
        const expected = new Array<number>(p.length).fill(0);
        for (const x of naiveSample(p, n, seed)) expected[x] = (expected[x] ?? 0) + 1;
        expect(sampleCounts(p, n, seed)).toEqual(expected);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('sampleCounts(p, 3·10^5, seed) agrees exactly with the linear scan also for outcomes of probability 10⁻⁷ to 10⁻³', () => {
    const p = [1e-7, 0.3, 1e-3, 1e-7, 0.5, 0.2 - 1e-3 - 2e-7];
    const expected = new Array<number>(p.length).fill(0);
    for (const x of naiveSample(p, 300_000, 31)) expected[x] = (expected[x] ?? 0) + 1;
    expect(sampleCounts(p, 300_000, 31)).toEqual(expected);
  });

  it('sampleCounts(p, n, seed) is the same for the same seed and differs for a different seed', () => {
    expect(sampleCounts(P10, 10_000, 1)).toEqual(sampleCounts(P10, 10_000, 1));
    expect(sampleCounts(P10, 10_000, 1)).not.toEqual(sampleCounts(P10, 10_000, 2));
  });

  it('sampleCounts([0.1, 0.2, 0.3, 0.4], 10^6, 7) fits p by chi-square at α = 0.001 (critical 16.27, 3 dof)', () => {
    // scipy.stats.chi2.ppf(0.999, 3) = 16.266.
    expect(chiSquare(sampleCounts(P4, 1_000_000, 7), P4, 1_000_000)).toBeLessThan(16.27);
  });

  it('sampleCounts(a 10-outcome p, 10^6, 11) fits p by chi-square at α = 0.001 (critical 27.88, 9 dof)', () => {
    // scipy.stats.chi2.ppf(0.999, 9) = 27.877.
    expect(chiSquare(sampleCounts(P10, 1_000_000, 11), P10, 1_000_000)).toBeLessThan(27.88);
  });

  it('sampleCounts([0.5, 0, 0.5], 10^5, 3) never draws the impossible outcome', () => {
    expect(sampleCounts([0.5, 0, 0.5], 100_000, 3)[1]).toBe(0);
  });

  it('sampleCounts(p, n, seed) throws a RangeError for an invalid p or n', () => {
    expect(() => sampleCounts([0.5, 0.6], 10, 1)).toThrow(RangeError);
    expect(() => sampleCounts([1.5, -0.5], 10, 1)).toThrow(RangeError);
    expect(() => sampleCounts([Number.NaN, 1], 10, 1)).toThrow(RangeError);
    expect(() => sampleCounts([], 10, 1)).toThrow(RangeError);
    expect(() => sampleCounts(P4, 0, 1)).toThrow(RangeError);
    expect(() => sampleCounts(P4, 2.5, 1)).toThrow(RangeError);
    expect(() => sampleCounts(P4, 10, 0.5)).toThrow(RangeError);
  });
});

describe('drawSample', () => {
  it('drawSample(p, q, n, seed).nll equals −(1/n) Σ ln q(x_j) summed naively over the regenerated sample', () => {
    const q = [0.4, 0.3, 0.2, 0.1];
    for (const [n, seed] of [[1, 5], [17, 5], [2000, 123], [4097, 9]] as const) {
      const sample = naiveSample(P4, n, seed);
      let sum = 0;
      for (const x of sample) sum += Math.log(q[x] ?? Number.NaN);
      expectRelativelyClose(drawSample(P4, q, n, seed).nll, -sum / n, 1e-9);
    }
  });

  it('drawSample(p, q, n, seed).trace.nll equals the naive running NLL at every trace index', () => {
    const q = [0.4, 0.3, 0.2, 0.1];
    const n = 5000;
    const sample = naiveSample(P4, n, 77);
    const running: number[] = [];
    let sum = 0;
    for (const x of sample) {
      sum += Math.log(q[x] ?? Number.NaN);
      running.push(-sum / (running.length + 1));
    }
    const { trace } = drawSample(P4, q, n, 77, 100);
    trace.i.forEach((i, t) => expectRelativelyClose(trace.nll[t] ?? Number.NaN, running[i - 1] ?? Number.NaN, 1e-9));
  });

  it('drawSample(p, q, n, seed) has the counts of sampleCounts, a trace from 1 to n and the final NLL last', () => {
    fc.assert(
      fc.property(
        probabilityVector.chain((p) =>
          fc.tuple(fc.constant(p), fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: p.length, maxLength: p.length })),
        ),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer(),
        fc.integer({ min: 2, max: 300 }),
        ([p, q], n, seed, maxPoints) => {
          const result = drawSample(p, q, n, seed, maxPoints);
          const { i, nll } = result.trace;
          expect(result.counts).toEqual(sampleCounts(p, n, seed));
          expect(i[0]).toBe(1);
          expect(i[i.length - 1]).toBe(n);
          expect(i.length).toBeLessThanOrEqual(maxPoints);
          expect(nll.length).toBe(i.length);
          expect(i.every((x, t) => t === 0 || x > (i[t - 1] ?? Infinity))).toBe(true);
          expect(nll[nll.length - 1]).toBe(result.nll);
          expect(result.nll).toBe(empiricalNll(result.counts, q));
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('drawSample(p, q, n, seed).nll is +Infinity once an outcome with q = 0 is drawn, and finite if q = 0 only where p = 0', () => {
    const result = drawSample([0.5, 0.5], [1, 0], 100, 4);
    expect(result.nll).toBe(Infinity);
    const firstZero = naiveSample([0.5, 0.5], 100, 4).indexOf(1) + 1;
    result.trace.i.forEach((i, t) => {
      expect(Number.isFinite(result.trace.nll[t])).toBe(i < firstZero);
    });
    expect(Number.isFinite(drawSample([0.5, 0, 0.5], [0.5, 0, 0.5], 1000, 4).nll)).toBe(true);
  });

  it('drawSample([0.1, 0.2, 0.3, 0.4], uniform q, n, seed).nll is exactly ln 4 whatever is drawn', () => {
    expectRelativelyClose(drawSample(P4, UNIFORM4, 12345, 6).nll, Math.log(4), 1e-15);
  });

  it('drawSample(p, q, 10^6, 8).nll lies within H(p, q) ± 4·sd/√n (a 6·10⁻⁵ two-sided normal tail)', () => {
    const q = [0.4, 0.3, 0.2, 0.1];
    const h = -P4.reduce((s, pk, k) => s + pk * Math.log(q[k] ?? Number.NaN), 0);
    const sd = nllStandardDeviation(P4, q);
    expect(Math.abs(drawSample(P4, q, 1_000_000, 8).nll - h)).toBeLessThan((4 * sd) / 1000);
  });

  it('drawSample(p, q, n, seed) throws a RangeError for a q of the wrong length or with invalid entries', () => {
    expect(() => drawSample(P4, [0.5, 0.5], 10, 1)).toThrow(RangeError);
    expect(() => drawSample(P4, [0.5, 0.5, -0.1, 0.1], 10, 1)).toThrow(RangeError);
    expect(() => drawSample(P4, [0.5, 0.5, Infinity, 0.1], 10, 1)).toThrow(RangeError);
    expect(() => drawSample(P4, UNIFORM4, 10, 1, 1)).toThrow(RangeError);
  });
});

describe('logSpacedIndices', () => {
  it('logSpacedIndices(n, maxPoints) is 1…n when n ≤ maxPoints', () => {
    expect(logSpacedIndices(10, 1000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(logSpacedIndices(1, 2)).toEqual([1]);
    expect(logSpacedIndices(5, 2)).toEqual([1, 5]);
  });

  it('logSpacedIndices(10^6, 1000) has 1000 points with consecutive ratios at most 1.02 beyond the consecutive run', () => {
    const indices = logSpacedIndices(1_000_000, 1000);
    expect(indices).toHaveLength(1000);
    for (let t = 1; t < indices.length; t++) {
      const previous = indices[t - 1] ?? 1;
      const current = indices[t] ?? 1;
      // Geometric spacing of 1000 points over 6 decades would be a ratio of 10^(6/999) ≈ 1.014.
      expect(current === previous + 1 || current / previous <= 1.02).toBe(true);
    }
  });
});

describe('empiricalNll', () => {
  it('empiricalNll(counts, q) is −Σ counts_k ln q_k / Σ counts_k, skipping outcomes never seen', () => {
    expectRelativelyClose(empiricalNll([3, 1], [0.5, 0.25]), (3 * Math.LN2 + 2 * Math.LN2) / 4, 1e-15);
    expectRelativelyClose(empiricalNll([2, 0], [0.5, 0]), Math.LN2, 1e-15);
    expect(empiricalNll([2, 1], [0.5, 0])).toBe(Infinity);
  });
});

describe('mleFromCounts', () => {
  it('mleFromCounts([1, 3, 0]) is [0.25, 0.75, 0]', () => {
    expect(mleFromCounts([1, 3, 0])).toEqual([0.25, 0.75, 0]);
  });

  it('mleFromCounts(counts) sums to 1 and is proportional to the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 10 }), (counts) => {
        fc.pre(counts.some((c) => c > 0));
        const q = mleFromCounts(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        q.forEach((qk, k) => expect(qk).toBe((counts[k] ?? 0) / total));
      }),
      { seed: 42 },
    );
  });

  it('mleFromCounts(all zeros or non-integer counts) throws a RangeError', () => {
    expect(() => mleFromCounts([0, 0])).toThrow(RangeError);
    expect(() => mleFromCounts([1, 0.5])).toThrow(RangeError);
    expect(() => mleFromCounts([1, -1])).toThrow(RangeError);
  });
});

describe('nllStandardDeviation', () => {
  it('nllStandardDeviation([0.5, 0.5], [0.7, 0.3]) is 0.5·ln(7/3)', () => {
    // −ln q(X) is −ln 0.7 or −ln 0.3 with probability ½ each: half the gap, 0.5·|ln 0.7 − ln 0.3|.
    expectRelativelyClose(nllStandardDeviation([0.5, 0.5], [0.7, 0.3]), 0.5 * Math.log(7 / 3), 1e-12);
  });

  it('nllStandardDeviation([a, 1 − a], [b, 1 − b]) is √(a(1 − a))·|ln(b/(1 − b))| (a two-point distribution)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, b) => {
        fc.pre(Math.abs(b - 0.5) > 1e-6);
        const expected = Math.sqrt(a * (1 - a)) * Math.abs(Math.log(b / (1 - b)));
        expectRelativelyClose(nllStandardDeviation([a, 1 - a], [b, 1 - b]), expected, 1e-9);
      }),
      { seed: 42 },
    );
  });

  it('nllStandardDeviation(p, q) is 0 when q is constant on the support of p', () => {
    expect(nllStandardDeviation([0.25, 0.75], [0.5, 0.5])).toBe(0);
    expect(nllStandardDeviation([1, 0], [0.2, 0.8])).toBe(0);
  });

  it('nllStandardDeviation(p, q) is +Infinity when q_k = 0 < p_k and finite when q_k = 0 = p_k', () => {
    expect(nllStandardDeviation([0.5, 0.5], [1, 0])).toBe(Infinity);
    expectRelativelyClose(nllStandardDeviation([0.5, 0, 0.5], [0.7, 0, 0.3]), 0.5 * Math.log(7 / 3), 1e-12);
  });

  it('nllStandardDeviation(p, q) matches the spread of −ln q(x) over 10^6 draws within 1%', () => {
    const q = [0.4, 0.3, 0.2, 0.1];
    const { counts, nll } = drawSample(P4, q, 1_000_000, 21);
    let squares = 0;
    counts.forEach((c, k) => {
      const d = -Math.log(q[k] ?? Number.NaN) - nll;
      squares += c * d * d;
    });
    expectRelativelyClose(Math.sqrt(squares / 1_000_000), nllStandardDeviation(P4, q), 0.01);
  });
});

describe('standardErrorBand', () => {
  it('standardErrorBand([0.5, 0.5], [0.7, 0.3], 100) is −½(ln 0.7 + ln 0.3) ± 2·0.5·ln(7/3)/10', () => {
    const band = standardErrorBand([0.5, 0.5], [0.7, 0.3], 100);
    const center = -0.5 * (Math.log(0.7) + Math.log(0.3));
    const half = (2 * 0.5 * Math.log(7 / 3)) / 10;
    expectRelativelyClose(band.center, center, 1e-12);
    expectRelativelyClose(band.lower, center - half, 1e-12);
    expectRelativelyClose(band.upper, center + half, 1e-12);
  });

  it('standardErrorBand(p, q, i) is +Infinity throughout when q_k = 0 < p_k', () => {
    expect(standardErrorBand([0.5, 0.5], [1, 0], 10)).toEqual({ center: Infinity, lower: Infinity, upper: Infinity });
  });

  it('standardErrorBand(p, q, i) narrows as 1/√i around H(p, q)', () => {
    const wide = standardErrorBand(P4, [0.4, 0.3, 0.2, 0.1], 25);
    const narrow = standardErrorBand(P4, [0.4, 0.3, 0.2, 0.1], 100);
    expectRelativelyClose(narrow.upper - narrow.center, (wide.upper - wide.center) / 2, 1e-12);
    expect(narrow.center).toBe(wide.center);
  });

  it('standardErrorBand(p, q, i ≤ 0) throws a RangeError', () => {
    expect(() => standardErrorBand(P4, UNIFORM4, 0)).toThrow(RangeError);
    expect(() => standardErrorBand(P4, UNIFORM4, Number.NaN)).toThrow(RangeError);
  });
});
