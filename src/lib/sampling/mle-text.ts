/** Sentences the maximum-likelihood sampler shows, shared by build-time HTML and the browser. */
import { formatNumber } from '../format/number';
import type { ReadoutEntry } from '../format/readout';
import type { MleDraw } from './mle-draw';

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

/** The sampler's readout: the empirical NLL, the cross-entropy it estimates, and the MLE's forward KL. */
export function mleReadout(draw: MleDraw): ReadoutEntry[] {
  return [
    { id: 'empirical-nll', label: 'Empirical NLL of q, −(1/n) Σ log q(xᵢ)', value: draw.empiricalNll, kind: 'information', reason: 'a drawn outcome has q = 0, so its log-likelihood is −∞.' },
    { id: 'cross-entropy', label: 'Cross-entropy H(p, q), its limit', value: draw.crossEntropy, kind: 'information', reason: 'q gives probability 0 to an outcome that p can produce.' },
    { id: 'mle-kl', label: 'KL(p‖q̂) of the MLE q̂', value: draw.mleKl, kind: 'information', reason: mleKlReason(draw.unseen) },
  ];
}

/** The sentence a screen reader hears after each draw. */
export function mleSummaryText(draw: MleDraw, n: number): string {
  return (
    `After ${n.toLocaleString('en-US')} draws the empirical NLL is ${formatNumber(draw.empiricalNll)} nats; ` +
    `the cross-entropy it estimates is ${formatNumber(draw.crossEntropy)} nats.`
  );
}
