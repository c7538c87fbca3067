import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, createRngFill, createUint32Rng, seedToState } from './random';

/** The first `count` outputs of a fresh generator. */
function take(next: () => number, count: number): number[] {
  return Array.from({ length: count }, () => next());
}

/** Pearson's X² of observed counts against equal expected counts. */
function chiSquareUniform(counts: readonly number[], total: number): number {
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + ((c - expected) * (c - expected)) / expected, 0);
}

// Chi-square critical value for 99 degrees of freedom at α = 0.001 (upper tail), scipy.stats.chi2.ppf(0.999, 99).
const CHI2_CRITICAL_99_DOF_ALPHA_0_001 = 148.23;

describe('createUint32Rng', () => {
  it('createUint32Rng(42) yields the published pcg32-demo outputs for initstate 42, initseq 54', () => {
    // pcg-c test-high/expected/check-pcg32.out, "Round 1 / 32bit" (also on pcg-random.org, "Using pcg-c-basic").
    expect(take(createUint32Rng(42), 6)).toEqual([
      0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e,
    ]);
  });

  // Outputs 1–4 and 1000 of pcg32_srandom_r(seed mod 2^64, 54), from an independent Python transcription of
  // pcg_basic.c using exact big integers (itself checked against the published Round 1 line above).
  const pythonReference: [number, number[], number][] = [
    [0, [1203932051, 3113183783, 2101201694, 4034269462], 3363398644],
    [1, [2607537577, 204602440, 3466066159, 2183922644], 67765692],
    [-1, [290611831, 3872925298, 2937559226, 3497332769], 769525939],
    [2 ** 53, [3977515162, 2355537803, 1739898028, 1410440956], 2298965096],
    [-(2 ** 53) + 1, [1500414261, 1353200492, 1868021982, 3297404930], 672146416],
    [123456789, [2225433366, 773505313, 836987698, 782696607], 412285841],
  ];
  it.each(pythonReference)('createUint32Rng(%d) matches the reference implementation at outputs 1–4 and 1000', (seed, first, thousandth) => {
    const outputs = take(createUint32Rng(seed), 1000);
    expect(outputs.slice(0, 4)).toEqual(first);
    expect(outputs[999]).toBe(thousandth);
  });

  it('createUint32Rng(seed) returns integers in [0, 2^32)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const x of take(createUint32Rng(seed), 50)) {
          if (!Number.isInteger(x) || x < 0 || x >= 2 ** 32) return false;
        }
        return true;
      }),
      { seed: 42 },
    );
  });
});

describe('seedToState', () => {
  it('seedToState(seed) reduces integers modulo 2^64 in two\'s complement', () => {
    expect(seedToState(0)).toEqual({ hi: 0, lo: 0 });
    expect(seedToState(-1)).toEqual({ hi: 0xffffffff, lo: 0xffffffff });
    expect(seedToState(2 ** 32 + 7)).toEqual({ hi: 1, lo: 7 });
    expect(seedToState(2 ** 64 + 4096)).toEqual({ hi: 0, lo: 4096 });
    expect(seedToState(1e300)).toEqual({ hi: 0, lo: 0 });
  });

  it('seedToState(non-integer) throws a RangeError', () => {
    for (const bad of [0.5, Number.NaN, Infinity, -Infinity]) {
      expect(() => seedToState(bad)).toThrow(RangeError);
    }
    expect(() => createRng(1.5)).toThrow(RangeError);
  });
});

describe('createRng', () => {
  it('createRng(42)() is the first reference output divided by 2^32', () => {
    expect(createRng(42)()).toBe(0xa15c02b7 / 2 ** 32);
  });

  it('createRng(seed) is k / 2^32 for the k of createUint32Rng(seed), hence in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (seed) => {
        const u = take(createRng(seed), 1100); // crosses a refill boundary
        const k = take(createUint32Rng(seed), 1100);
        return u.every((x, i) => x >= 0 && x < 1 && x === (k[i] ?? -1) / 2 ** 32);
      }),
      { seed: 42 },
    );
  });

  it('createRng(seed) gives the same sequence for the same seed and for seeds equal modulo 2^64', () => {
    expect(take(createRng(7), 100)).toEqual(take(createRng(7), 100));
    expect(take(createRng(2 ** 64 + 4096), 10)).toEqual(take(createRng(4096), 10));
    expect(take(createRng(1e300), 10)).toEqual(take(createRng(0), 10));
  });

  it('createRng(a) and createRng(b) differ for distinct seeds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        (a, b) => {
          fc.pre(a !== b);
          return take(createRng(a), 4).join() !== take(createRng(b), 4).join();
        },
      ),
      { seed: 42 },
    );
  });

  it('createRng(20240601) passes a chi-square uniformity test: 100 bins, 10^6 draws, α = 0.001 (critical 148.23, 99 dof)', () => {
    const next = createRng(20240601);
    const draws = 1_000_000;
    const bins = new Array<number>(100).fill(0);
    for (let j = 0; j < draws; j++) {
      const b = Math.floor(next() * 100);
      bins[b] = (bins[b] ?? 0) + 1;
    }
    expect(chiSquareUniform(bins, draws)).toBeLessThan(CHI2_CRITICAL_99_DOF_ALPHA_0_001);
  });

  it('createRng(99) passes a chi-square test on consecutive pairs: 10×10 cells, 5·10^5 pairs, α = 0.001 (critical 148.23, 99 dof)', () => {
    const next = createRng(99);
    const pairs = 500_000;
    const cells = new Array<number>(100).fill(0);
    for (let j = 0; j < pairs; j++) {
      const c = Math.floor(next() * 10) * 10 + Math.floor(next() * 10);
      cells[c] = (cells[c] ?? 0) + 1;
    }
    expect(chiSquareUniform(cells, pairs)).toBeLessThan(CHI2_CRITICAL_99_DOF_ALPHA_0_001);
  });
});

describe('createRngFill', () => {
  it('createRngFill(seed) continues the createRng(seed) sequence across calls of any length', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 5 }), (seed, lengths) => {
        const fill = createRngFill(seed);
        const filled: number[] = [];
        for (const length of lengths) {
          const out = new Float64Array(length);
          fill(out);
          filled.push(...out);
        }
        return filled.join() === take(createRng(seed), filled.length).join();
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});
