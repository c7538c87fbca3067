import { describe, expect, it } from 'vitest';
import { formatVector, parseDistribution, parseDistributionPair, parsePlainNumber } from './distribution';

describe('parsePlainNumber', () => {
  it('parsePlainNumber accepts plain decimals and exponent notation', () => {
    expect(parsePlainNumber('0.25')).toBe(0.25);
    expect(parsePlainNumber(' -3 ')).toBe(-3);
    expect(parsePlainNumber('1e-12')).toBe(1e-12);
    expect(parsePlainNumber('.5')).toBe(0.5);
  });

  it('parsePlainNumber rejects text, empty, hex, fractions and infinities', () => {
    for (const bad of ['', 'abc', '0x10', '1/2', 'Infinity', 'NaN', '1e999', '1,5', '--1']) expect(parsePlainNumber(bad)).toBeNull();
  });
});

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
