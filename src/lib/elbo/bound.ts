/** The VAE bound on one data point of a mixture model: log p(x) = ELBO + KL(q(z|x) ‖ p(z|x)), every term exact. */
import { compensatedSum } from '../discrete/divergence';
import type { Mixture } from '../mixture/mixture';
import { klByShares, klToLogDistribution } from './log-kl';
import { latentPosterior } from './posterior';

/** Every number of the bound for one model, one x and one encoder q(z | x), in nats. */
export interface ElboReport {
  /** log p(x), by log-sum-exp. */
  logPx: number;
  /** E_q[log p(x | z)] = Σ_j q_j log N(x; mu_j, sigma_j²); components with q_j = 0 contribute 0. */
  reconstruction: number;
  /** KL(q(z | x) ‖ p(z)), the encoder's divergence from the prior weights: ≥ 0, exactly 0 when q is the prior. */
  priorKl: number;
  /** reconstruction − priorKl. */
  elbo: number;
  /** KL(q(z | x) ‖ p(z | x)), computed directly (not as log p(x) − ELBO): ≥ 0, exactly 0 at the posterior. */
  gap: number;
  /** p(z = j | x), one per component. */
  posterior: number[];
  /** log p(z = j | x), one per component. */
  logPosterior: number[];
}

/**
 * The bound for a model (positive weights summing to 1), a finite x and an encoder q of the same length
 * (non-negative, summing to 1); all values finite. Throws when q's length differs from the model's.
 */
export function elboReport(model: Mixture, x: number, q: readonly number[]): ElboReport {
  if (q.length !== model.length) throw new Error('elboReport: q needs one probability per component');
  const { logLikelihood, logPx, logPosterior, posterior } = latentPosterior(model, x);
  const reconstruction = compensatedSum(q.map((qj, j) => (qj === 0 ? 0 : qj * logLikelihood[j]!)));
  const priorKl = klByShares(q, model.map((c) => c.weight));
  return {
    logPx,
    reconstruction,
    priorKl,
    elbo: reconstruction - priorKl,
    gap: klToLogDistribution(q, logPosterior),
    posterior,
    logPosterior,
  };
}
