import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMixture } from '../mixture/params';
import type { Mixture } from '../mixture/mixture';
import { elboReport, type ElboReport } from './bound';
import { ELBO_REFERENCES } from './bound.reference';
import { elboReadout, posteriorItemText } from './readout';
import { readoutText } from '../format/readout';

/** |actual − expected| ≤ 1e-12·|expected| + 1e-14: the contract's accuracy (relative, or absolute near 0). */
function expectAccurate(actual: number, expected: string, what: string) {
  const e = Number(expected);
  expect(Number.isFinite(actual), what).toBe(true);
  expect(Math.abs(actual - e), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.abs(e) + 1e-14);
}

const modelOf = (rows: ReadonlyArray<readonly [number, number, number]>): Mixture =>
  toMixture(rows.map(([w, mu, sigma]) => ({ w, mu, sigma })));

/** The scale of the identity's terms: doubles of that size carry an absolute rounding of about 1e-16 times it. */
const scale = (r: ElboReport) => Math.max(1, Math.abs(r.logPx), Math.abs(r.reconstruction), Math.abs(r.priorKl), Math.abs(r.gap));

/** Models over the whole supported range (raw weights in [0.01, 0.99], means in [−10, 10], sigmas in [0.1, 5]). */
const componentArb = fc.tuple(
  fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.double({ min: 0.1, max: 5, noNaN: true }),
);
const rowsArb = fc.array(componentArb, { minLength: 2, maxLength: 4 });
/** Narrow components bunched at one edge, so x at the other edge is ~250 standard deviations from all of them. */
const farRowsArb = fc.array(
  fc.tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: -10, max: -9.999, noNaN: true }), fc.double({ min: 0.1, max: 0.1001, noNaN: true })),
  { minLength: 2, maxLength: 4 },
);
const xArb = fc.oneof(fc.constantFrom(-15, 15), fc.double({ min: -15, max: 15, noNaN: true }));
/** An encoder for k components: random, with exact zeros allowed, normalized. */
const encoderArb = (k: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: k,
      maxLength: k,
    })
    .filter((v) => v.reduce((a, b) => a + b, 0) > 0)
    .map((v) => {
      const s = v.reduce((a, b) => a + b, 0);
      return v.map((x) => x / s);
    });
const caseArb = fc
  .oneof(fc.tuple(rowsArb, xArb), fc.tuple(farRowsArb, fc.constant(15)))
  .chain(([rows, x]) => fc.tuple(fc.constant(modelOf(rows)), fc.constant(x), encoderArb(rows.length)));

describe('elboReport', () => {
  it('elboReport(model, x, q) matches mpmath at 60 digits to 1e-12 relative (1e-14 absolute) in 74 cases, tails included', () => {
    for (const [i, ref] of ELBO_REFERENCES.entries()) {
      const r = elboReport(modelOf(ref.components), ref.x, ref.q);
      const tag = `case ${i}`;
      expectAccurate(r.logPx, ref.logPx, `${tag} log p(x)`);
      expectAccurate(r.reconstruction, ref.reconstruction, `${tag} reconstruction`);
      expectAccurate(r.priorKl, ref.priorKl, `${tag} prior KL`);
      expectAccurate(r.elbo, ref.elbo, `${tag} ELBO`);
      expectAccurate(r.gap, ref.gap, `${tag} gap`);
      ref.posterior.forEach((p, j) => expectAccurate(r.posterior[j]!, p, `${tag} posterior ${j + 1}`));
      // The log posterior to 1e-12 relative even where the posterior itself underflows (e^−31013).
      ref.logPosterior.forEach((lp, j) => expectAccurate(r.logPosterior[j]!, lp, `${tag} log posterior ${j + 1}`));
    }
  });

  it('elboReport(default model, 0.2, [½, ½]) is the hand derivation: prior KL 0, ELBO = reconstruction', () => {
    // q equals the prior (½, ½), so KL(q‖p(z)) = 0 exactly, and the reconstruction is ½(log N(0.2; −2) + log N(0.2; 2))
    // = −ln(0.6√(2π)) − ½(2.2² + 1.8²)/(2·0.36) = −ln(0.6√(2π)) − 8.08/1.44 (and then to 20 digits with mpmath).
    const r = elboReport(modelOf([[0.5, -2, 0.6], [0.5, 2, 0.6]]), 0.2, [0.5, 0.5]);
    expect(r.priorKl).toBe(0);
    expect(r.elbo).toBe(r.reconstruction);
    expect(Math.abs(r.reconstruction - (-Math.log(0.6 * Math.sqrt(2 * Math.PI)) - 8.08 / 1.44))).toBeLessThan(1e-14);
    expectAccurate(r.reconstruction, '-6.019224020549793554152048', 'reconstruction');
  });

  it('elboReport(model, 15, q) stays finite against a component at −10 with σ = 0.1 (the contract’s tail case)', () => {
    const r = elboReport(modelOf([[0.5, -10, 0.1], [0.5, 2, 0.6]]), 15, [0.5, 0.5]);
    expect(r.posterior[0]).toBe(0); // e^−31013 underflows, but the gap does not go through it
    expect(Number.isFinite(r.gap) && r.gap > 15000).toBe(true);
  });

  it('elboReport(model, x, q) is finite everywhere, with gap ≥ 0 and prior KL ≥ 0 (never NaN)', () => {
    fc.assert(
      fc.property(caseArb, ([model, x, q]) => {
        const r = elboReport(model, x, q);
        const values = [r.logPx, r.reconstruction, r.priorKl, r.elbo, r.gap, ...r.posterior, ...r.logPosterior];
        return values.every(Number.isFinite) && r.gap >= 0 && r.priorKl >= 0 && r.elbo <= r.logPx + 1e-12 * scale(r);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('elboReport(model, x, posterior) has a gap of exactly 0 and ELBO = log p(x)', () => {
    fc.assert(
      fc.property(caseArb, ([model, x]) => {
        const { posterior } = elboReport(model, x, model.map(() => 1 / model.length));
        const r = elboReport(model, x, posterior);
        return r.gap === 0 && Math.abs(r.elbo - r.logPx) <= 1e-12 * scale(r);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('elboReport(model, x, q) satisfies log p(x) = ELBO + gap to 1e-12 of the largest term, tails included', () => {
    fc.assert(
      fc.property(caseArb, ([model, x, q]) => {
        const r = elboReport(model, x, q);
        return Math.abs(r.logPx - (r.elbo + r.gap)) <= 1e-12 * scale(r);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('elboReport(model, x, q) has a posterior that sums to 1 and a gap that grows as q leaves the posterior', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ([model, x, q], t) => {
        const { posterior } = elboReport(model, x, q);
        const sum = posterior.reduce((a, b) => a + b, 0);
        // KL is convex in q and 0 at the posterior, so along the segment posterior → q it cannot decrease.
        const mid = posterior.map((p, j) => (1 - t) * p + t * q[j]!);
        const near = elboReport(model, x, mid).gap;
        const far = elboReport(model, x, q).gap;
        return Math.abs(sum - 1) < 1e-15 && near <= far * (1 + 1e-12) + 1e-14;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('elboReadout(elboReport(model, x, q)) shows a finite number for every output and every posterior item, tails included', () => {
    fc.assert(
      fc.property(caseArb, ([model, x, q]) => {
        const r = elboReport(model, x, q);
        const texts = [...elboReadout(r).map((e) => readoutText(e)), ...r.posterior.map((p, j) => posteriorItemText(j, p, r.logPosterior[j]!))];
        return elboReadout(r).every((e) => Number.isFinite(e.value)) && texts.every((t) => !/NaN|undefined|∞|—/.test(t));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('elboReport(model, x, q) throws when q has a different length from the model', () => {
    expect(() => elboReport(modelOf([[0.5, 0, 1], [0.5, 1, 1]]), 0, [1])).toThrow();
  });
});
