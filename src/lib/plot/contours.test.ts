import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contourSegments } from './contours';

/** A columns × rows grid of f(i, j), row-major. */
const grid = (columns: number, rows: number, f: (i: number, j: number) => number) =>
  Float64Array.from({ length: columns * rows }, (_, k) => f(k % columns, Math.floor(k / columns)));

describe('contourSegments', () => {
  it('contourSegments(v = i, level 1.5) is the vertical line x = 1.5, one segment per row of cells', () => {
    expect(contourSegments(grid(4, 3, (i) => i), 4, 3, 1.5)).toEqual([1.5, 0, 1.5, 1, 1.5, 1, 1.5, 2]);
  });

  it('contourSegments of a linear field puts every endpoint on the line a·x + b·y + c = level', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: -3, max: -0.1, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b, level) => {
        const segments = contourSegments(grid(6, 5, (i, j) => a * i + b * j + 1), 6, 5, level);
        for (let k = 0; k < segments.length; k += 2) {
          expect(a * segments[k]! + b * segments[k + 1]! + 1).toBeCloseTo(level, 9);
        }
        expect(segments.length % 4).toBe(0);
      }),
      { seed: 42 },
    );
  });

  it('contourSegments around a single peak closes a diamond through the four edge midpoints', () => {
    const peak = grid(3, 3, (i, j) => (i === 1 && j === 1 ? 1 : 0));
    const segments = contourSegments(peak, 3, 3, 0.5);
    expect(segments).toHaveLength(16);
    const points = new Set<string>();
    for (let k = 0; k < segments.length; k += 2) points.add(`${segments[k]},${segments[k + 1]}`);
    expect([...points].sort()).toEqual(['0.5,1', '1,0.5', '1,1.5', '1.5,1']);
  });

  it('contourSegments splits a saddle cell by the mean of its corners', () => {
    // Corners (0,0) and (1,1) are 1, the other two 0; the mean is 0.5.
    const saddle = Float64Array.from([1, 0, 0, 1]);
    // Level 0.5: the centre counts as high, so the high corners join and the lines cut off the low ones.
    expect(contourSegments(saddle, 2, 2, 0.5)).toEqual([0.5, 0, 1, 0.5, 0, 0.5, 0.5, 1]);
    // Level 0.6: the centre is low, so the lines cut off the high corners (0,0) and (1,1).
    const cut = contourSegments(saddle, 2, 2, 0.6);
    expect(cut).toHaveLength(8);
    expect(cut[0]).toBe(0);
    expect(cut[1]).toBeCloseTo(0.4, 15);
    expect(cut[2]).toBeCloseTo(0.4, 15);
    expect(cut[3]).toBe(0);
    expect(cut[4]).toBe(1);
    expect(cut[5]).toBeCloseTo(0.6, 15);
    expect(cut[6]).toBeCloseTo(0.6, 15);
    expect(cut[7]).toBe(1);
  });

  it('contourSegments skips cells with an infinite corner and returns [] for a degenerate grid', () => {
    const v = grid(3, 2, (i) => i);
    v[0] = Infinity;
    // Only the right column of cells (corners at i = 1, 2) is left; the level 0.5 crosses none of it.
    expect(contourSegments(v, 3, 2, 0.5)).toEqual([]);
    expect(contourSegments(v, 3, 2, 1.5)).toEqual([1.5, 0, 1.5, 1]);
    expect(contourSegments([1, 2], 1, 2, 1.5)).toEqual([]);
    expect(contourSegments([1, 2], 2, 1, 1.5)).toEqual([]);
  });
});
