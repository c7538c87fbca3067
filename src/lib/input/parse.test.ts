import { describe, expect, it } from 'vitest';
import { parsePlainNumber } from './parse';

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
