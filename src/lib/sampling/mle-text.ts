/** Sentences the maximum-likelihood sampler shows, shared by build-time HTML and the browser. */
import { formatNumber } from '../format/number';

/** Why KL(p‖q̂) is +∞: the outcomes p can produce that the sample has not drawn yet ("" when none). */
export function mleKlReason(unseen: readonly number[]): string {
  if (unseen.length === 0) return '';
  const which = unseen.length === 1 ? `outcome ${unseen[0]} has` : `outcomes ${unseen.join(', ')} have`;
  return `∞ because ${which} not been drawn yet: q̂ gives it probability 0 although p does not. Draw more.`;
}

/** One line of the MLE list: "Outcome 1: q̂ = 0.493 (493 of 1,000 draws; p = 0.5)". */
export function mleListItemText(k: number, frequency: number, count: number, n: number, pk: number): string {
  return `Outcome ${k + 1}: q̂ = ${formatNumber(frequency)} (${count.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} draws; p = ${formatNumber(pk)})`;
}
