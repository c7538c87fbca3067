import { describe, expect, it } from 'vitest';
import { heatLevels, heatParameters, heatPosition, viridis } from './heatmap';

describe('heatmap', () => {
  it('viridis(0) and viridis(1) are the ramp ends', () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
  });

  it('heatLevels maps the minimum to 0, the largest finite value to 1, and ∞ to 1', () => {
    expect([...heatLevels(Float64Array.from([2, 5, Infinity, 3]))]).toEqual([0, 1, 1, Math.log1p(1) / Math.log1p(3)]);
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
