import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entryLabel, withEntry } from './rescale';
import { expectRelativelyClose } from '../test-support/assertions';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('withEntry', () => {
  it('withEntry on two outcomes gives [v, 1 − v], written as the decimals a reader typed', () => {
    expect(withEntry([0.5, 0.5], 0, 0.41)).toEqual({ values: [0.41, 0.59], spread: false });
    expect(withEntry([0.7, 0.3], 1, 0.29)).toEqual({ values: [0.71, 0.29], spread: false });
  });

  it('withEntry scales the others by (1 − v) / (their old sum), by hand: [0.2, 0.3, 0.5] with entry 1 at 0.4 is [0.225, 0.4, 0.375]', () => {
    // The others 0.2 and 0.5 (sum 0.7) share 0.6: factor 6/7, so 0.2·6/7 = 12/70 and 0.5·6/7 = 30/70.
    const r = withEntry([0.2, 0.3, 0.5], 1, 0.4);
    expect(r.spread).toBe(false);
    expectRelativelyClose(r.values[0]!, 12 / 70, 1e-12);
    expect(r.values[1]).toBe(0.4);
    expectRelativelyClose(r.values[2]!, 30 / 70, 1e-12);
  });

  it('withEntry at value 0 gives the others all the mass, in their old proportions', () => {
    const r = withEntry([0.2, 0.3, 0.5], 2, 0);
    expect(r.values[2]).toBe(0);
    expectRelativelyClose(r.values[0]!, 0.4, 1e-12);
    expectRelativelyClose(r.values[1]!, 0.6, 1e-12);
  });

  it('withEntry at value 1 sets every other entry to exactly 0', () => {
    expect(withEntry([0.2, 0.3, 0.5], 0, 1)).toEqual({ values: [1, 0, 0], spread: false });
  });

  it('withEntry shares the remainder equally when the others are all 0, and says so', () => {
    expect(withEntry([1, 0, 0], 0, 0.7)).toEqual({ values: [0.7, 0.15, 0.15], spread: true });
    expect(withEntry([0, 1], 1, 0.25)).toEqual({ values: [0.75, 0.25], spread: true });
    expect(withEntry([0, 0, 1, 0, 0], 2, 0)).toEqual({ values: [0.25, 0.25, 0, 0.25, 0.25], spread: true });
  });

  it('withEntry clamps the value to [0, 1]', () => {
    expect(withEntry([0.5, 0.5], 0, 1.5).values).toEqual([1, 0]);
    expect(withEntry([0.5, 0.5], 0, -0.2).values).toEqual([0, 1]);
  });

  it('withEntry keeps the smallest doubles positive and finite, never NaN or ∞', () => {
    const tiny = Number.MIN_VALUE; // 5e-324, subnormal
    const r = withEntry([0.5, tiny, tiny], 0, 0.5);
    // The two tiny entries are equal, so they share 0.5 equally.
    expect(r.values).toEqual([0.5, 0.25, 0.25]);
    const s = withEntry([1 - 1e-308, 1e-308, tiny], 0, 1 - 1e-16);
    for (const v of s.values) expect(Number.isFinite(v) && v >= 0).toBe(true);
    expect(s.values[1]! > 0 && s.values[2]! > 0).toBe(true);
    const u = withEntry([1, tiny], 0, 1);
    expect(u.values).toEqual([1, 0]);
    // 1e-15 · 2e-309 underflows below the smallest double; the entry stays positive (its support is kept).
    const x = withEntry([1, 2e-309, 0, 0], 2, 1 - 1e-15);
    expect(x.values[1]).toBe(tiny);
    expect(x.values[3]).toBe(0);
    const w = withEntry([0.5, 0.5, 0], 2, tiny);
    expect(w.values[2]).toBe(tiny);
    expect(w.values[0]).toBe(0.5);
  });

  it('withEntry on a one-entry vector is [1]', () => {
    expect(withEntry([1], 0, 0.3)).toEqual({ values: [1], spread: false });
  });

  it('withEntry throws for an index outside the vector and for NaN', () => {
    expect(() => withEntry([0.5, 0.5], 2, 0.1)).toThrow(RangeError);
    expect(() => withEntry([0.5, 0.5], -1, 0.1)).toThrow(RangeError);
    expect(() => withEntry([0.5, 0.5], 0, NaN)).toThrow(RangeError);
  });

  it('withEntry keeps the sum 1 within 1e-12 and the others in proportion, for any distribution and value (property)', () => {
    const distribution = fc
      .array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(0), fc.constant(Number.MIN_VALUE)), { minLength: 2, maxLength: 10 })
      .filter((xs) => sum(xs) > 0)
      .map((xs) => xs.map((x) => x / sum(xs)));
    fc.assert(
      fc.property(distribution, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (p, k, v) => {
        const i = k % p.length;
        const { values, spread } = withEntry(p, i, v);
        expect(values).toHaveLength(p.length);
        for (const x of values) expect(Number.isFinite(x) && x >= 0).toBe(true);
        expect(values[i]).toBe(v);
        expect(Math.abs(sum(values) - 1)).toBeLessThanOrEqual(1e-12);
        const others = p.map((_, j) => j).filter((j) => j !== i);
        const oldRest = others.reduce((s, j) => s + p[j]!, 0);
        expect(spread).toBe(oldRest === 0);
        // Proportions: each other entry is (1 − v) times its old share of the others (tested where that share is a normal double).
        for (const j of others) {
          const expected = spread ? (1 - v) / others.length : (1 - v) * (p[j]! / oldRest);
          if (expected > 1e-300) expectRelativelyClose(values[j]!, expected, 1e-12);
          if (!spread && p[j]! > 0 && v < 1) expect(values[j]! > 0).toBe(true);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('entryLabel', () => {
  it('entryLabel writes symbol, subscript and two decimals for hundredths', () => {
    expect(entryLabel('q', 0, 0.7)).toBe('q₁ = 0.70');
    expect(entryLabel('p', 9, 0)).toBe('p₁₀ = 0.00');
    expect(entryLabel('q', 1, 0.29000000000000004)).toBe('q₂ = 0.29');
  });

  it('entryLabel shows 3 significant digits for other values, and never rounds a positive value to 0.00', () => {
    expect(entryLabel('q', 2, 0.225)).toBe('q₃ = 0.225');
    expect(entryLabel('q', 0, 1 / 3)).toBe('q₁ = 0.333');
    expect(entryLabel('q', 0, 1e-300)).toBe('q₁ = 1×10⁻³⁰⁰');
  });
});
