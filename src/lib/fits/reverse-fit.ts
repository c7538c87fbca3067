import { reverseKLDerivatives } from './divergences';
import { prepareMixture, type PreparedMixture } from '../mixture/log-expectation';
import { startPoints } from './starts';
import type { Mixture } from '../mixture/mixture';

/** A local minimum of KL(q‖p) over Gaussians q = N(mu, sigma²). */
export type ReverseOptimum = { mu: number; sigma: number; kl: number };
/** All distinct local minima of KL(q‖p), sorted by KL ascending, and the global one. */
export type ReverseFit = { optima: ReverseOptimum[]; best: ReverseOptimum };

/** Newton stops when the gradient in (mu, log sigma) is this small (the quadrature's noise floor is ~1e-13). */
const GRAD_TOL = 1e-10;
/** Stage 1 runs on the fast rule (~3e-7 relative) down to this gradient; the accurate rule then polishes. */
const FAST_GRAD_TOL = 1e-5;
const MAX_ITER = 100;
/** Two points within this distance in (Δmu/sigma, Δlog sigma) of a minimum are in its basin. */
const SAME_BASIN = 0.03;
/**
 * A run whose next Newton target (from a positive-definite Hessian) lies this close to a known minimum is
 * heading there: Newton converges quadratically from much farther away for the minima of this problem.
 */
const PREDICTED_BASIN = 0.1;
/** Cap on extra starts spawned to escape saddle points. */
const MAX_ESCAPES = 8;

/** A stationary point: position, KL there and the Hessian [∂μμ, ∂μℓ, ∂ℓℓ] of KL in (mu, ℓ = log sigma). */
type Stationary = { mu: number; logSigma: number; kl: number; h00: number; h01: number; h11: number };

/** Smallest eigenvalue and its unit eigenvector of the symmetric 2×2 matrix [[a, b], [b, c]]. */
function minEigen(a: number, b: number, c: number): { value: number; v0: number; v1: number } {
  const r = Math.hypot(0.5 * (a - c), b);
  const value = 0.5 * (a + c) - r;
  // Eigenvector of value: (b, value − a) or (value − c, b), whichever is better conditioned.
  let v0 = b;
  let v1 = value - a;
  if (Math.abs(value - c) > Math.abs(v1)) {
    v0 = value - c;
    v1 = b;
  }
  const n = Math.hypot(v0, v1);
  if (n === 0) return { value, v0: 1, v1: 0 };
  return { value, v0: v0 / n, v1: v1 / n };
}

function nearKnown(mu: number, logSigma: number, found: readonly Stationary[], radius = SAME_BASIN): boolean {
  for (const f of found) {
    const s = Math.exp(f.logSigma);
    if (Math.abs(mu - f.mu) < radius * s && Math.abs(logSigma - f.logSigma) < radius) return true;
  }
  return false;
}

function stationary(mu: number, logSigma: number, d: Float64Array): Stationary {
  return { mu, logSigma, kl: d[0]!, h00: d[3]!, h01: d[4]!, h11: d[5]! };
}

/** The Newton step −H⁻¹g for [KL, g0, g1, h00, h01, h11] in d, or undefined if H is not positive definite. */
function newtonStep(d: Float64Array): [number, number] | undefined {
  const a = d[3]!;
  const b = d[4]!;
  const c = d[5]!;
  const det = a * c - b * b;
  if (!(a > 0 && det > 0)) return undefined;
  return [-(c * d[1]! - b * d[2]!) / det, -(a * d[2]! - b * d[1]!) / det];
}

type Run = { point: Stationary; known: boolean };

/**
 * Damped Newton on (mu, log sigma) with a positive-definite-shifted Hessian and Armijo backtracking, on the
 * fast or the accurate quadrature; returns early (known) once heading into the basin of a found minimum.
 */
function newton(
  pm: PreparedMixture,
  mu0: number,
  logSigma0: number,
  found: readonly Stationary[],
  fast: boolean,
  initial?: Float64Array,
): Run {
  let mu = mu0;
  let ls = logSigma0;
  let d: Float64Array = initial ?? reverseKLDerivatives(pm, mu, ls, new Float64Array(6), fast);
  let trial: Float64Array = new Float64Array(6);
  const gradTol = fast ? FAST_GRAD_TOL : GRAD_TOL;
  // Below this predicted decrease the fast rule's noise hides progress; the accurate stage instead polishes
  // on the gradient, accepting steps whose change in KL is below rounding when they shrink the gradient.
  const floor = fast ? 1e-11 : 0;
  for (let it = 0; it < MAX_ITER; it++) {
    const g0 = d[1]!;
    const g1 = d[2]!;
    if (Math.max(Math.abs(g0), Math.abs(g1)) < gradTol) break;
    const a = d[3]!;
    const b = d[4]!;
    const c = d[5]!;
    const e = minEigen(a, b, c);
    const big = 0.5 * (a + c) + Math.hypot(0.5 * (a - c), b);
    // Shift indefinite Hessians so the step is a descent direction (Levenberg-style).
    const shift = e.value > 1e-8 * Math.max(big, 1e-300) ? 0 : -e.value + 0.1 * Math.max(Math.abs(big), 1);
    const ha = a + shift;
    const hc = c + shift;
    const det = ha * hc - b * b;
    let s0 = -(hc * g0 - b * g1) / det;
    let s1 = -(ha * g1 - b * g0) / det;
    // Keep a single step within a few sigmas and a factor e in scale; the line search does the rest.
    const sigma = Math.exp(ls);
    const scale = Math.min(1, (3 * sigma + 2) / Math.abs(s0 || 1e-300), 1 / Math.abs(s1 || 1e-300));
    s0 *= scale;
    s1 *= scale;
    const slope = g0 * s0 + g1 * s1;
    if (!(slope < 0)) break;
    if (shift === 0 && scale === 1) {
      if (-slope < floor * (1 + Math.abs(d[0]!))) break;
      // The fast stage only has to get close enough for polish's single accurate step.
      if (fast && Math.abs(s0) < 1e-5 * sigma && Math.abs(s1) < 1e-5) break;
      if (nearKnown(mu + s0, ls + s1, found, PREDICTED_BASIN)) return { point: stationary(mu, ls, d), known: true };
    }
    let t = 1;
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      trial = reverseKLDerivatives(pm, mu + t * s0, ls + t * s1, trial, fast);
      const armijo = trial[0]! <= d[0]! + 1e-4 * t * slope;
      const flat =
        !fast &&
        Math.abs(trial[0]! - d[0]!) <= 1e-14 * (1 + Math.abs(d[0]!)) &&
        Math.max(Math.abs(trial[1]!), Math.abs(trial[2]!)) < 0.5 * Math.max(Math.abs(g0), Math.abs(g1));
      if (armijo || flat) {
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    // No decrease possible: we are at the quadrature's noise floor around a stationary point.
    if (!accepted) break;
    const moved = Math.abs(t * s0) + Math.abs(t * s1);
    mu += t * s0;
    ls += t * s1;
    const tmp = d;
    d = trial;
    trial = tmp;
    if (moved < 1e-14 * (1 + Math.abs(mu))) break;
    if (nearKnown(mu, ls, found)) return { point: stationary(mu, ls, d), known: true };
  }
  return { point: stationary(mu, ls, d), known: false };
}

/**
 * Finish a fast-rule minimum on the accurate rule. When the fast rule already put it within 1e-6, one
 * accurate Newton step leaves a gradient ~1e-12 (quadratic convergence), and the KL there is the quadratic
 * model's f + ½g·s, so no second evaluation is needed. Anything else continues with full accurate Newton.
 */
function polish(pm: PreparedMixture, rough: Stationary, found: readonly Stationary[]): Run {
  const d = reverseKLDerivatives(pm, rough.mu, rough.logSigma, new Float64Array(6));
  const step = newtonStep(d);
  if (step && Math.abs(step[0]) < 1e-6 * Math.exp(rough.logSigma) && Math.abs(step[1]) < 1e-6) {
    const mu = rough.mu + step[0];
    const ls = rough.logSigma + step[1];
    d[0] = d[0]! + 0.5 * (d[1]! * step[0] + d[2]! * step[1]);
    return { point: stationary(mu, ls, d), known: false };
  }
  return newton(pm, rough.mu, rough.logSigma, found, false, d);
}


/**
 * All local minima of the reverse KL(q‖p) over Gaussians q, sorted by KL ascending, with best = optima[0].
 * Newton from every component, the moment match and every run of neighbouring components (the candidates
 * for what a mode-seeking q can sit on); runs that stall on a saddle restart on both sides of its
 * negative-curvature direction, and only points with a positive-definite Hessian are reported. Checked
 * against a scipy grid-plus-Nelder–Mead global search on 290 random targets over the supported range
 * (80 with 3–4 components, 70 biased to sigmas 0.1 and 5): no global minimum missed; |∇| < 1e-10 at all optima.
 */
export function reverseFit(p: Mixture): ReverseFit {
  const pm = prepareMixture(p);
  const queue = startPoints(p).map((g) => ({ mu: g.mu, logSigma: Math.log(g.sigma) }));
  const minima: Stationary[] = [];
  let fallback: Stationary | undefined;
  let escapes = 0;
  while (queue.length > 0) {
    const s = queue.shift()!;
    if (nearKnown(s.mu, s.logSigma, minima)) continue;
    const rough = newton(pm, s.mu, s.logSigma, minima, true);
    if (rough.known || nearKnown(rough.point.mu, rough.point.logSigma, minima)) continue;
    const r = polish(pm, rough.point, minima);
    if (r.known) continue;
    const x = r.point;
    if (!fallback || x.kl < fallback.kl) fallback = x;
    const e = minEigen(x.h00, x.h01, x.h11);
    if (e.value > 0) {
      if (!nearKnown(x.mu, x.logSigma, minima)) minima.push(x);
    } else if (escapes < MAX_ESCAPES) {
      // A saddle (e.g. the symmetric point between two mirror modes): restart on both sides.
      escapes += 2;
      const step = 0.3;
      queue.push({ mu: x.mu + step * e.v0, logSigma: x.logSigma + step * e.v1 });
      queue.push({ mu: x.mu - step * e.v0, logSigma: x.logSigma - step * e.v1 });
    }
  }
  const chosen = minima.length > 0 ? minima : fallback ? [fallback] : [];
  const optima = chosen.map((m) => ({ mu: m.mu, sigma: Math.exp(m.logSigma), kl: m.kl })).sort((x, y) => x.kl - y.kl);
  return { optima, best: optima[0]! };
}
