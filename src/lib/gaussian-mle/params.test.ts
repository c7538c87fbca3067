import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseMleSampleSize, readMleGaussianQuery } from './params';

const query = (text: string) => readMleGaussianQuery(new URLSearchParams(text));

describe('parseMleSampleSize', () => {
  it('parseMleSampleSize accepts whole numbers from 2 to 1,000,000, in exponent notation too', () => {
    expect(parseMleSampleSize('2')).toEqual({ ok: true, value: 2 });
    expect(parseMleSampleSize(' 1e6 ')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseMleSampleSize('2.5e2')).toEqual({ ok: true, value: 250 });
  });

  it('parseMleSampleSize refuses 1, 1,000,001, fractions, text and the empty string, naming the range', () => {
    for (const bad of ['1', '0', '-5', '1000001', '2.5', 'ten', '', '1,000', 'Infinity', '0x10']) {
      const r = parseMleSampleSize(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toContain('from 2 to 1,000,000');
    }
  });
});

describe('readMleGaussianQuery', () => {
  it('readMleGaussianQuery is null when the query names none of the widget’s parameters', () => {
    expect(query('')).toBeNull();
    expect(query('p=0.5,0.5&x=3')).toBeNull();
  });

  it('readMleGaussianQuery fills what the link leaves out from the defaults', () => {
    expect(query('n=50')).toEqual({ ok: true, value: { ...DEFAULT_STATE, n: 50 } });
    expect(query('seed=-7')).toEqual({ ok: true, value: { ...DEFAULT_STATE, seed: -7 } });
  });

  it('readMleGaussianQuery reads the kl-fits target with the same rules (w2 implied with two components)', () => {
    expect(query('w1=0.3&mu1=-1&sigma1=0.5&mu2=4&sigma2=2&n=1e5&seed=3')).toEqual({
      ok: true,
      value: { components: [{ w: 0.3, mu: -1, sigma: 0.5 }, { w: 0.7, mu: 4, sigma: 2 }], n: 100_000, seed: 3 },
    });
  });

  it('readMleGaussianQuery refuses the whole link when any value is bad', () => {
    for (const bad of ['n=1', 'n=2000000&seed=1', 'seed=1.5', 'seed=abc&n=10', 'w1=0.5&mu1=0&sigma1=1&n=10', 'mu1=20&sigma1=1&w1=0.5&mu2=0&sigma2=1', 'w1=0.2&mu1=0&sigma1=6&mu2=1&sigma2=1']) {
      expect(query(bad)?.ok, bad).toBe(false);
    }
  });
});
