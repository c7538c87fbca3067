import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('niceTicks(−15, 15, 6) steps by 5', () => {
    expect(niceTicks(-15, 15, 6)).toEqual([-15, -10, -5, 0, 5, 10, 15]);
  });

  it('niceTicks(lo, hi) of a small span gives clean decimals, not 0.30000000000000004', () => {
    expect(niceTicks(-6.3, -5.2, 5)).toEqual([-6.2, -6, -5.8, -5.6, -5.4, -5.2]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('niceTicks(lo, hi) of a large span steps by a power of ten times 1, 2 or 5', () => {
    expect(niceTicks(-31300, -200, 5)).toEqual([-30000, -25000, -20000, -15000, -10000, -5000]);
  });

  it('niceTicks(a, a) is [a], and non-finite bounds give []', () => {
    expect(niceTicks(2, 2)).toEqual([2]);
    expect(niceTicks(0, Infinity)).toEqual([]);
  });
});
