/** The kl-fits widget's outputs as readout descriptors, for its table at build time and in the browser. */
import type { ReadoutEntry } from '../format/readout';
import type { FitsSummary } from './summary';
import type { Gaussian } from './divergences';

/** Both fits' parameters and each fit's KL in both directions, keyed by the contract's data-testid. */
export function fitsReadout(s: FitsSummary): ReadoutEntry[] {
  return [
    { id: 'forward-mu', label: 'forward μ', value: s.forward.mu, kind: 'parameter' },
    { id: 'forward-sigma', label: 'forward σ', value: s.forward.sigma, kind: 'parameter' },
    { id: 'forward-kl', label: 'KL(p‖q_F)', value: s.forwardKlOfForward, kind: 'information' },
    { id: 'forward-fit-reverse-kl', label: 'KL(q_F‖p)', value: s.reverseKlOfForward, kind: 'information' },
    { id: 'reverse-mu', label: 'reverse μ', value: s.reverse.mu, kind: 'parameter' },
    { id: 'reverse-sigma', label: 'reverse σ', value: s.reverse.sigma, kind: 'parameter' },
    { id: 'reverse-fit-forward-kl', label: 'KL(p‖q_R)', value: s.forwardKlOfReverse, kind: 'information' },
    { id: 'reverse-kl', label: 'KL(q_R‖p)', value: s.reverseKlOfReverse, kind: 'information' },
  ];
}

/** The Jensen–Shannon fit's parameters and divergence. */
export function jsReadout(js: Gaussian & { js: number }): ReadoutEntry[] {
  return [
    { id: 'js-mu', label: 'JS μ', value: js.mu, kind: 'parameter' },
    { id: 'js-sigma', label: 'JS σ', value: js.sigma, kind: 'parameter' },
    { id: 'js-divergence', label: 'JS(p, q_JS)', value: js.js, kind: 'information' },
  ];
}

/** The entries by id, for markup that places each output in its own cell. */
export function byId(entries: readonly ReadoutEntry[]): Record<string, ReadoutEntry> {
  return Object.fromEntries(entries.map((e) => [e.id, e]));
}
