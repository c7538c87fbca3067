import { describe, expect, it } from 'vitest';
import { formatInformation, formatNumber, formatParameter, fromNats } from './number';

describe('formatNumber', () => {
  it('formatNumber rounds to significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.08717669357238888)).toBe('0.087177');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(123456.7, 3)).toBe('123000');
  });

  it('formatNumber shows infinities as ∞ and never a negative zero', () => {
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(-0)).toBe('0');
  });

  it('formatNumber uses a true minus sign and ×10ⁿ for very small or large values', () => {
    expect(formatNumber(-0.168)).toBe('−0.168');
    expect(formatNumber(1.5e-7)).toBe('1.5×10⁻⁷');
    expect(formatNumber(2.5e9)).toBe('2.5×10⁹');
  });

  it('formatNumber never returns NaN text', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('units', () => {
  it('fromNats(ln 2, bits) is 1 bit', () => {
    expect(fromNats(Math.LN2, 'bits')).toBe(1);
    expect(fromNats(0.3, 'nats')).toBe(0.3);
  });

  it('formatInformation appends the unit to finite values only', () => {
    expect(formatInformation(Math.LN2, 'bits')).toBe('1 bits');
    expect(formatInformation(Infinity, 'nats')).toBe('∞');
  });
});

describe('formatParameter', () => {
  it('formatParameter shows round-off next to zero as 0 and keeps 4 significant digits', () => {
    expect(formatParameter(-6.053e-15)).toBe('0');
    expect(formatParameter(2.08806)).toBe('2.088');
  });
});
