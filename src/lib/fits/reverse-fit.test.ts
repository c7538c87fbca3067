import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reverseKL, reverseKLGradient } from './divergences';
import { normalizeMixture, type Mixture } from '../mixture/mixture';
import { reverseFit } from './reverse-fit';
import {
  closeModes,
  farNarrowWide,
  four,
  fourNarrowWide,
  gaussianArb,
  mixtureArb,
  mixtureOf,
  narrowWide,
  overlapping,
  symmetric,
  three,
} from '../test-support/mixtures';

const mix = (...c: Array<[number, number, number]>): Mixture => normalizeMixture(mixtureOf(...c));
const threeWithSpikes = mix([0.2, -8, 0.3], [0.5, 1, 4], [0.3, 6, 0.2]);

type ScipyTarget = { name: string; p: Mixture; optima: Array<[number, number, number]> };
const target = (name: string, p: Mixture, optima: ScipyTarget['optima']): ScipyTarget => ({ name, p, optima });

/**
 * Reverse-KL local minima from scipy: screen KL(q‖p) on a (mu, log sigma) grid (mu step 0.2 over ±12,
 * log sigma step 0.08 over [ln 0.07, ln 9], 18001-point x grid), Nelder–Mead from every local minimum of the
 * grid, then polish by Nelder–Mead on an objective whose E_q[log p] is scipy.integrate.quad (epsrel 1e-14)
 * split at the means and crossings. For the two 4-component targets the polish ran on the python port of
 * the composite rule (checked against quad to 5e-13) and only the final KL is from quad.
 * Entries: [KL, mu, sigma], global minimum first.
 */
const scipyMinima: ScipyTarget[] = [
  target('two separated narrow-and-wide', farNarrowWide, [
    [0.3564834577038276, 9.996140044458926, 5.007218307211548],
    [1.2039104979833248, -9.999996466353934, 0.10002259588788309],
  ]),
  target('nested narrow-and-wide', narrowWide, [
    [0.5622798885409352, -9.715163586471695e-8, 4.648069979963551],
    [0.638721987522286, 2.381442020169499e-10, 0.10947990205526052],
  ]),
  target('three components', three, [
    [0.2715517484990255, 1.7395203037164888, 2.68526039786584],
    [1.1212398225260443, -2.8038402381134917, 0.6850204067121402],
  ]),
  target('three with spikes', threeWithSpikes, [
    [0.5251811626773204, 1.0664232953911823, 4.407075404667947],
    [1.1024357439886234, 5.995123036292679, 0.23591372926385137],
    [1.567095428758553, -7.992295447674172, 0.3227675487538595],
  ]),
  target('four components', four, [
    [0.6628874162246792, 0.4030901476117891, 3.743750397403315],
    [1.3058268449709656, 6.852887927558158, 0.8434045379069814],
    [1.3246808399777554, -1.9824741146858291, 0.33541134012658697],
    [1.3723057269708194, -5.946734744422575, 1.071434465550738],
  ]),
  target('four components, narrow and wide', fourNarrowWide, [
    [0.6463771518282959, -1.740736878726995, 5.429282060337766],
    [1.0702949443544956, 3.9618117859336244, 0.623772685693374],
    [1.601396295588657, 9.499623685698563, 0.15251101182577811],
    [2.1990850410994884, -8.999038439394191, 0.11835639442417424],
  ]),
];

describe('reverseFit', () => {
  it('reverseFit(p) finds two mirror optima of equal KL for a symmetric mixture', () => {
    // ½N(−3,1)+½N(3,1); scipy (as below): mirror minima KL 0.6887689958549637 at ±2.984306, sigma 1.0233686,
    // and a wider local minimum at mu = 0, sigma 2.7437693, KL 0.8406214312789029.
    const { optima, best } = reverseFit(symmetric);
    expect(optima).toHaveLength(3);
    const [a, b, c] = optima as [(typeof optima)[0], (typeof optima)[0], (typeof optima)[0]];
    // Equal up to the quadrature (the mirrored meshes differ), ~3e-11 relative.
    expect(Math.abs(a.kl - b.kl)).toBeLessThan(1e-10);
    expect(a.mu + b.mu).toBeCloseTo(0, 8);
    expect(Math.abs(a.mu)).toBeCloseTo(2.984305982, 6);
    expect(a.sigma).toBeCloseTo(b.sigma, 10);
    expect(a.sigma).toBeCloseTo(1.02336857, 6);
    expect(best.kl).toBeCloseTo(0.6887689958549637, 9);
    expect(c.mu).toBeCloseTo(0, 8);
    expect(c.sigma).toBeCloseTo(2.7437693044302054, 6);
    expect(c.kl).toBeCloseTo(0.8406214312789029, 9);
  });

  const singleOptimumCases: Array<{ name: string; p: Mixture; sigma: number; kl: number; klDigits: number }> = [
    // scipy: the only minimum is mu = 0, sigma 2.047009505, KL 0.22650796076144353 (KL at N(±2,1) is 0.63).
    {
      name: 'keeps one central optimum for ½N(−2,1)+½N(2,1), whose modes are too close to pull q apart',
      p: closeModes,
      sigma: 2.047009505,
      kl: 0.22650796076144353,
      klDigits: 10,
    },
    // ½N(−0.5,1)+½N(0.5,1); scipy: mu 0, sigma 1.117557152, KL 0.00015609039858777152.
    {
      name: 'gives one optimum near the mean for a unimodal-looking mixture',
      p: overlapping,
      sigma: 1.117557152,
      kl: 0.00015609039858777152,
      klDigits: 11,
    },
  ];
  for (const c of singleOptimumCases) {
    it(`reverseFit(p) ${c.name}`, () => {
      const { optima, best } = reverseFit(c.p);
      expect(optima).toHaveLength(1);
      expect(best.mu).toBeCloseTo(0, 8);
      expect(best.sigma).toBeCloseTo(c.sigma, 7);
      expect(best.kl).toBeCloseTo(c.kl, c.klDigits);
    });
  }

  it('reverseFit(p) recovers the Gaussian with KL 0 when both components are the same Gaussian', () => {
    const { optima, best } = reverseFit(mix([0.5, 1.5, 0.7], [0.5, 1.5, 0.7]));
    expect(optima).toHaveLength(1);
    expect(best.mu).toBeCloseTo(1.5, 9);
    expect(best.sigma).toBeCloseTo(0.7, 9);
    expect(Math.abs(best.kl)).toBeLessThan(1e-12);
  });

  for (const t of scipyMinima) {
    it(`reverseFit(p) matches scipy's global minimum to 1e-6 in KL and 1e-3 in parameters (${t.name})`, () => {
      const { best } = reverseFit(t.p);
      const [kl, mu, sigma] = t.optima[0]!;
      expect(Math.abs(best.kl - kl)).toBeLessThan(1e-6);
      expect(Math.abs(best.mu - mu)).toBeLessThan(1e-3);
      expect(Math.abs(best.sigma - sigma)).toBeLessThan(1e-3);
    });

    it(`reverseFit(p) reports exactly scipy's local minima (${t.name})`, () => {
      const { optima } = reverseFit(t.p);
      expect(optima).toHaveLength(t.optima.length);
      t.optima.forEach(([kl, mu, sigma], i) => {
        const o = optima[i]!;
        expect(Math.abs(o.kl - kl)).toBeLessThan(1e-6);
        expect(Math.abs(o.mu - mu)).toBeLessThan(1e-3);
        expect(Math.abs(o.sigma - sigma)).toBeLessThan(1e-3);
      });
    });
  }

  it('reverseFit(p) reports optima sorted by KL, distinct, with best first', () => {
    const { optima, best } = reverseFit(threeWithSpikes);
    expect(best).toBe(optima[0]);
    for (let i = 1; i < optima.length; i++) {
      expect(optima[i]!.kl).toBeGreaterThanOrEqual(optima[i - 1]!.kl);
      expect(
        Math.abs(optima[i]!.mu - optima[i - 1]!.mu) + Math.abs(optima[i]!.sigma - optima[i - 1]!.sigma),
      ).toBeGreaterThan(1e-3);
    }
  });

  it('reverseFit(p) reports only minima: zero gradient and a positive-definite finite-difference Hessian', () => {
    fc.assert(
      fc.property(mixtureArb, (p) => {
        for (const o of reverseFit(p).optima) {
          const g = reverseKLGradient(o, p);
          if (Math.max(Math.abs(g.dMu), Math.abs(g.dLogSigma)) > 1e-8) return false;
          const h = 1e-3;
          const ls = Math.log(o.sigma);
          const f = (m: number, l: number): number => reverseKL({ mu: m, sigma: Math.exp(l) }, p);
          const f0 = f(o.mu, ls);
          const a = (f(o.mu + h, ls) - 2 * f0 + f(o.mu - h, ls)) / (h * h);
          const c = (f(o.mu, ls + h) - 2 * f0 + f(o.mu, ls - h)) / (h * h);
          const b =
            (f(o.mu + h, ls + h) - f(o.mu + h, ls - h) - f(o.mu - h, ls + h) + f(o.mu - h, ls - h)) / (4 * h * h);
          if (!(a > 0 && a * c - b * b > 0)) return false;
        }
        return true;
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('reverseKL(reverseFit(p).best, p) ≤ reverseKL(q, p) for random q', () => {
    fc.assert(
      fc.property(mixtureArb, gaussianArb, (p, q) => reverseFit(p).best.kl <= reverseKL(q, p) + 1e-10),
      { seed: 42, numRuns: 60 },
    );
  });
});
