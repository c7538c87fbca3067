/** The elbo widget's outputs as readout descriptors and sentences, for the build and the browser alike. */
import type { ReadoutEntry } from '../format/readout';
import { formatNumber } from '../format/number';
import type { ElboReport } from './bound';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** The five numbers of the bound, keyed by the contract's data-testid (all finite, in nats). */
export function elboReadout(r: ElboReport): ReadoutEntry[] {
  return [
    { id: 'log-px', label: 'log p(x), exact', value: r.logPx, kind: 'information' },
    { id: 'elbo', label: 'ELBO = reconstruction − KL to the prior', value: r.elbo, kind: 'information' },
    { id: 'gap', label: 'Gap = KL(q(z|x) ‖ p(z|x))', value: r.gap, kind: 'information' },
    { id: 'reconstruction', label: 'Reconstruction E_q[log p(x|z)]', value: r.reconstruction, kind: 'information' },
    { id: 'prior-kl', label: 'KL(q(z|x) ‖ p(z)), to the prior', value: r.priorKl, kind: 'information' },
  ];
}

/** A probability for a label: 3 significant digits, "0" for an exact 0 ("1.0×10⁻¹⁰⁰" for a tiny one). */
export function probabilityText(p: number): string {
  return formatNumber(p, 3);
}

/**
 * The text of posterior item j (0-based): "p(z = 1 | x) = 0.0978"; where the posterior underflows to 0 its
 * finite logarithm is shown instead ("p(z = 1 | x) = e^−31013 (0 in double precision)").
 */
export function posteriorItemText(j: number, p: number, logP: number): string {
  const head = `p(z = ${j + 1} | x) = `;
  if (p === 0 && Number.isFinite(logP)) return `${head}e^${formatNumber(logP, 6)}, which is 0 in double precision`;
  return `${head}${probabilityText(p)}`;
}

/** A bar's short label: 2 significant digits, "<0.001" for a tiny positive value, "0" for 0. */
export function barValueText(p: number): string {
  if (p === 0) return '0';
  if (p < 0.001) return '<0.001';
  return formatNumber(p, 2);
}

/** The subscripted symbol of component j (0-based): "q₁". */
export function encoderSymbol(j: number): string {
  return `q${SUBSCRIPTS[j + 1] ?? j + 1}`;
}

/** The live label of the x field and handle: "x = 0.20". */
export function observationLabel(x: number): string {
  return `x = ${x.toFixed(2).replace('-', '−')}`;
}

/** One sentence a screen reader gets for the plots: where x is, the posterior, q, and how far the ELBO is below log p(x). */
export function elboSummaryText(x: number, q: readonly number[], r: ElboReport): string {
  const list = (v: readonly number[]) => v.map(probabilityText).join(', ');
  const gap = r.gap === 0 ? 'the ELBO equals log p(x): q is the posterior' : `the ELBO is ${formatNumber(r.gap)} nats below log p(x)`;
  return `At x = ${formatNumber(x)} the posterior p(z | x) is (${list(r.posterior)}) and q(z | x) is (${list(q)}); ${gap}.`;
}
