import type { Gaussian } from './divergences';
import type { Mixture } from '../mixture/mixture';
import { prepareObjective, type Objective } from './objectives';

/** One animation frame: the current q and the divergence there (KL or JS, in nats). */
export type DescentFrame = { mu: number; sigma: number; kl: number };
/** Options of descentPath. */
export type DescentOptions = {
  /** Most frames returned, start included (default 300). */
  maxFrames?: number;
  /** Stop once the gradient norm in (mu, log sigma) is below this (default 1e-6). */
  tolerance?: number;
  /** Initial step size (default 0.5); adapted by backtracking and growth. */
  learningRate?: number;
  /** Largest move of (mu, log sigma) in one frame, so the animation stays smooth (default 0.5). */
  maxStep?: number;
};

/**
 * Gradient-descent frames on (mu, log sigma) from `start` for the chosen divergence, start first; stops when
 * converged or after maxFrames. Steps follow the natural gradient of the Gaussian family (gradient scaled by
 * σ² in mu and ½ in log sigma), so narrow and wide q move at comparable speed, and each step backtracks
 * until the divergence decreases, so frames always go downhill.
 */
export function descentPath(
  p: Mixture,
  start: Gaussian,
  objective: Objective,
  opts: DescentOptions = {},
): DescentFrame[] {
  const maxFrames = Math.max(1, Math.floor(opts.maxFrames ?? 300));
  const tol = opts.tolerance ?? 1e-6;
  const maxStep = opts.maxStep ?? 0.5;
  let rate = opts.learningRate ?? 0.5;
  const f = prepareObjective(p, objective);
  const g = new Float64Array(2);
  let mu = start.mu;
  let ls = Math.log(start.sigma);
  let value = f.withGradient(mu, ls, g);
  const frames: DescentFrame[] = [{ mu, sigma: start.sigma, kl: value }];
  while (frames.length < maxFrames) {
    if (!(Math.hypot(g[0]!, g[1]!) >= tol)) break;
    // Inverse Fisher information of N(mu, σ²) in (mu, log σ) is diag(σ², ½).
    const d0 = -Math.exp(2 * ls) * g[0]!;
    const d1 = -0.5 * g[1]!;
    const norm = Math.hypot(d0, d1);
    const slope = g[0]! * d0 + g[1]! * d1;
    let moved = false;
    for (let k = 0; k < 50; k++) {
      const t = Math.min(rate, maxStep / norm);
      const nv = f.value(mu + t * d0, ls + t * d1);
      if (nv <= value + 1e-4 * t * slope) {
        mu += t * d0;
        ls += t * d1;
        moved = true;
        // Grow the step after a success so flat stretches do not take hundreds of frames.
        rate = t * 1.5;
        break;
      }
      rate = t * 0.5;
    }
    if (!moved) break;
    value = f.withGradient(mu, ls, g);
    frames.push({ mu, sigma: Math.exp(ls), kl: value });
  }
  return frames;
}
