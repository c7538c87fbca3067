/** Sentences the kl-fits widget shows, shared by build-time HTML and the browser. */
import { formatNumber, formatParameter } from '../format/number';
import type { FitsSummary } from './summary';
import type { ReverseOptimum } from './reverse-fit';

/** One line of the reverse-optima list: "μ = 2, σ = 0.6, KL(q‖p) = 0.69315 nats (global minimum)". */
export function optimumText(o: ReverseOptimum, isGlobal: boolean): string {
  return `μ = ${formatParameter(o.mu)}, σ = ${formatParameter(o.sigma)}, KL(q‖p) = ${formatNumber(o.kl)} nats${isGlobal ? ' (global minimum)' : ' (local minimum)'}`;
}

/** The text alternative of the plot: both fits, their KL values, and how many reverse optima exist. */
export function fitsSummaryText(s: FitsSummary): string {
  const count = s.reverseOptima.length;
  return (
    `Forward fit: μ ${formatParameter(s.forward.mu)}, σ ${formatParameter(s.forward.sigma)}, KL(p‖q) ${formatNumber(s.forwardKlOfForward, 4)} nats. ` +
    `Reverse fit: μ ${formatParameter(s.reverse.mu)}, σ ${formatParameter(s.reverse.sigma)}, KL(q‖p) ${formatNumber(s.reverseKlOfReverse, 4)} nats. ` +
    (count === 1 ? 'The reverse KL has a single minimum.' : `The reverse KL has ${count} local minima.`)
  );
}
