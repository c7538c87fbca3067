import { describe, expect, it } from 'vitest';
import { logTicks, niceStep, niceTicks } from './ticks';

describe('ticks', () => {
  it('niceStep(span, count) rounds span/count to 1, 2 or 5 × 10^k', () => {
    // 9.2/5 = 1.84 lies above √2, below √10: 2. 100/3 = 33.3 is 3.33 × 10, above √10: 50. 1/10 is exactly 0.1.
    expect(niceStep(9.2, 5)).toBe(2);
    expect(niceStep(100, 3)).toBe(50);
    expect(niceStep(1, 10)).toBeCloseTo(0.1, 15);
    expect(niceStep(0.8, 3)).toBeCloseTo(0.2, 15);
  });

  it('niceStep(span, count) is NaN for an empty, negative or infinite span', () => {
    expect(niceStep(0, 5)).toBeNaN();
    expect(niceStep(-1, 5)).toBeNaN();
    expect(niceStep(Infinity, 5)).toBeNaN();
    expect(niceStep(1, 0)).toBeNaN();
  });

  it('niceTicks(lo, hi, count) gives the round values inside the interval, as d3.ticks does', () => {
    expect(niceTicks(-4.6, 4.6, 5)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0.3, 4.4, 4)).toEqual([1, 2, 3, 4]);
  });

  it('niceTicks(0, 1, 10) gives exact decimals, not accumulated round-off', () => {
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(niceTicks(-0.35, -0.05, 3)).toEqual([-0.3, -0.2, -0.1]);
  });

  it('niceTicks(lo, hi) writes zero as 0, never −0', () => {
    expect(Object.is(niceTicks(-1, 1, 2)[1], 0)).toBe(true);
  });

  it('niceTicks(lo, hi) is [lo] for lo = hi and [] for a reversed or non-finite interval', () => {
    expect(niceTicks(-1, -1)).toEqual([-1]);
    expect(niceTicks(2, 1)).toEqual([]);
    expect(niceTicks(NaN, 1)).toEqual([]);
    expect(niceTicks(0, Infinity)).toEqual([]);
  });

  it('logTicks(lo, hi) prefers decades, and adds 2 and 5 (then 3) when decades give fewer than three', () => {
    expect(logTicks(0.05, 20)).toEqual([0.1, 1, 10]);
    expect(logTicks(0.3, 4.4)).toEqual([0.5, 1, 2]);
    expect(logTicks(0.25, 1.2)).toEqual([0.3, 0.5, 1]);
  });

  it('logTicks(lo, hi, maxTicks) thins decades to every other one over a very wide range', () => {
    expect(logTicks(1e-3, 1e6, 6)).toEqual([0.001, 0.1, 10, 1000, 100000]);
  });

  it('logTicks(lo, hi) falls back to linear round values over less than a factor of two', () => {
    expect(logTicks(1, 1.8)).toEqual([1, 1.2, 1.4, 1.6, 1.8]);
  });

  it('logTicks(lo, hi) is [] unless 0 < lo < hi', () => {
    expect(logTicks(0, 1)).toEqual([]);
    expect(logTicks(-1, 1)).toEqual([]);
    expect(logTicks(2, 1)).toEqual([]);
  });
});

describe('niceTicks on the elbo axes', () => {
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
