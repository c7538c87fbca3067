/** Everything the kl-fits widget shows for one target, computed once for build time and the browser. */
import { forwardFit, forwardKLWithEntropy, mixtureEntropy, reverseKL, type Gaussian } from './divergences';
import { reverseFit, type ReverseOptimum } from './reverse-fit';
import { gaussianCurve, linspace, mixtureCurve } from '../plot/curves';
import { plotRange, type Mixture } from '../mixture/mixture';

export interface FitsSummary {
  forward: Gaussian;
  /** Every local minimum of KL(q‖p), best first. */
  reverseOptima: ReverseOptimum[];
  reverse: ReverseOptimum;
  /** KL(p‖q_F): the forward fit in its own direction. */
  forwardKlOfForward: number;
  /** KL(q_F‖p): the forward fit judged by reverse KL. */
  reverseKlOfForward: number;
  /** KL(p‖q_R): the reverse fit judged by forward KL. */
  forwardKlOfReverse: number;
  /** KL(q_R‖p): the reverse fit in its own direction. */
  reverseKlOfReverse: number;
}

/** The forward fit (moment match), every reverse optimum, and the 2×2 table of KL values between them and p. */
export function summarizeFits(p: Mixture): FitsSummary {
  const forward = forwardFit(p);
  const { optima, best } = reverseFit(p);
  const entropy = mixtureEntropy(p);
  return {
    forward,
    reverseOptima: optima,
    reverse: best,
    forwardKlOfForward: forwardKLWithEntropy(p, forward, entropy),
    reverseKlOfForward: reverseKL(forward, p),
    forwardKlOfReverse: forwardKLWithEntropy(p, best, entropy),
    reverseKlOfReverse: best.kl,
  };
}

export interface DensityCurves {
  x: number[];
  target: number[];
  /** One density array per Gaussian given, in order. */
  fits: number[][];
}

/** Densities of p and of the given Gaussians on `points` evenly spaced x values covering all of them. */
export function densityCurves(p: Mixture, gaussians: readonly Gaussian[], points = 400): DensityCurves {
  const [lo, hi] = plotRange(p, gaussians, 3.5);
  const x = linspace(lo, hi, points);
  return {
    x: Array.from(x),
    target: Array.from(mixtureCurve(p, x)),
    fits: gaussians.map((g) => Array.from(gaussianCurve(g, x))),
  };
}
