import { describe, expect, it } from 'vitest';
import { binCount, densityHistogram } from './histogram';

describe('densityHistogram', () => {
  it('densityHistogram([0, 0.5, 1, 2], 0, 1, 2) counts 1 and 2 draws (x = hi in the last bin), 1 outside', () => {
    const h = densityHistogram([0, 0.5, 1, 2], 0, 1, 2);
    expect(h.edges).toEqual([0, 0.5, 1]);
    // density = count / (n · width) = count / (4 · 0.5).
    expect(h.density).toEqual([0.5, 1]);
    expect(h.outside).toBe(1);
  });

  it('densityHistogram integrates to the share of draws inside the range', () => {
    const xs = [-3, -1, -0.5, 0, 0.2, 0.7, 2.9, 5];
    const h = densityHistogram(xs, -2, 3, 7);
    const width = 5 / 7;
    expect(h.density.reduce((s, d) => s + d * width, 0)).toBeCloseTo(6 / 8, 14);
    expect(h.outside).toBe(2);
  });

  it('densityHistogram of no draws is all zeros', () => {
    expect(densityHistogram([], 0, 1, 3).density).toEqual([0, 0, 0]);
  });

  it('densityHistogram throws RangeError for an empty range or a bad bin count', () => {
    expect(() => densityHistogram([1], 1, 1, 3)).toThrow(RangeError);
    expect(() => densityHistogram([1], 0, 1, 0)).toThrow(RangeError);
    expect(() => densityHistogram([1], 0, 1, 2.5)).toThrow(RangeError);
  });
});

describe('binCount', () => {
  it('binCount(n) is ⌈3·n^(1/3)⌉ clamped to [10, 80]', () => {
    expect(binCount(1000)).toBe(30);
    expect(binCount(2)).toBe(10);
    expect(binCount(1_000_000)).toBe(80);
    expect(binCount(8000)).toBe(60);
  });
});
