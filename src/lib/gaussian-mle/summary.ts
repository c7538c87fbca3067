/**
 * Everything the mle-gaussian widget shows for one target, sample size and seed, computed once for
 * build time and the browser: the draw, the maximum-likelihood Gaussian and its NLLs, the forward fit
 * it converges to, the convergence series over n with its standard-error bands, and the histogram.
 */
import { forwardFit, forwardKLWithEntropy, gaussianCrossEntropy, mixtureEntropy, type Gaussian } from '../fits/divergences';
import { gaussianEntropy, klGaussian } from '../mixture/gaussian';
import { mixtureKurtosis, plotRange, type Mixture } from '../mixture/mixture';
import { binCount, densityHistogram, type Histogram } from '../plot/histogram';
import { gaussianCurve, linspace, mixtureCurve } from '../plot/curves';
import { logSpacedIndices } from '../sampling/discrete-sample';
import { sampleMixture } from '../sampling/mixture-sample';
import { prefixFits } from './fit';

/** What depends on the target alone: the forward fit, H(p), KL(p‖q_F), the NLL floor and the kurtosis. */
export interface TargetSummary {
  /** The forward-KL fit q_F: p's mean and standard deviation. */
  forward: Gaussian;
  /** H(p), by the library's quadrature. */
  entropy: number;
  /** KL(p‖q_F), the least forward KL of any Gaussian. */
  forwardKl: number;
  /** H(p) + KL(p‖q_F) = H(p, q_F), the test NLL no Gaussian beats (the entropy of q_F). */
  floor: number;
  /** p's kurtosis μ₄/σ⁴, which sets how fast σ̂ settles. */
  kurtosis: number;
}

/** The target's part of the summary (one quadrature for H(p); the rest is closed form). */
export function summarizeTarget(p: Mixture): TargetSummary {
  const forward = forwardFit(p);
  const entropy = mixtureEntropy(p);
  const forwardKl = forwardKLWithEntropy(p, forward, entropy);
  return { forward, entropy, forwardKl, floor: entropy + forwardKl, kurtosis: mixtureKurtosis(p) };
}

/**
 * Asymptotic standard errors after i draws (i > 0), from the central limit theorem and the delta method:
 * μ̂ has σ_F/√i (exact at every i), σ̂ has σ_F·√((κ−1)/(4i)), and the train NLL ½ln(2πσ̂²) + ½ has √((κ−1)/(4i)),
 * with κ the target's kurtosis (κ − 1 = Var((X − μ)²)/σ⁴).
 */
export function standardErrors(target: TargetSummary, i: number): { mu: number; sigma: number; nll: number } {
  const nll = Math.sqrt((target.kurtosis - 1) / (4 * i));
  return { mu: target.forward.sigma / Math.sqrt(i), sigma: target.forward.sigma * nll, nll };
}

/**
 * E[H(p, q̂_i)] to first order, floor + (κ + 1)/(4i): the test NLL exceeds the floor by KL(q_F‖q̂_i) ≈
 * (μ̂ − μ_F)²/(2σ_F²) + (σ̂ − σ_F)²/σ_F², whose expectation is 1/(2i) + (κ − 1)/(4i).
 */
export function expectedTestNll(target: TargetSummary, i: number): number {
  return target.floor + (target.kurtosis + 1) / (4 * i);
}

/** The fit's numbers for one sample. σ̂ = 0 (all draws equal) gives sampleNll −∞ and the other two +∞. */
export interface FitNumbers {
  mle: Gaussian;
  /** −(1/n) Σ log N(x_i; μ̂, σ̂²), which for the MLE is exactly ½ln(2πσ̂²) + ½. */
  sampleNll: number;
  /** H(p, N(μ̂, σ̂²)), closed form in p's mean and variance. */
  testNll: number;
  /** KL(p‖N(μ̂, σ̂²)) = KL(p‖q_F) + KL(q_F‖N(μ̂, σ̂²)) (exact for Gaussians), hence ≥ KL(p‖q_F). */
  mleForwardKl: number;
}

/** The NLLs and forward KL of the Gaussian q = N(mu, sigma²) fitted by maximum likelihood, for this target. */
export function fitNumbers(p: Mixture, target: TargetSummary, mle: Gaussian): FitNumbers {
  if (!(mle.sigma > 0)) return { mle, sampleNll: -Infinity, testNll: Infinity, mleForwardKl: Infinity };
  // The Pythagorean split keeps the small gap accurate and never below forwardKl, even by a rounding error.
  const excess = Math.max(0, klGaussian(target.forward.mu, target.forward.sigma, mle.mu, mle.sigma));
  return {
    mle,
    sampleNll: gaussianEntropy(mle.sigma),
    testNll: gaussianCrossEntropy(p, mle),
    mleForwardKl: target.forwardKl + excess,
  };
}

/** The prefix fits of the sample at log-spaced sizes i and their NLLs; an NLL is null where it is ±∞ (σ̂ = 0). */
export interface ConvergenceSeries {
  /** Sample sizes, ascending from 2, ending at n (at most maxPoints of them). */
  i: number[];
  mu: number[];
  sigma: number[];
  trainNll: Array<number | null>;
  testNll: Array<number | null>;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** The convergence series of xs (at least 2 draws) at up to maxPoints log-spaced prefix sizes, in one pass. */
export function convergenceSeries(p: Mixture, target: TargetSummary, xs: ArrayLike<number>, maxPoints = 200): ConvergenceSeries {
  const i = logSpacedIndices(xs.length, maxPoints).filter((k) => k >= 2);
  const fits = prefixFits(xs, i);
  const numbers = i.map((_, t) => fitNumbers(p, target, { mu: fits.mu[t]!, sigma: fits.sigma[t]! }));
  return {
    i,
    mu: Array.from(fits.mu),
    sigma: Array.from(fits.sigma),
    trainNll: numbers.map((f) => finiteOrNull(f.sampleNll)),
    testNll: numbers.map((f) => finiteOrNull(f.testNll)),
  };
}

/** Densities of p, the MLE and the forward fit on one x grid, for drawing over the histogram. */
export interface DensityOverlay {
  x: number[];
  target: number[];
  mle: number[];
  forward: number[];
}

export interface MleGaussianSummary extends FitNumbers {
  n: number;
  seed: number;
  target: TargetSummary;
  convergence: ConvergenceSeries;
  histogram: Histogram;
  curves: DensityOverlay;
}

/** Points on each density curve. */
const CURVE_POINTS = 300;

/** The plotted x-range: every component of p and the forward fit to ±3 standard deviations, widened to whole numbers (it does not move with n). */
export function overlayRange(p: Mixture, target: TargetSummary): [number, number] {
  const [lo, hi] = plotRange(p, [target.forward], 3);
  return [Math.floor(lo), Math.ceil(hi)];
}

/**
 * Draws n samples from p with the seed (sampling/mixture-sample.ts) and summarizes them; `target` may be passed
 * when only n or the seed changed. n must be a whole number ≥ 2 (RangeError otherwise).
 */
export function summarizeMleGaussian(p: Mixture, n: number, seed: number, target = summarizeTarget(p)): MleGaussianSummary {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`The MLE needs at least two draws, got n = ${String(n)}.`);
  return summarizeSample(p, sampleMixture(p, n, seed), seed, target);
}

/** The summary of a sample xs (at least 2 draws) of p drawn with `seed` (e.g. a MixtureStream's take(n)). */
export function summarizeSample(p: Mixture, xs: Float64Array, seed: number, target = summarizeTarget(p)): MleGaussianSummary {
  if (xs.length < 2) throw new RangeError(`The MLE needs at least two draws, got ${xs.length}.`);
  const convergence = convergenceSeries(p, target, xs);
  const last = convergence.i.length - 1;
  const fit = fitNumbers(p, target, { mu: convergence.mu[last]!, sigma: convergence.sigma[last]! });
  const [lo, hi] = overlayRange(p, target);
  const x = linspace(lo, hi, CURVE_POINTS);
  return {
    ...fit,
    n: xs.length,
    seed,
    target,
    convergence,
    histogram: densityHistogram(xs, lo, hi, binCount(xs.length)),
    curves: {
      x: Array.from(x),
      target: Array.from(mixtureCurve(p, x)),
      // A zero-width MLE (all draws equal) has no density to draw.
      mle: fit.mle.sigma > 0 ? Array.from(gaussianCurve(fit.mle, x)) : Array.from(x, () => 0),
      forward: Array.from(gaussianCurve(target.forward, x)),
    },
  };
}
