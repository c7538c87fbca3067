import { describe, expect, it } from 'vitest';
import { codePointLength, codePoints, fromCodePoints, toSymbols, vocabularyOf } from './code-points';

describe('code points', () => {
  it('codePoints splits an emoji pair into one code point and a combining mark into its own', () => {
    expect(Array.from(codePoints('a😀e\u0301'))).toEqual([0x61, 0x1f600, 0x65, 0x301]);
    expect(codePoints('')).toHaveLength(0);
  });

  it('codePointLength counts code points, not UTF-16 units, and a lone surrogate as one', () => {
    expect(codePointLength('😀😀')).toBe(2);
    expect(codePointLength('a\ud800b')).toBe(3);
    expect(codePointLength('')).toBe(0);
  });

  it('vocabularyOf returns the distinct code points of all sequences, sorted', () => {
    expect(Array.from(vocabularyOf(codePoints('cab'), codePoints('zab😀')))).toEqual([0x61, 0x62, 0x63, 0x7a, 0x1f600]);
  });

  it('toSymbols maps code points to vocabulary indices and refuses one outside it', () => {
    const v = vocabularyOf(codePoints('ba'));
    expect(Array.from(toSymbols(codePoints('abba'), v))).toEqual([0, 1, 1, 0]);
    expect(() => toSymbols(codePoints('c'), v)).toThrow(RangeError);
  });

  it('fromCodePoints spells long sequences back (beyond one argument chunk)', () => {
    const text = '😀x'.repeat(5000);
    expect(fromCodePoints(codePoints(text))).toBe(text);
    expect(fromCodePoints([])).toBe('');
  });
});
