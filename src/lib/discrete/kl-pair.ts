/** Everything the KL calculator shows for one (p, q) pair, computed once for build time and the browser. */
import { crossEntropy, entropy, kl, klContributions } from './divergence';
import { formatInformation, formatNumber, type InfoUnit } from '../format/number';
import type { ReadoutEntry } from '../format/readout';

export interface KlPairSummary {
  klPQ: number;
  klQP: number;
  crossEntropyPQ: number;
  entropyP: number;
  contributions: number[];
  /** Why KL(p‖q) is +∞ (empty when finite). */
  forwardInfinityReason: string;
  /** Why KL(q‖p) is +∞ (empty when finite). */
  reverseInfinityReason: string;
}

/** Why KL(a‖b) is infinite: the first outcome where b = 0 < a, named for the reader; "" when there is none. */
export function infinityReason(a: readonly number[], b: readonly number[], aName: string, bName: string): string {
  const i = a.findIndex((ai, k) => ai > 0 && (b[k] ?? 0) === 0);
  if (i < 0) return '';
  return `${bName} gives outcome ${i + 1} probability 0, but ${aName} gives it ${formatNumber(a[i] ?? 0)}: log(${aName}/${bName}) is infinite there.`;
}

/** KL in both directions, H(p, q), H(p) and the per-outcome terms p_i·ln(p_i/q_i) for a valid pair. */
export function summarizeKlPair(p: readonly number[], q: readonly number[]): KlPairSummary {
  return {
    klPQ: kl(p, q),
    klQP: kl(q, p),
    crossEntropyPQ: crossEntropy(p, q),
    entropyP: entropy(p),
    contributions: klContributions(p, q),
    forwardInfinityReason: infinityReason(p, q, 'p', 'q'),
    reverseInfinityReason: infinityReason(q, p, 'q', 'p'),
  };
}

/** The calculator's four contract outputs in display order, with labels and ∞ reasons. */
export function klReadout(s: KlPairSummary): ReadoutEntry[] {
  return [
    { id: 'kl-pq', label: 'KL(p‖q), forward', value: s.klPQ, kind: 'information', reason: s.forwardInfinityReason },
    { id: 'kl-qp', label: 'KL(q‖p), reverse', value: s.klQP, kind: 'information', reason: s.reverseInfinityReason },
    { id: 'cross-entropy-pq', label: 'H(p, q), cross-entropy', value: s.crossEntropyPQ, kind: 'information', reason: s.forwardInfinityReason },
    { id: 'entropy-p', label: 'H(p), entropy of the data', value: s.entropyP, kind: 'information' },
  ];
}

/** The identity line under the readout, in the reader's unit: "KL(p‖q) = H(p, q) − H(p) = a − b = c". */
export function identityText(s: KlPairSummary, unit: InfoUnit): string {
  const info = (x: number) => formatInformation(x, unit);
  return `KL(p‖q) = H(p, q) − H(p) = ${info(s.crossEntropyPQ)} − ${info(s.entropyP)} = ${info(s.klPQ)}`;
}
