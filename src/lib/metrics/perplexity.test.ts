import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bitsPerDim,
  MAX_NLL_NATS,
  nllBits,
  perplexity,
  validateDimension,
  validateDims,
  validateImageNll,
  validateImageShape,
  validateNll,
} from './perplexity';
import { expectRelativelyClose } from '../test-support/assertions';

const nllNats = fc.double({ min: 0, max: MAX_NLL_NATS, noNaN: true });

describe('perplexity', () => {
  it('perplexity(ln 50) is 50', () => {
    expectRelativelyClose(perplexity(Math.log(50)), 50, 1e-12);
  });

  it('perplexity(0) is 1, a model certain of every token', () => {
    expect(perplexity(0)).toBe(1);
  });

  it('perplexity(ln 2 · b) is 2^b: perplexity is 2 to the NLL in bits', () => {
    fc.assert(
      fc.property(nllNats, (nll) => {
        expectRelativelyClose(perplexity(nll), 2 ** nllBits(nll), 1e-12);
      }),
      { seed: 42 },
    );
  });

  it('perplexity(700) is finite and perplexity(710) overflows to +Infinity', () => {
    expect(Number.isFinite(perplexity(MAX_NLL_NATS))).toBe(true);
    expect(perplexity(710)).toBe(Infinity);
  });
});

describe('nllBits', () => {
  it('nllBits(ln 2) is 1 bit', () => {
    expectRelativelyClose(nllBits(Math.log(2)), 1, 1e-12);
  });

  it('nllBits(ln 256) is 8 bits', () => {
    expectRelativelyClose(nllBits(Math.log(256)), 8, 1e-12);
  });

  it('nllBits(nll) · ln 2 gives back nll', () => {
    fc.assert(
      fc.property(nllNats, (nll) => {
        expectRelativelyClose(nllBits(nll) * Math.LN2, nll, 1e-12);
      }),
      { seed: 42 },
    );
  });
});

describe('bitsPerDim', () => {
  it('bitsPerDim(3072 · ln 2 · 3, 32 × 32 × 3) is 3', () => {
    const shape = validateImageShape(32, 32, 3);
    expect(shape).toEqual({ ok: true, value: 3072 });
    expectRelativelyClose(bitsPerDim(3072 * Math.log(2) * 3, 3072), 3, 1e-12);
  });

  it('bitsPerDim(nll, dims) is nllBits(nll) / dims', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 2 ** 30 }), (nll, dims) => {
        const expected = nllBits(nll) / dims;
        if (expected === 0) expect(bitsPerDim(nll, dims)).toBe(0);
        else expectRelativelyClose(bitsPerDim(nll, dims), expected, 1e-12);
      }),
      { seed: 42 },
    );
  });

  it('bitsPerDim(nll, dims) throws a RangeError unless dims is a positive integer', () => {
    for (const dims of [0, -3, 1.5, Number.NaN, Infinity]) {
      expect(() => bitsPerDim(1, dims)).toThrow(RangeError);
    }
  });
});

describe('validateNll', () => {
  const message = 'The average NLL must be a number between 0 and 700 nats.';

  it('validateNll(x) accepts numbers and typed text from 0 to 700 nats', () => {
    expect(validateNll(0)).toEqual({ ok: true, value: 0 });
    expect(validateNll(700)).toEqual({ ok: true, value: 700 });
    expect(validateNll(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(validateNll('1e-3')).toEqual({ ok: true, value: 0.001 });
  });

  it('validateNll(x) rejects negatives, values above 700, non-finite numbers and non-numeric text with one message', () => {
    for (const bad of [-0.1, 700.0001, Number.NaN, Infinity, '', '  ', 'abc', '1/2', 'Infinity', '-1']) {
      expect(validateNll(bad)).toEqual({ ok: false, message });
    }
  });

  it('validateNll(x) accepts every number in [0, 700] and its decimal text alike', () => {
    fc.assert(
      fc.property(nllNats, (x) => {
        expect(validateNll(x)).toEqual({ ok: true, value: x });
        expect(validateNll(String(x))).toEqual({ ok: true, value: x });
      }),
      { seed: 42 },
    );
  });
});

describe('validateImageNll', () => {
  it('validateImageNll(x) accepts any finite number of nats from 0 up', () => {
    expect(validateImageNll(0)).toEqual({ ok: true, value: 0 });
    expect(validateImageNll('6386.4')).toEqual({ ok: true, value: 6386.4 });
    expect(validateImageNll(1e12)).toEqual({ ok: true, value: 1e12 });
  });

  it('validateImageNll(x) rejects negatives, non-finite numbers and non-numeric text', () => {
    for (const bad of [-1, Number.NaN, Infinity, '', 'x', '1e999']) {
      expect(validateImageNll(bad)).toEqual({ ok: false, message: 'The image NLL must be a finite number of nats, 0 or more.' });
    }
  });
});

describe('validateDimension and validateImageShape', () => {
  it('validateDimension(x, label) accepts positive whole numbers and names the field otherwise', () => {
    expect(validateDimension('32', 'Height')).toEqual({ ok: true, value: 32 });
    for (const bad of [0, -2, 2.5, '', 'three', Number.NaN]) {
      expect(validateDimension(bad, 'Height')).toEqual({ ok: false, message: 'Height must be a positive whole number.' });
    }
  });

  it('validateImageShape(h, w, c) is h·w·c, or the message of the first invalid field', () => {
    expect(validateImageShape('64', '64', '3')).toEqual({ ok: true, value: 12288 });
    expect(validateImageShape(0, 0, 0)).toEqual({ ok: false, message: 'Height must be a positive whole number.' });
    expect(validateImageShape(32, 2.5, 3)).toEqual({ ok: false, message: 'Width must be a positive whole number.' });
    expect(validateImageShape(32, 32, 'rgb')).toEqual({ ok: false, message: 'Channels must be a positive whole number.' });
  });

  it('validateImageShape(h, w, c) rejects a product beyond 2^53 − 1', () => {
    const result = validateImageShape(2 ** 20, 2 ** 20, 2 ** 20);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/too large/);
  });

  it('validateDims(x) accepts a positive whole number of dimensions only', () => {
    expect(validateDims(3072)).toEqual({ ok: true, value: 3072 });
    expect(validateDims('784')).toEqual({ ok: true, value: 784 });
    for (const bad of [0, 1.5, -1, '', 'n']) {
      expect(validateDims(bad)).toEqual({ ok: false, message: 'The number of dimensions must be a positive whole number.' });
    }
  });
});
