import { describe, expect, it } from 'vitest';
import { mixtureQuery, readMixtureQuery, toMixture } from './params';

const read = (query: string) => readMixtureQuery(new URLSearchParams(query));

describe('readMixtureQuery', () => {
  it('readMixtureQuery returns null when the query names no component', () => {
    expect(read('p=0.5,0.5')).toBeNull();
  });

  it('readMixtureQuery takes w2 = 1 − w1 when two components leave w2 out', () => {
    const r = read('w1=0.3&mu1=-2&sigma1=1&mu2=2&sigma2=0.5');
    expect(r).toEqual({ ok: true, value: [{ w: 0.3, mu: -2, sigma: 1 }, { w: 0.7, mu: 2, sigma: 0.5 }] });
  });

  it('readMixtureQuery keeps raw weights; toMixture normalizes them when w2 is given or there are more components', () => {
    const r = read('w1=0.2&mu1=0&sigma1=1&w2=0.2&mu2=1&sigma2=1&w3=0.6&mu3=3&sigma3=2');
    expect(r?.ok).toBe(true);
    if (r?.ok) expect(toMixture(r.value).map((c) => c.weight)).toEqual([0.2, 0.2, 0.6]);
    const two = read('w1=0.2&mu1=0&sigma1=1&w2=0.2&mu2=1&sigma2=1');
    if (two?.ok) expect(toMixture(two.value).map((c) => c.weight)).toEqual([0.5, 0.5]);
  });

  it('readMixtureQuery rejects a partial component, a fifth component, one component, and w2 left out with three', () => {
    for (const bad of [
      'w1=0.5&mu1=0&sigma1=1&w2=0.5&mu2=1',
      'w1=0.5&mu1=0&sigma1=1&mu2=1&sigma2=1&w5=0.1&mu5=0&sigma5=1',
      'w1=0.5&mu1=0&sigma1=1',
      'w1=0.3&mu1=0&sigma1=1&mu2=1&sigma2=1&w3=0.3&mu3=2&sigma3=1',
    ]) {
      expect(read(bad)?.ok).toBe(false);
    }
  });

  it('readMixtureQuery rejects values outside the supported ranges and non-numbers', () => {
    for (const bad of [
      'w1=0&mu1=0&sigma1=1&mu2=1&sigma2=1',
      'w1=0.5&mu1=11&sigma1=1&mu2=1&sigma2=1',
      'w1=0.5&mu1=0&sigma1=0.05&mu2=1&sigma2=1',
      'w1=0.5&mu1=0&sigma1=6&mu2=1&sigma2=1',
      'w1=0.5&mu1=zero&sigma1=1&mu2=1&sigma2=1',
    ]) {
      const r = read(bad);
      expect(r?.ok).toBe(false);
      if (r && !r.ok) expect(r.message).toMatch(/w1|mu1|sigma1/);
    }
  });

  it('mixtureQuery round-trips through readMixtureQuery', () => {
    const components = [{ w: 0.25, mu: -1.5, sigma: 0.3 }, { w: 0.75, mu: 4, sigma: 2 }];
    const params = new URLSearchParams(Object.entries(mixtureQuery(components)).filter((e): e is [string, string] => e[1] !== undefined));
    expect(params.has('w2')).toBe(false);
    expect(readMixtureQuery(params)).toEqual({ ok: true, value: components });
  });
});
