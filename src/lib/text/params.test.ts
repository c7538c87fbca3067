import { describe, expect, it } from 'vitest';
import { parseK, parseOrder, parseSeed, parseText, parseTextModelQuery, textsFitInLink, type TextModelState } from './params';

const fallback: TextModelState = { order: 4, k: 0.01, seed: 1, train: null, test: null };

describe('text model parameters', () => {
  it('parseOrder accepts whole numbers 1 to 8 and refuses the rest with a message', () => {
    expect(parseOrder('1')).toEqual({ ok: true, value: 1 });
    expect(parseOrder('8')).toEqual({ ok: true, value: 8 });
    for (const bad of ['0', '9', '2.5', 'three', '', '1e1']) {
      const result = parseOrder(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/order/);
    }
  });

  it('parseK accepts [0, 10] in decimal or exponent notation, and refuses negatives, text and more than 10', () => {
    expect(parseK('0')).toEqual({ ok: true, value: 0 });
    expect(parseK('-0')).toEqual({ ok: true, value: 0 });
    expect(parseK('1e-12')).toEqual({ ok: true, value: 1e-12 });
    expect(parseK('10')).toEqual({ ok: true, value: 10 });
    for (const bad of ['-0.1', '10.5', 'x', '', 'Infinity', 'NaN']) expect(parseK(bad).ok).toBe(false);
  });

  it('parseSeed accepts safe whole numbers only', () => {
    expect(parseSeed('-7')).toEqual({ ok: true, value: -7 });
    for (const bad of ['1.5', '1e300', 'x']) expect(parseSeed(bad).ok).toBe(false);
  });

  it('parseText refuses an empty text and one over 1,000,000 code points, counting an emoji once', () => {
    expect(parseText('a', 'The training text')).toEqual({ ok: true, value: 'a' });
    expect(parseText('', 'The test text')).toEqual({ ok: false, message: 'The test text is empty.' });
    expect(parseText('😀'.repeat(1_000_000), 'The test text').ok).toBe(true);
    expect(parseText('a'.repeat(1_000_001), 'The test text').ok).toBe(false);
  });

  it('parseTextModelQuery keeps the fallback for absent values and fails whole on any bad one', () => {
    expect(parseTextModelQuery({}, fallback)).toEqual({ ok: true, value: fallback });
    expect(parseTextModelQuery({ order: '2', k: '0', train: 'ab', test: 'ba' }, fallback)).toEqual({
      ok: true,
      value: { order: 2, k: 0, seed: 1, train: 'ab', test: 'ba' },
    });
    expect(parseTextModelQuery({ order: '2', k: '-1' }, fallback).ok).toBe(false);
    expect(parseTextModelQuery({ order: '2', train: '' }, fallback).ok).toBe(false);
  });

  it('textsFitInLink measures the URL-encoded length of both texts against 2000 characters', () => {
    expect(textsFitInLink(null, null)).toBe(true);
    expect(textsFitInLink('a'.repeat(1000), 'b'.repeat(1000))).toBe(true);
    expect(textsFitInLink('a'.repeat(1000), 'b'.repeat(1001))).toBe(false);
    // "é" encodes to %C3%A9, six characters.
    expect(textsFitInLink('é'.repeat(334), null)).toBe(false);
    expect(textsFitInLink('é'.repeat(333), null)).toBe(true);
  });
});
