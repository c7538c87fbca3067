import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultElboState, elboQuery, parseEncoder, parseObservation, readElboQuery, setEncoderEntry, uniformEncoder } from './state';

const query = (s: string) => readElboQuery(new URLSearchParams(s));

describe('elbo state', () => {
  it('parseObservation(text) accepts plain numbers in [−15, 15] and refuses the rest with a message', () => {
    expect(parseObservation('-15')).toEqual({ ok: true, value: -15 });
    expect(parseObservation('1.5e1')).toEqual({ ok: true, value: 15 });
    for (const bad of ['15.0001', '-16', 'abc', '', 'Infinity', '1/2']) {
      const r = parseObservation(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^x \(the observed point\)/);
    }
  });

  it('parseEncoder(text, k) keeps a vector summing to 1 exactly as typed', () => {
    expect(parseEncoder('0.3,0.7', 2)).toEqual({ ok: true, value: { values: [0.3, 0.7], normalized: false } });
    expect(parseEncoder('0, 1', 2)).toEqual({ ok: true, value: { values: [0, 1], normalized: false } });
  });

  it('parseEncoder(text, k) normalizes a sum further than 1e-9 from 1 and says so', () => {
    expect(parseEncoder('1,3', 2)).toEqual({ ok: true, value: { values: [0.25, 0.75], normalized: true } });
  });

  it('parseEncoder(text, k) rescales a sum off 1 by less than 1e-9 silently, so the identity stays exact', () => {
    const r = parseEncoder('0.5,0.5000000005', 2);
    expect(r.ok && r.value.normalized).toBe(false);
    if (r.ok) expect(Math.abs(r.value.values[0]! + r.value.values[1]! - 1)).toBeLessThan(1e-15);
  });

  it('parseEncoder(text, k) refuses a wrong length, a negative entry, text and a zero sum', () => {
    expect(parseEncoder('0.2,0.3,0.5', 2)).toMatchObject({ ok: false, message: expect.stringMatching(/2 numbers, but it has 3/) });
    expect(parseEncoder('-0.5,1.5', 2).ok).toBe(false);
    expect(parseEncoder('a,b', 2).ok).toBe(false);
    expect(parseEncoder('0,0', 2).ok).toBe(false);
    expect(parseEncoder('', 2).ok).toBe(false);
  });

  it('readElboQuery(params) is null for a query naming none of its parameters', () => {
    expect(query('')).toBeNull();
    expect(query('p=0.5,0.5')).toBeNull();
  });

  it('readElboQuery(params) fills what the link leaves out from the defaults (q uniform over the link’s k)', () => {
    expect(query('x=3')).toEqual({ ok: true, value: { ...defaultElboState(), x: 3, normalized: false } });
    const three = query('w1=0.2&mu1=-1&sigma1=1&w2=0.3&mu2=0&sigma2=1&w3=0.5&mu3=1&sigma3=1');
    expect(three?.ok && three.value.q).toEqual(uniformEncoder(3));
  });

  it('readElboQuery(params) applies nothing when any value is bad, and says which', () => {
    expect(query('x=99&q=0.5,0.5')).toMatchObject({ ok: false, message: expect.stringMatching(/not applied: x/) });
    expect(query('x=1&q=0.2,0.3,0.5')).toMatchObject({ ok: false, message: expect.stringMatching(/not applied: q/) });
    expect(query('w1=0.5&mu1=50&sigma1=1&mu2=0&sigma2=1&x=1')).toMatchObject({ ok: false, message: expect.stringMatching(/not applied: mu1/) });
  });

  it('elboQuery(state) round-trips through readElboQuery at full precision', () => {
    const state = { components: [{ w: 0.3, mu: -1.25, sigma: 0.7 }, { w: 0.7, mu: 2, sigma: 1.1 }], x: 0.1 + 0.2, q: [1 / 3, 2 / 3] };
    const params = new URLSearchParams(Object.entries(elboQuery(state)).filter((e): e is [string, string] => e[1] !== undefined));
    // With two components w2 is left out (1 − w1), as in kl-fits.
    expect(params.has('w2')).toBe(false);
    expect(readElboQuery(params)).toEqual({ ok: true, value: { ...state, components: [state.components[0], { ...state.components[1], w: 1 - 0.3 }], normalized: false } });
  });

  it('setEncoderEntry(q, j, v) sets q_j = v and rescales the others in proportion (sum 1)', () => {
    // (0.2, 0.3, 0.5) with q₁ = 0.6: the others share 0.4 in the ratio 3 : 5, so 0.15 and 0.25.
    const q = setEncoderEntry([0.2, 0.3, 0.5], 0, 0.6);
    expect(q[0]).toBe(0.6);
    expect(Math.abs(q[1]! - 0.15)).toBeLessThan(1e-16);
    expect(Math.abs(q[2]! - 0.25)).toBeLessThan(1e-16);
  });

  it('setEncoderEntry(q, j, v) clamps v to [0, 1] and shares the remainder equally when the others are 0', () => {
    expect(setEncoderEntry([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(setEncoderEntry([0.5, 0.5], 1, 2)).toEqual([0, 1]);
    expect(setEncoderEntry([0.5, 0.5], 1, -1)).toEqual([1, 0]);
  });

  it('setEncoderEntry(q, j, v) writes tidy decimals whose sum stays within 1e-14 of 1', () => {
    expect(setEncoderEntry([0.5, 0.5], 0, 0.8)).toEqual([0.8, 0.2]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1000 }), (raw, j, v) => {
        const s = raw.reduce((a, b) => a + b, 0);
        const q = setEncoderEntry(raw.map((x) => x / s), j % raw.length, v / 1000);
        const typed = parseEncoder(q.join(','), q.length);
        // Within 1e-14 the parser keeps the values exactly, so a drag and the same text typed agree bit for bit.
        return Math.abs(q.reduce((a, b) => a + b, 0) - 1) <= 1e-14 && typed.ok && typed.value.values.every((v, i) => v === q[i]);
      }),
      { seed: 42 },
    );
  });
});
