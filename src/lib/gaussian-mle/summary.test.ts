import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convergenceSeries, expectedTestNll, fitNumbers, standardErrors, summarizeMleGaussian, summarizeTarget } from './summary';
import { gaussianLogPdf, klGaussian } from '../mixture/gaussian';
import { mixtureLogPdf, type Mixture } from '../mixture/mixture';
import { sampleMixture } from '../sampling/mixture-sample';
import { trapezoidStep } from '../test-support/integration';
import { mixtureArb, mixtureOf, narrowWide } from '../test-support/mixtures';

const twoModes = mixtureOf([0.5, -2, 0.6], [0.5, 2, 0.6]);

/** −(1/n) Σ log N(x_i; mu, sigma²), summed directly over the sample. */
function averageNll(xs: ArrayLike<number>, mu: number, sigma: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s -= gaussianLogPdf(xs[i]!, mu, sigma);
  return s / xs.length;
}

/** Standard deviation (divisor m) of a list of numbers. */
function sd(values: number[]): number {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
}

const nArb = fc.integer({ min: 2, max: 5000 });

describe('summarizeTarget', () => {
  it('summarizeTarget(default two modes) has H(p) = 1.600019033253031 nats (scipy.integrate.quad)', () => {
    expect(summarizeTarget(twoModes).entropy).toBeCloseTo(1.600019033253031, 10);
  });

  it('summarizeTarget: the forward fit is the moment match μ_F = 0, σ_F = √(0.36 + 4), and the floor is ½ln(2πe·4.36)', () => {
    const t = summarizeTarget(twoModes);
    expect(t.forward.mu).toBe(0);
    expect(t.forward.sigma).toBeCloseTo(Math.sqrt(4.36), 14);
    expect(t.floor).toBeCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * 4.36), 13);
    expect(t.forwardKl).toBeCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * 4.36) - 1.600019033253031, 10);
  });
});

describe('summarizeMleGaussian', () => {
  it('summarizeMleGaussian: sample-nll = ½ln(2πσ̂²) + ½ = −(1/n) Σ log N(xᵢ; μ̂, σ̂²) to 1e-9 relative', () => {
    fc.assert(
      fc.property(mixtureArb, nArb, fc.integer(), (p, n, seed) => {
        const s = summarizeMleGaussian(p, n, seed);
        const { mu, sigma } = s.mle;
        expect(Math.abs(s.sampleNll - (0.5 * Math.log(2 * Math.PI * sigma * sigma) + 0.5))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(s.sampleNll)));
        const direct = averageNll(sampleMixture(p, n, seed), mu, sigma);
        expect(Math.abs(s.sampleNll - direct)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(direct)));
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('summarizeMleGaussian: μ̂ and σ̂ are the sample mean and the divisor-n standard deviation', () => {
    const xs = sampleMixture(twoModes, 777, 9);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    const s = summarizeMleGaussian(twoModes, 777, 9);
    expect(s.mle.mu).toBeCloseTo(mean, 13);
    expect(s.mle.sigma).toBeCloseTo(Math.sqrt(variance), 13);
  });

  it('summarizeMleGaussian: test-nll equals brute-force E_p[−log N(X; μ̂, σ̂²)] to 1e-9', () => {
    for (const [p, n, seed] of [[twoModes, 50, 1], [narrowWide, 1000, 2], [mixtureOf([0.3, -10, 0.1], [0.7, 10, 5]), 3, 3]] as const) {
      const s = summarizeMleGaussian(p as Mixture, n, seed);
      const brute = trapezoidStep((x) => -Math.exp(mixtureLogPdf(p as Mixture, x)) * gaussianLogPdf(x, s.mle.mu, s.mle.sigma), -80, 80, 0.001);
      expect(Math.abs(s.testNll - brute)).toBeLessThan(1e-9 * Math.max(1, brute));
    }
  });

  it('summarizeMleGaussian: mle-forward-kl = test-nll − entropy-p and ≥ forward-kl, exactly, over random targets', () => {
    fc.assert(
      fc.property(mixtureArb, nArb, fc.integer(), (p, n, seed) => {
        const s = summarizeMleGaussian(p, n, seed);
        expect(s.mleForwardKl).toBeGreaterThanOrEqual(s.target.forwardKl);
        expect(Math.abs(s.mleForwardKl - (s.testNll - s.target.entropy))).toBeLessThan(1e-11 * Math.max(1, s.testNll));
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('summarizeMleGaussian: for n = 10⁵ the MLE lies within 6 standard errors of the forward fit (random targets)', () => {
    fc.assert(
      fc.property(mixtureArb, fc.integer(), (p, seed) => {
        const n = 100_000;
        const s = summarizeMleGaussian(p, n, seed);
        const se = standardErrors(s.target, n);
        expect(Math.abs(s.mle.mu - s.target.forward.mu)).toBeLessThan(6 * se.mu);
        expect(Math.abs(s.mle.sigma - s.target.forward.sigma)).toBeLessThan(6 * se.sigma);
        expect(Math.abs(s.sampleNll - s.target.floor)).toBeLessThan(6 * se.nll);
      }),
      { seed: 13, numRuns: 30 },
    );
  });

  it('summarizeMleGaussian: the convergence series ends at n with the shown fit, and starts at 2', () => {
    const s = summarizeMleGaussian(twoModes, 1000, 42);
    const c = s.convergence;
    expect(c.i[0]).toBe(2);
    expect(c.i.at(-1)).toBe(1000);
    expect(c.mu.at(-1)).toBe(s.mle.mu);
    expect(c.sigma.at(-1)).toBe(s.mle.sigma);
    expect(c.trainNll.at(-1)).toBe(s.sampleNll);
    expect(c.testNll.at(-1)).toBe(s.testNll);
    expect(c.i.length).toBeLessThanOrEqual(200);
    expect(summarizeMleGaussian(twoModes, 1_000_000, 1).convergence.i.length).toBeLessThanOrEqual(200);
  });

  it('summarizeMleGaussian: the histogram holds all n draws and the curves are finite', () => {
    const s = summarizeMleGaussian(twoModes, 5000, 3);
    const { edges, density, outside } = s.histogram;
    const width = edges[1]! - edges[0]!;
    expect(density.reduce((a, d) => a + d * width * 5000, 0) + outside).toBeCloseTo(5000, 8);
    for (const ys of [s.curves.target, s.curves.mle, s.curves.forward]) expect(ys.every(Number.isFinite)).toBe(true);
  });

  it('summarizeMleGaussian(p, n < 2) throws RangeError', () => {
    expect(() => summarizeMleGaussian(twoModes, 1, 1)).toThrow(RangeError);
    expect(() => summarizeMleGaussian(twoModes, 2.5, 1)).toThrow(RangeError);
  });
});

describe('fitNumbers', () => {
  it('fitNumbers with σ̂ = 0 (all draws equal) gives sample NLL −∞ and test NLL and KL +∞, never NaN', () => {
    const t = summarizeTarget(twoModes);
    expect(fitNumbers(twoModes, t, { mu: 1, sigma: 0 })).toEqual({ mle: { mu: 1, sigma: 0 }, sampleNll: -Infinity, testNll: Infinity, mleForwardKl: Infinity });
  });

  it('fitNumbers at the forward fit gives KL(p‖q_F) and the floor', () => {
    const t = summarizeTarget(narrowWide);
    const f = fitNumbers(narrowWide, t, t.forward);
    expect(f.mleForwardKl).toBe(t.forwardKl);
    expect(f.testNll).toBeCloseTo(t.floor, 13);
    expect(f.sampleNll).toBeCloseTo(t.floor, 13);
  });

  it('fitNumbers: KL(p‖q) − KL(p‖q_F) is the closed-form KL(q_F‖q) (the Pythagorean identity for Gaussians)', () => {
    const t = summarizeTarget(twoModes);
    const q = { mu: 0.7, sigma: 1.3 };
    const f = fitNumbers(twoModes, t, q);
    // KL(N(0, 4.36) ‖ N(0.7, 1.69)) = ln(1.3/√4.36) + (4.36 + 0.49)/(2·1.69) − ½, by hand.
    const byHand = Math.log(1.3 / Math.sqrt(4.36)) + (4.36 + 0.49) / (2 * 1.69) - 0.5;
    expect(f.mleForwardKl - t.forwardKl).toBeCloseTo(byHand, 13);
    expect(f.testNll - t.entropy).toBeCloseTo(f.mleForwardKl, 12);
  });
});

describe('standard errors', () => {
  // 1,000 independent samples (seeds 0 … 999) of n draws each: the spread of μ̂, σ̂ and the train NLL across them, and
  // the mean excess of the test NLL, against the closed forms. Relative sampling error of an sd from 1,000 replicates
  // is about 1/√2000 ≈ 2.2%; the tolerances are about 5 of those.
  const replicate = (p: Mixture, n: number) => {
    const target = summarizeTarget(p);
    const mus: number[] = [];
    const sigmas: number[] = [];
    const train: number[] = [];
    const excess: number[] = [];
    for (let seed = 0; seed < 1000; seed++) {
      const c = convergenceSeries(p, target, sampleMixture(p, n, seed), 2);
      mus.push(c.mu.at(-1)!);
      sigmas.push(c.sigma.at(-1)!);
      train.push(c.trainNll.at(-1)!);
      excess.push(c.testNll.at(-1)! - target.floor);
    }
    return { target, mus, sigmas, train, excess };
  };

  for (const [name, p, n] of [['two modes (κ ≈ 1.32)', twoModes, 400], ['narrow inside wide (κ ≈ 6.0)', narrowWide, 2000]] as const) {
    it(`standardErrors match the spread of 1,000 simulated fits: ${name}, n = ${n}`, () => {
      const r = replicate(p as Mixture, n);
      const se = standardErrors(r.target, n);
      expect(sd(r.mus) / se.mu).toBeGreaterThan(0.9);
      expect(sd(r.mus) / se.mu).toBeLessThan(1.1);
      expect(sd(r.sigmas) / se.sigma).toBeGreaterThan(0.88);
      expect(sd(r.sigmas) / se.sigma).toBeLessThan(1.12);
      expect(sd(r.train) / se.nll).toBeGreaterThan(0.88);
      expect(sd(r.train) / se.nll).toBeLessThan(1.12);
      const meanExcess = r.excess.reduce((a, b) => a + b, 0) / r.excess.length;
      expect(meanExcess / (expectedTestNll(r.target, n) - r.target.floor)).toBeGreaterThan(0.85);
      expect(meanExcess / (expectedTestNll(r.target, n) - r.target.floor)).toBeLessThan(1.15);
    });
  }

  it('standardErrors for a Gaussian target (κ = 3) are σ/√n for μ̂ and σ/√(2n) for σ̂ (textbook values)', () => {
    const t = summarizeTarget(mixtureOf([1, 1, 2]));
    const se = standardErrors(t, 50);
    expect(se.mu).toBeCloseTo(2 / Math.sqrt(50), 13);
    expect(se.sigma).toBeCloseTo(2 / Math.sqrt(100), 13);
    expect(expectedTestNll(t, 50) - t.floor).toBeCloseTo(1 / 50, 13);
  });

  it('klGaussian(q_F, q̂) is the excess of the test NLL over the floor', () => {
    const s = summarizeMleGaussian(twoModes, 300, 4);
    const f = s.target.forward;
    expect(s.testNll - s.target.floor).toBeCloseTo(klGaussian(f.mu, f.sigma, s.mle.mu, s.mle.sigma), 12);
  });
});
