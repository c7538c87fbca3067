import { describe, expect, it } from 'vitest';
import { heatLevel, heatLevels, heatParameters, heatPosition, heatScale, heatTicks, heatValueAt, viridis } from './heatmap';

describe('heatmap', () => {
  it('viridis(0) and viridis(1) are the ramp ends', () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
  });

  it('heatLevels maps the minimum to 0, the largest finite value to 1, and ∞ to 1', () => {
    expect([...heatLevels(Float64Array.from([2, 5, Infinity, 3]))]).toEqual([0, 1, 1, Math.log1p(1) / Math.log1p(3)]);
  });

  it('heatScale(values) is the finite minimum and maximum, and {0, 0} when nothing is finite', () => {
    expect(heatScale([2, 5, Infinity, 3, NaN, -Infinity])).toEqual({ min: 2, max: 5 });
    expect(heatScale([Infinity, NaN])).toEqual({ min: 0, max: 0 });
  });

  it('heatLevel(scale, v) is log(1 + v − min) / log(1 + max − min): halfway in log at v = min + e − 1', () => {
    // With max − min = e² − 1 the denominator is 2; v − min = e − 1 gives a numerator of 1.
    const scale = { min: 1, max: 1 + Math.expm1(2) };
    expect(heatLevel(scale, 1 + Math.expm1(1))).toBeCloseTo(0.5, 14);
    expect(heatLevel(scale, 0)).toBe(0);
    expect(heatLevel(scale, 100)).toBe(1);
    expect(heatLevel(scale, Infinity)).toBe(1);
    expect(heatLevel(scale, NaN)).toBe(1);
    expect(heatLevel({ min: 3, max: 3 }, 3)).toBe(0);
  });

  it('heatValueAt(scale, t) inverts heatLevel', () => {
    const scale = { min: 0.69, max: 40 };
    for (const v of [0.69, 1, 2.5, 17, 40]) expect(heatValueAt(scale, heatLevel(scale, v))).toBeCloseTo(v, 12);
  });

  it('heatTicks(scale) starts at the minimum and keeps the 1-2-5 values at least `gap` apart on the bar', () => {
    // Levels of 1, 2, 5, 10, 20 on [0.69, 40] (numpy): 0.073, 0.226, 0.452, 0.631, 0.815; 1 is too close to 0.
    expect(heatTicks({ min: 0.69, max: 40 })).toEqual([0.69, 2, 5, 10, 20]);
    expect(heatTicks({ min: 0.69, max: 40 }, 0.2)).toEqual([0.69, 2, 5, 20]);
  });

  it('heatTicks(scale) of a flat scale is just its value', () => {
    expect(heatTicks({ min: 3, max: 3 })).toEqual([3]);
  });

  it('heatParameters inverts heatPosition', () => {
    const l = { mus: Float64Array.from([-4, 0, 4]), logSigmas: Float64Array.from([Math.log(0.25), 0, Math.log(4)]), values: new Float64Array(9) };
    const { fx, fy } = heatPosition(l, 1, 2);
    const back = heatParameters(l, fx, fy);
    expect(back.mu).toBeCloseTo(1, 12);
    expect(back.sigma).toBeCloseTo(2, 12);
    expect(heatPosition(l, -4, 4)).toEqual({ fx: 0, fy: 0 });
  });
});
