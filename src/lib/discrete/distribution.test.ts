import { describe, expect, it } from 'vitest';
import { formatVector, parseDistribution, parseDistributionPair } from './distribution';

describe('parseDistribution', () => {
  it('parseDistribution keeps a vector that sums to 1 within 1e-9 as it is', () => {
    const r = parseDistribution('0.7, 0.3', 'q');
    expect(r).toEqual({ ok: true, value: { values: [0.7, 0.3], normalized: false, sum: 1 } });
  });

  it('parseDistribution normalizes a vector whose sum is off by more than 1e-9 and says so', () => {
    const r = parseDistribution('1,3', 'p');
    expect(r).toEqual({ ok: true, value: { values: [0.25, 0.75], normalized: true, sum: 4 } });
  });

  it('parseDistribution rejects negatives, text, too few or too many outcomes, and a zero sum', () => {
    for (const bad of ['-0.5,1.5', 'a,b', '1', '0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.05,0.05', '0,0', '', '0.5,,0.5']) {
      const r = parseDistribution(bad, 'p');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
  });
});

describe('parseDistributionPair', () => {
  it('parseDistributionPair rejects vectors of different lengths', () => {
    const r = parseDistributionPair('0.5,0.5', '0.2,0.3,0.5');
    expect(r.ok).toBe(false);
  });

  it('formatVector writes full precision with bare commas', () => {
    expect(formatVector([0.1, 1 / 3])).toBe('0.1,0.3333333333333333');
  });
});
