import { LOG_SQRT_2PI } from './gaussian';
import type { Mixture } from './mixture';
import { ACCURATE, FAST, GaussianRule } from '../numeric/quadrature';

/** A mixture unpacked into typed arrays for fast log-density evaluation, with the singularities of log p. */
export type PreparedMixture = {
  k: number;
  /** Weights normalized to sum 1. */
  weight: Float64Array;
  mu: Float64Array;
  invSigma: Float64Array;
  /** ln(w_i/σ_i) − ln√(2π): the log-density of component i at its own mean. */
  logPeak: Float64Array;
  /** Pairs (re, |im|) of the complex points nearest the real axis where p = 0, i.e. where log p is singular. */
  singular: Float64Array;
  singularCount: number;
};

/** Components within this many nats of the dominant one still change log p (e^-37 ≈ 1e-16). */
const RELEVANCE = 37;

/** Unpack p (weights renormalized to sum 1) and locate the singularities of log p that the quadrature must resolve. */
export function prepareMixture(p: Mixture): PreparedMixture {
  const k = p.length;
  if (k === 0) throw new Error('prepareMixture: empty mixture');
  let total = 0;
  for (const c of p) total += c.weight;
  const weight = new Float64Array(k);
  const mu = new Float64Array(k);
  const invSigma = new Float64Array(k);
  const logPeak = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const c = p[i]!;
    if (!(c.sigma > 0) || !(c.weight > 0)) throw new Error('prepareMixture: weights and sigmas must be positive');
    weight[i] = c.weight / total;
    mu[i] = c.mu;
    invSigma[i] = 1 / c.sigma;
    logPeak[i] = Math.log(c.weight / total / c.sigma) - LOG_SQRT_2PI;
  }
  const pm: PreparedMixture = { k, weight, mu, invSigma, logPeak, singular: new Float64Array(0), singularCount: 0 };
  findSingularities(pm);
  return pm;
}

function componentLog(pm: PreparedMixture, i: number, x: number): number {
  const t = (x - pm.mu[i]!) * pm.invSigma[i]!;
  return pm.logPeak[i]! - 0.5 * t * t;
}

function maxComponentLog(pm: PreparedMixture, x: number): number {
  let m = -Infinity;
  for (let i = 0; i < pm.k; i++) m = Math.max(m, componentLog(pm, i, x));
  return m;
}

/**
 * For each pair (i, j), w_i N_i + w_j N_j = 0 where a_i − a_j = ±iπ, a quadratic in x (a_i = log of term i);
 * its complex roots sit next to the real crossing of the two terms, at distance ~π/|slope difference|.
 * Pairs that are dominated by a third component there are dropped: they cannot bend log p.
 */
function findSingularities(pm: PreparedMixture): void {
  // At most two roots per pair.
  const out = new Float64Array(2 * pm.k * (pm.k - 1));
  let n = 0;
  const keep = (i: number, j: number, u: number, v: number): void => {
    if (!Number.isFinite(u) || !Number.isFinite(v)) return;
    const pair = Math.max(componentLog(pm, i, u), componentLog(pm, j, u));
    if (pair < maxComponentLog(pm, u) - RELEVANCE) return;
    out[n++] = u;
    out[n++] = Math.abs(v);
  };
  for (let i = 0; i < pm.k; i++) {
    for (let j = i + 1; j < pm.k; j++) {
      const si = pm.invSigma[i]! * pm.invSigma[i]!;
      const sj = pm.invSigma[j]! * pm.invSigma[j]!;
      const mi = pm.mu[i]!;
      const mj = pm.mu[j]!;
      const A = -0.5 * (si - sj);
      const B = mi * si - mj * sj;
      const C = pm.logPeak[i]! - 0.5 * mi * mi * si - (pm.logPeak[j]! - 0.5 * mj * mj * sj);
      // Solve A x² + B x + (C − iπ) = 0 with the cancellation-free form q = −(B + s·√D)/2.
      const cRe = C;
      const cIm = -Math.PI;
      if (A === 0) {
        if (B !== 0) keep(i, j, -cRe / B, -cIm / B);
        continue;
      }
      const dRe = B * B - 4 * A * cRe;
      const dIm = -4 * A * cIm;
      const mod = Math.hypot(dRe, dIm);
      let sRe = Math.sqrt(0.5 * (mod + dRe));
      let sIm = Math.sign(dIm) * Math.sqrt(0.5 * Math.max(0, mod - dRe));
      if (B * sRe < 0) {
        sRe = -sRe;
        sIm = -sIm;
      }
      const qRe = -0.5 * (B + sRe);
      const qIm = -0.5 * sIm;
      keep(i, j, qRe / A, qIm / A);
      const qq = qRe * qRe + qIm * qIm;
      if (qq > 0) keep(i, j, (cRe * qRe + cIm * qIm) / qq, (cIm * qRe - cRe * qIm) / qq);
    }
  }
  pm.singular = out.subarray(0, n);
  pm.singularCount = n >> 1;
}

/** log p(x) for a prepared mixture, by log-sum-exp (finite far in the tails). */
export function logMixturePrepared(pm: PreparedMixture, x: number): number {
  const k = pm.k;
  const mu = pm.mu;
  const inv = pm.invSigma;
  const peak = pm.logPeak;
  if (k === 1) {
    const t = (x - mu[0]!) * inv[0]!;
    return peak[0]! - 0.5 * t * t;
  }
  let m = -Infinity;
  for (let i = 0; i < k; i++) {
    const t = (x - mu[i]!) * inv[i]!;
    const a = peak[i]! - 0.5 * t * t;
    if (a > m) m = a;
  }
  let s = 0;
  for (let i = 0; i < k; i++) {
    const t = (x - mu[i]!) * inv[i]!;
    s += Math.exp(peak[i]! - 0.5 * t * t - m);
  }
  return m + Math.log(s);
}

const accurateRule = new GaussianRule(ACCURATE);
const fastRule = new GaussianRule(FAST);
/** Terms more than this many nats below the largest are dropped from log-sum-exp: e^-36 ≈ 2e-16. */
const NEGLIGIBLE = 36;
let logTerms = new Float64Array(8);

/**
 * Σ over the rule's nodes of w·(log p(x) − ref)·[1, z, z²−1, z(z²−3), z⁴−4z²+1] into acc (the last four only if
 * `derivs`). At each node the component log-terms are cheap (a quadratic each) and only terms within e^-36
 * of the largest cost an exp (and then one log1p): exp and log are where the time goes, and away from
 * the crossings of the components most terms are far below the largest.
 */
function accumulate(
  pm: PreparedMixture,
  mu: number,
  sigma: number,
  ref: number,
  derivs: boolean,
  rule: GaussianRule,
  acc: Float64Array,
): void {
  rule.build(mu, sigma, pm.singular, pm.singularCount);
  const zs = rule.z;
  const ws = rule.w;
  const n = rule.size;
  const k = pm.k;
  const mus = pm.mu;
  const inv = pm.invSigma;
  const peak = pm.logPeak;
  if (logTerms.length < k) logTerms = new Float64Array(k);
  const terms = logTerms;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let j = 0; j < n; j++) {
    const z = zs[j]!;
    const x = mu + sigma * z;
    let m = -Infinity;
    let top = 0;
    for (let i = 0; i < k; i++) {
      const t = (x - mus[i]!) * inv[i]!;
      const v = peak[i]! - 0.5 * t * t;
      terms[i] = v;
      if (v > m) {
        m = v;
        top = i;
      }
    }
    let rest = 0;
    for (let i = 0; i < k; i++) {
      const d = terms[i]! - m;
      if (i !== top && d > -NEGLIGIBLE) rest += Math.exp(d);
    }
    const g = rest === 0 ? m : m + Math.log1p(rest);
    const wg = (g - ref) * ws[j]!;
    s0 += wg;
    if (derivs) {
      const z2 = z * z;
      s1 += wg * z;
      s2 += wg * (z2 - 1);
      s3 += wg * z * (z2 - 3);
      s4 += wg * (z2 * (z2 - 4) + 1);
    }
  }
  acc[0] = s0;
  acc[1] = s1;
  acc[2] = s2;
  acc[3] = s3;
  acc[4] = s4;
}

const sums = new Float64Array(5);

/**
 * E_q[log p] for q = N(mu, sigma²) and its derivatives in (mu, ℓ = log sigma), written to out:
 * [E, ∂μ, ∂ℓ, ∂μμ, ∂μℓ, ∂ℓℓ]. Derivatives use Stein's identity (each is E[log p · a polynomial in z]),
 * so a single pass of log p evaluations gives value, gradient and Hessian. `fast` trades accuracy
 * (~3e-7 relative instead of ~3e-11) for about half the work, for optimizer steps far from convergence.
 */
export function expectLogMixtureDerivatives(
  pm: PreparedMixture,
  mu: number,
  sigma: number,
  out: Float64Array,
  fast = false,
): Float64Array {
  // Subtracting log p(mu) keeps the zero-mean polynomial sums free of cancellation when log p is large.
  const ref = logMixturePrepared(pm, mu);
  accumulate(pm, mu, sigma, ref, true, fast ? fastRule : accurateRule, sums);
  const inv = 1 / sigma;
  out[0] = ref + sums[0]!;
  out[1] = sums[1]! * inv;
  out[2] = sums[2]!;
  out[3] = sums[2]! * inv * inv;
  out[4] = sums[3]! * inv;
  out[5] = sums[4]!;
  return out;
}

/** E_q[log p] for q = N(mu, sigma²) by the composite graded rule (see quadrature.ts); ~3e-11 relative, or ~3e-7 if `fast`. */
export function expectLogMixture(pm: PreparedMixture, mu: number, sigma: number, fast = false): number {
  const ref = logMixturePrepared(pm, mu);
  accumulate(pm, mu, sigma, ref, false, fast ? fastRule : accurateRule, sums);
  return ref + sums[0]!;
}
