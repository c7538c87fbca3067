import { gaussianEntropy, LOG_SQRT_2PI } from '../mixture/gaussian';
import { expectLogMixture, expectLogMixtureDerivatives, prepareMixture, type PreparedMixture } from '../mixture/log-expectation';
import { mixtureMean, mixtureVariance, type Mixture } from '../mixture/mixture';

/** A single Gaussian N(mu, sigma²), the fitted family q. */
export type Gaussian = { mu: number; sigma: number };
/** Gradient of a divergence with respect to (mu, log sigma). */
export type Gradient = { dMu: number; dLogSigma: number };

/** H(p) in nats, as Σ w_i E_{N(mu_i, sigma_i²)}[−log p] by quadrature; p's weights are renormalized. */
export function mixtureEntropy(p: Mixture): number {
  return preparedEntropy(prepareMixture(p));
}

/** H(p) for an already prepared mixture (weights normalized by prepareMixture). */
export function preparedEntropy(pm: PreparedMixture): number {
  let h = 0;
  for (let i = 0; i < pm.k; i++) {
    const sigma = 1 / pm.invSigma[i]!;
    h -= pm.weight[i]! * expectLogMixture(pm, pm.mu[i]!, sigma);
  }
  return h;
}

/** argmin_q KL(p‖q) over Gaussians: exactly the moment match (mean and variance of p). */
export function forwardFit(p: Mixture): Gaussian {
  return { mu: mixtureMean(p), sigma: Math.sqrt(mixtureVariance(p)) };
}

/** E_p[log q] for Gaussian q, closed form: Σ w_i E_i[log q] = −ln(σ√(2π)) − (var + (mean − μ)²)/(2σ²). */
function crossEntropyTerm(mean: number, variance: number, q: Gaussian): number {
  const d = mean - q.mu;
  return -Math.log(q.sigma) - LOG_SQRT_2PI - (variance + d * d) / (2 * q.sigma * q.sigma);
}

/** H(p, q) = E_p[−log q] in nats for Gaussian q, closed form in p's mean and variance (no quadrature); minimized by forwardFit(p). */
export function gaussianCrossEntropy(p: Mixture, q: Gaussian): number {
  return -crossEntropyTerm(mixtureMean(p), mixtureVariance(p), q);
}

/** KL(p‖q) in nats = −H(p) − E_p[log q] (forward, mass-covering); ≥ 0, minimized by forwardFit(p). */
export function forwardKL(p: Mixture, q: Gaussian): number {
  return -mixtureEntropy(p) - crossEntropyTerm(mixtureMean(p), mixtureVariance(p), q);
}

/** KL(p‖q) when H(p) is already known: lets landscapes and animations skip the entropy quadrature. */
export function forwardKLWithEntropy(p: Mixture, q: Gaussian, entropy: number): number {
  return -entropy - crossEntropyTerm(mixtureMean(p), mixtureVariance(p), q);
}

/** ∇ KL(p‖q) in (mu, log sigma), closed form (H(p) does not depend on q). */
export function forwardKLGradient(p: Mixture, q: Gaussian): Gradient {
  const d = mixtureMean(p) - q.mu;
  const s2 = q.sigma * q.sigma;
  return { dMu: -d / s2, dLogSigma: 1 - (mixtureVariance(p) + d * d) / s2 };
}

const scratch = new Float64Array(6);

/**
 * Reverse KL and its derivatives at q = N(mu, e^ℓ) for a prepared p, written to out as
 * [KL, ∂μ, ∂ℓ, ∂μμ, ∂μℓ, ∂ℓℓ]; KL(q‖p) = −H(q) − E_q[log p] with H(q) = ℓ + const. `fast`: see
 * expectLogMixtureDerivatives.
 */
export function reverseKLDerivatives(
  pm: PreparedMixture,
  mu: number,
  logSigma: number,
  out: Float64Array,
  fast = false,
): Float64Array {
  const sigma = Math.exp(logSigma);
  expectLogMixtureDerivatives(pm, mu, sigma, out, fast);
  out[0] = -gaussianEntropy(sigma) - out[0]!;
  out[1] = -out[1]!;
  out[2] = -1 - out[2]!;
  out[3] = -out[3]!;
  out[4] = -out[4]!;
  out[5] = -out[5]!;
  return out;
}

/** KL(q‖p) in nats = −H(q) − E_q[log p] (reverse, mode-seeking); ≥ 0, accurate to ~3e-11 relative. */
export function reverseKL(q: Gaussian, p: Mixture): number {
  const pm = prepareMixture(p);
  return -gaussianEntropy(q.sigma) - expectLogMixture(pm, q.mu, q.sigma);
}

/** ∇ KL(q‖p) in (mu, log sigma) via Stein's identity through the same quadrature. */
export function reverseKLGradient(q: Gaussian, p: Mixture): Gradient {
  reverseKLDerivatives(prepareMixture(p), q.mu, Math.log(q.sigma), scratch);
  return { dMu: scratch[1]!, dLogSigma: scratch[2]! };
}
