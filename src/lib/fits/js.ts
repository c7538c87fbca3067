import { gaussianEntropy } from '../mixture/gaussian';
import { preparedEntropy, type Gaussian, type Gradient } from './divergences';
import { expectLogMixture, expectLogMixtureDerivatives, prepareMixture, type PreparedMixture } from '../mixture/log-expectation';
import type { Mixture } from '../mixture/mixture';
import { startPoints } from './starts';

/** The midpoint mixture m = ½p + ½q, prepared for quadrature. */
function midpoint(pm: PreparedMixture, q: Gaussian): PreparedMixture {
  const comps: Mixture = [{ weight: 0.5, mu: q.mu, sigma: q.sigma }];
  for (let i = 0; i < pm.k; i++) comps.push({ weight: 0.5 * pm.weight[i]!, mu: pm.mu[i]!, sigma: 1 / pm.invSigma[i]! });
  return prepareMixture(comps);
}

const derivs = new Float64Array(6);

/**
 * JS(p, q) and its gradient in (mu, log sigma) given H(p); gradient written to grad when given.
 * m is a (k+1)-component mixture, so every term is an E[log mixture] by the same quadrature:
 * JS = ½(−H(p) − E_p log m) + ½(−H(q) − E_q log m), and ∇JS = ½ E_q[∇log q · (log q − log m)], which
 * is ½(0, −1) minus ½ the Stein derivatives of E_q[log m] with m held fixed. `fast`: ~1e-6 absolute,
 * about half the work (for pictures and optimizer iterations).
 */
export function jsWithEntropy(
  pm: PreparedMixture,
  entropyP: number,
  q: Gaussian,
  grad?: Float64Array,
  fast = false,
): number {
  const mm = midpoint(pm, q);
  let epLogM = 0;
  for (let i = 0; i < pm.k; i++) epLogM += pm.weight[i]! * expectLogMixture(mm, pm.mu[i]!, 1 / pm.invSigma[i]!, fast);
  let eqLogM: number;
  if (grad) {
    expectLogMixtureDerivatives(mm, q.mu, q.sigma, derivs, fast);
    eqLogM = derivs[0]!;
    grad[0] = -0.5 * derivs[1]!;
    grad[1] = -0.5 - 0.5 * derivs[2]!;
  } else {
    eqLogM = expectLogMixture(mm, q.mu, q.sigma, fast);
  }
  const js = 0.5 * (-entropyP - epLogM) + 0.5 * (-gaussianEntropy(q.sigma) - eqLogM);
  // Quadrature noise can push a zero divergence a hair below 0; JS lies in [0, ln 2].
  return Math.min(Math.LN2, Math.max(0, js));
}

/** Jensen–Shannon divergence JS(p, q) = ½KL(p‖m) + ½KL(q‖m), m = ½(p+q), in nats; in [0, ln 2]. */
export function jsDivergence(p: Mixture, q: Gaussian): number {
  const pm = prepareMixture(p);
  return jsWithEntropy(pm, preparedEntropy(pm), q);
}

/** ∇ JS(p, q) with respect to (mu, log sigma) of q. */
export function jsGradient(p: Mixture, q: Gaussian): Gradient {
  const pm = prepareMixture(p);
  const g = new Float64Array(2);
  jsWithEntropy(pm, preparedEntropy(pm), q, g);
  return { dMu: g[0]!, dLogSigma: g[1]! };
}

/** BFGS with Armijo backtracking on (mu, log sigma) from a start; returns the final point and value. */
function bfgs(
  pm: PreparedMixture,
  hp: number,
  start: Gaussian,
  fast: boolean,
  tol: number,
): { mu: number; logSigma: number; js: number } {
  let mu = start.mu;
  let ls = Math.log(start.sigma);
  const g = new Float64Array(2);
  const gNew = new Float64Array(2);
  let f = jsWithEntropy(pm, hp, { mu, sigma: Math.exp(ls) }, g, fast);
  // Inverse-Hessian approximation, started at a scale where a unit step moves about one sigma.
  let h00 = Math.exp(2 * ls);
  let h01 = 0;
  let h11 = 1;
  for (let it = 0; it < 200; it++) {
    if (Math.hypot(g[0]!, g[1]!) < tol) break;
    let s0 = -(h00 * g[0]! + h01 * g[1]!);
    let s1 = -(h01 * g[0]! + h11 * g[1]!);
    let slope = s0 * g[0]! + s1 * g[1]!;
    if (!(slope < 0)) {
      // Lost positive definiteness: restart from steepest descent.
      h00 = Math.exp(2 * ls);
      h01 = 0;
      h11 = 1;
      s0 = -h00 * g[0]!;
      s1 = -g[1]!;
      slope = s0 * g[0]! + s1 * g[1]!;
    }
    const cap = Math.min(
      1,
      1 / Math.max(Math.abs(s1), 1e-300),
      (3 * Math.exp(ls) + 2) / Math.max(Math.abs(s0), 1e-300),
    );
    s0 *= cap;
    s1 *= cap;
    slope *= cap;
    let t = 1;
    let fNew = f;
    let ok = false;
    for (let k = 0; k < 40; k++) {
      fNew = jsWithEntropy(pm, hp, { mu: mu + t * s0, sigma: Math.exp(ls + t * s1) }, gNew, fast);
      if (fNew <= f + 1e-4 * t * slope) {
        ok = true;
        break;
      }
      t *= 0.5;
    }
    if (!ok) break;
    const d0 = t * s0;
    const d1 = t * s1;
    const y0 = gNew[0]! - g[0]!;
    const y1 = gNew[1]! - g[1]!;
    mu += d0;
    ls += d1;
    f = fNew;
    g[0] = gNew[0]!;
    g[1] = gNew[1]!;
    const sy = d0 * y0 + d1 * y1;
    if (sy > 1e-300) {
      // Standard BFGS update of the inverse Hessian H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ.
      const rho = 1 / sy;
      const hy0 = h00 * y0 + h01 * y1;
      const hy1 = h01 * y0 + h11 * y1;
      const yhy = y0 * hy0 + y1 * hy1;
      const c = (1 + rho * yhy) * rho;
      h00 += c * d0 * d0 - rho * 2 * hy0 * d0;
      h01 += c * d0 * d1 - rho * (hy0 * d1 + hy1 * d0);
      h11 += c * d1 * d1 - rho * 2 * hy1 * d1;
    }
    if (Math.abs(d0) + Math.abs(d1) < 1e-13) break;
  }
  return { mu, logSigma: ls, js: f };
}

/**
 * argmin_q JS(p, q) over Gaussians, from each component and each run of neighbouring components (the moment
 * match included), on the fast rule; the best is then refined on the accurate rule. Accurate to ~1e-6.
 */
export function jsFit(p: Mixture): Gaussian & { js: number } {
  const pm = prepareMixture(p);
  const hp = preparedEntropy(pm);
  const starts = startPoints(p);
  let best = { mu: starts[0]!.mu, logSigma: Math.log(starts[0]!.sigma), js: Infinity };
  for (const s of starts) {
    const r = bfgs(pm, hp, s, true, 1e-6);
    if (r.js < best.js) best = r;
  }
  const final = bfgs(pm, hp, { mu: best.mu, sigma: Math.exp(best.logSigma) }, false, 1e-9);
  return { mu: final.mu, sigma: Math.exp(final.logSigma), js: final.js };
}
