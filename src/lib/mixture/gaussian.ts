/** ln(√(2π)), shared by every Gaussian log-density. */
export const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Log-density of N(mu, sigma²) at x; finite for any finite x (no underflow to −∞ in the tails). */
export function gaussianLogPdf(x: number, mu: number, sigma: number): number {
  const t = (x - mu) / sigma;
  return -0.5 * t * t - Math.log(sigma) - LOG_SQRT_2PI;
}

/** Density of N(mu, sigma²) at x; underflows to 0 far in the tails (use gaussianLogPdf there). */
export function gaussianPdf(x: number, mu: number, sigma: number): number {
  return Math.exp(gaussianLogPdf(x, mu, sigma));
}

/** Differential entropy 0.5·ln(2πeσ²) of N(·, sigma²) in nats; negative when sigma < 1/√(2πe). */
export function gaussianEntropy(sigma: number): number {
  return 0.5 + LOG_SQRT_2PI + Math.log(sigma);
}

/** KL(N(mu1, sigma1²) ‖ N(mu2, sigma2²)) in nats, closed form; 0 iff the two are equal. */
export function klGaussian(mu1: number, sigma1: number, mu2: number, sigma2: number): number {
  const r = sigma1 / sigma2;
  const d = (mu1 - mu2) / sigma2;
  // ln(σ2/σ1) + (σ1² + (μ1−μ2)²)/(2σ2²) − 1/2, arranged so equal inputs give exactly 0.
  return -Math.log(r) + 0.5 * (r * r - 1) + 0.5 * d * d;
}
