/** The integrands of the two divergences along x, on a grid covering p and both fits: where each one is paid. */
import { integrands, linspace } from '../plot/curves';
import { plotRange, type Mixture } from '../mixture/mixture';
import type { Gaussian } from './divergences';

export interface IntegrandCurves {
  x: number[];
  /** p(x)·log(p(x)/q_F(x)): its integral is KL(p‖q_F). */
  forward: number[];
  /** q_R(x)·log(q_R(x)/p(x)): its integral is KL(q_R‖p). */
  reverse: number[];
}

/** Both integrands on `points` evenly spaced x values reaching `spread` σ past every density. */
export function integrandCurves(p: Mixture, forward: Gaussian, reverse: Gaussian, points = 400, spread = 3.5): IntegrandCurves {
  const [lo, hi] = plotRange(p, [forward, reverse], spread);
  const x = linspace(lo, hi, points);
  return {
    x: Array.from(x),
    forward: Array.from(integrands(p, forward, x).forward),
    reverse: Array.from(integrands(p, reverse, x).reverse),
  };
}
