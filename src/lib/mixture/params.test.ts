import { describe, expect, it } from 'vitest';
import { mixtureQuery, paramLabel, readMixtureQuery, toMixture, withComponentAdded, withLastComponentRemoved, withParam } from './params';

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

const two = [
  { w: 0.5, mu: -2, sigma: 0.6 },
  { w: 0.5, mu: 2, sigma: 0.6 },
];

describe('editing the components', () => {
  it('withParam(two, "w", 0, 0.3) sets w2 to exactly 0.7', () => {
    expect(withParam(two, 'w', 0, 0.3).map((c) => c.w)).toEqual([0.3, 0.7]);
  });

  it('withParam leaves the other weights alone with three components', () => {
    const three = [...two, { w: 0.2, mu: 4, sigma: 1 }];
    expect(withParam(three, 'w', 0, 0.9).map((c) => c.w)).toEqual([0.9, 0.5, 0.2]);
  });

  it('withComponentAdded places the new component 2 right of the rightmost mean, capped at 10', () => {
    const added = withComponentAdded(two);
    expect(added.ok && added.value[2]).toEqual({ w: 0.3, mu: 4, sigma: 0.6 });
    const far = withComponentAdded([{ w: 0.5, mu: 0, sigma: 1 }, { w: 0.5, mu: 9.5, sigma: 1 }]);
    expect(far.ok && far.value[2]!.mu).toBe(10);
  });

  it('withComponentAdded refuses a fifth component and withLastComponentRemoved a first', () => {
    const four = [...two, { w: 0.2, mu: 4, sigma: 1 }, { w: 0.2, mu: 6, sigma: 1 }];
    expect(withComponentAdded(four).ok).toBe(false);
    expect(withLastComponentRemoved(two).ok).toBe(false);
  });

  it('withLastComponentRemoved renormalizes back to w1 and 1 − w1, inside [0.01, 0.99]', () => {
    const removed = withLastComponentRemoved([{ w: 0.2, mu: 0, sigma: 1 }, { w: 0.6, mu: 1, sigma: 1 }, { w: 0.2, mu: 2, sigma: 1 }]);
    expect(removed.ok && removed.value.map((c) => c.w)).toEqual([0.25, 0.75]);
    const lopsided = withLastComponentRemoved([{ w: 0.001, mu: 0, sigma: 1 }, { w: 0.99, mu: 1, sigma: 1 }, { w: 0.5, mu: 2, sigma: 1 }]);
    expect(lopsided.ok && lopsided.value.map((c) => c.w)).toEqual([0.01, 0.99]);
  });

  it('paramLabel writes symbol, subscript and live value', () => {
    expect(paramLabel('sigma', 0, 0.6)).toBe('σ₁ = 0.60');
    expect(paramLabel('mu', 1, -2)).toBe('μ₂ = −2.0');
    expect(paramLabel('mu', 1, 1.25)).toBe('μ₂ = 1.25');
    expect(paramLabel('w', 3, 0.3)).toBe('w₄ = 0.30');
  });
});
