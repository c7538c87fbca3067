import { describe, expect, it } from 'vitest';
import { mixtureLogPdf, type Mixture } from '../mixture/mixture';
import {
  ACCURATE,
  expectUnderGaussian,
  expectUnderGaussianComposite,
  FAST,
  gaussHermite,
  gaussLegendre,
  GaussianRule,
  HERMITE_NODES,
} from './quadrature';
import { prepareMixture } from '../mixture/log-expectation';
import { closeModes, farNarrowWide, mixtureOf, narrowWide, three } from '../test-support/mixtures';

/** E[Z^k] for Z ~ N(0,1): (k−1)!! for even k, 0 for odd k. */
function normalMoment(k: number): number {
  if (k % 2 === 1) return 0;
  let m = 1;
  for (let j = k - 1; j > 1; j -= 2) m *= j;
  return m;
}

/**
 * Hard targets with E_q[log p] from scipy.integrate.quad (epsabs 1e-15, epsrel 1e-14) over μ ± 12σ, split at
 * the means and at every crossing of two component terms; cross-checked against a 400001-point Simpson rule.
 */
const quadCases: Array<{ p: Mixture; mu: number; sigma: number; expected: number }> = [
  { p: narrowWide, mu: 0, sigma: 5, expected: -3.5951399988092314 },
  { p: narrowWide, mu: 0, sigma: 0.1, expected: 0.23917215525696545 },
  { p: mixtureOf([0.01, 0, 0.1], [0.99, 0, 5]), mu: 0, sigma: 5, expected: -3.029753753902775 },
  { p: closeModes, mu: 2, sigma: 1, expected: -2.0516587269415396 },
  { p: mixtureOf([0.5, -10, 1], [0.5, 10, 1]), mu: 0, sigma: 5, expected: -24.211296091531057 },
  { p: farNarrowWide, mu: 10, sigma: 5, expected: -3.384862236397051 },
  { p: three, mu: 0, sigma: 2, expected: -2.5404162693727357 },
];

describe('quadrature', () => {
  it('gaussHermite(n) matches numpy hermegauss nodes and integrates normal moments exactly to degree 2n−1', () => {
    const { nodes, weights } = gaussHermite(HERMITE_NODES);
    // numpy.polynomial.hermite_e.hermegauss(48), weights divided by √(2π).
    expect(nodes[47]).toBeCloseTo(12.693012315439578, 12);
    expect(weights[47]! / 4.477155473875909e-36).toBeCloseTo(1, 10);
    expect(nodes[24]).toBeCloseTo(0.22555707298016336, 14);
    expect(weights[24]).toBeCloseTo(0.17546354181186605, 14);
    for (let k = 0; k <= 20; k++) {
      let s = 0;
      for (let i = 0; i < nodes.length; i++) s += weights[i]! * nodes[i]! ** k;
      // Odd moments cancel terms of size E|Z|^k, so bound the error relative to the next even moment.
      expect(Math.abs(s - normalMoment(k))).toBeLessThan(1e-12 * normalMoment(k + (k % 2)));
    }
  });

  it('gaussLegendre(n) matches numpy leggauss and integrates x^k exactly for k < 2n', () => {
    const { nodes, weights } = gaussLegendre(10);
    // numpy.polynomial.legendre.leggauss(10)
    expect(nodes[9]).toBeCloseTo(0.9739065285171717, 15);
    expect(weights[9]).toBeCloseTo(0.06667134430868814, 15);
    expect(nodes[5]).toBeCloseTo(0.14887433898163122, 15);
    expect(weights[5]).toBeCloseTo(0.2955242247147528, 15);
    for (let k = 0; k < 20; k++) {
      let s = 0;
      for (let i = 0; i < 10; i++) s += weights[i]! * nodes[i]! ** k;
      expect(s).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 14);
    }
  });

  it('expectUnderGaussian(f, mu, sigma) gives E[cos X] = cos(mu)·e^(−σ²/2) for smooth f', () => {
    for (const [mu, sigma] of [
      [0.3, 0.5],
      [-2, 1.5],
      [4, 2],
    ] as const) {
      expect(expectUnderGaussian(Math.cos, mu, sigma)).toBeCloseTo(Math.cos(mu) * Math.exp(-0.5 * sigma * sigma), 13);
    }
  });

  it('GaussianRule.build(mu, sigma) integrates normal moments (degree 8 accurate, degree 4 fast) without singularities', () => {
    for (const [settings, tol, degree] of [
      [ACCURATE, 1e-11, 8],
      [FAST, 1e-6, 4],
    ] as const) {
      const rule = new GaussianRule(settings).build(0, 1, new Float64Array(0), 0);
      for (let k = 0; k <= degree; k++) {
        let s = 0;
        for (let i = 0; i < rule.size; i++) s += rule.w[i]! * rule.z[i]! ** k;
        expect(Math.abs(s - normalMoment(k))).toBeLessThan(tol * normalMoment(k + (k % 2)));
      }
    }
  });

  it('GaussianRule.build(mu, sigma, singular) lands panel edges on each singularity and grades toward it', () => {
    const rule = new GaussianRule().build(0, 1, Float64Array.from([0.5, 0.01]), 1);
    const edges = Array.from(rule.edges.subarray(0, rule.panels + 1));
    expect(edges).toContain(0.5);
    const i = edges.indexOf(0.5);
    expect(edges[i + 1]! - 0.5).toBeLessThanOrEqual(0.01 + 1e-15);
    expect(0.5 - edges[i - 1]!).toBeLessThanOrEqual(0.01 + 1e-15);
  });

  it('expectUnderGaussianComposite(log p, mu, sigma, singularities) matches scipy quad to 1e-10 where Gauss–Hermite cannot', () => {
    for (const c of quadCases) {
      const f = (x: number): number => mixtureLogPdf(c.p, x);
      const composite = expectUnderGaussianComposite(f, c.mu, c.sigma, prepareMixture(c.p).singular);
      expect(Math.abs(composite - c.expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(c.expected)));
    }
    // Why not Gauss–Hermite: on the narrow-inside-wide target it is off in the first decimals.
    const hard = quadCases[0]!;
    const gh = expectUnderGaussian((x) => mixtureLogPdf(hard.p, x), hard.mu, hard.sigma);
    expect(Math.abs(gh - hard.expected)).toBeGreaterThan(1e-2);
  });
});
