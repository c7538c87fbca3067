/** The integrands of the two divergences along x: where each one is paid. */
import { gaussianLogPdf } from './gaussian';
import { mixtureLogPdf, plotRange, type Mixture } from './mixture';
import type { Gaussian } from './kl';

export interface IntegrandCurves {
  x: number[];
  /** p(x)·log(p(x)/q_F(x)): its integral is KL(p‖q_F). */
  forward: number[];
  /** q_R(x)·log(q_R(x)/p(x)): its integral is KL(q_R‖p). */
  reverse: number[];
}

/** Both integrands on `points` evenly spaced x values reaching `spread` σ past every density, computed from log-densities so the tails stay finite. */
export function integrandCurves(p: Mixture, forward: Gaussian, reverse: Gaussian, points = 400, spread = 3.5): IntegrandCurves {
  const [lo, hi] = plotRange(p, [forward, reverse], spread);
  const x = Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
  return {
    x,
    forward: x.map((xi) => {
      const logP = mixtureLogPdf(p, xi);
      return Math.exp(logP) * (logP - gaussianLogPdf(xi, forward.mu, forward.sigma));
    }),
    reverse: x.map((xi) => {
      const logQ = gaussianLogPdf(xi, reverse.mu, reverse.sigma);
      return Math.exp(logQ) * (logQ - mixtureLogPdf(p, xi));
    }),
  };
}
