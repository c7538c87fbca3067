/** The mle-gaussian widget's outputs as readout descriptors, and the sentences it shows, for build time and the browser. */
import { formatNumber, formatParameter } from '../format/number';
import type { ReadoutEntry } from '../format/readout';
import type { MleGaussianSummary } from './summary';

const DEGENERATE = 'σ̂ = 0: every draw is the same number, so N(μ̂, σ̂²) has no density.';
/** Why the train NLL is −∞ then: the fitted spike has infinite density at the one value drawn. */
const DEGENERATE_TRAIN = 'σ̂ = 0: every draw is the same number, and a zero-width Gaussian has infinite density there.';

/** Every contract output of the widget, keyed by data-testid (plus nll-floor, H(p) + KL(p‖q_F)). */
export function mleGaussianReadout(s: MleGaussianSummary): ReadoutEntry[] {
  return [
    { id: 'mle-mu', label: 'μ̂, the sample mean', value: s.mle.mu, kind: 'parameter' },
    { id: 'mle-sigma', label: 'σ̂, the sample standard deviation (divisor n)', value: s.mle.sigma, kind: 'parameter' },
    { id: 'mle-forward-kl', label: 'KL(p‖q̂)', value: s.mleForwardKl, kind: 'information', reason: DEGENERATE },
    { id: 'forward-mu', label: 'μ_F, the mean of p', value: s.target.forward.mu, kind: 'parameter' },
    { id: 'forward-sigma', label: 'σ_F, the standard deviation of p', value: s.target.forward.sigma, kind: 'parameter' },
    { id: 'forward-kl', label: 'KL(p‖q_F)', value: s.target.forwardKl, kind: 'information' },
    { id: 'sample-nll', label: 'Train NLL: q̂ on its own sample, ½ln(2πσ̂²) + ½', value: s.sampleNll, kind: 'information', reason: DEGENERATE_TRAIN },
    { id: 'test-nll', label: 'Test NLL: q̂ on fresh data, H(p, q̂)', value: s.testNll, kind: 'information', reason: DEGENERATE },
    { id: 'nll-floor', label: 'Floor H(p) + KL(p‖q_F): the best any Gaussian does', value: s.target.floor, kind: 'information' },
    { id: 'entropy-p', label: 'H(p), the target’s entropy', value: s.target.entropy, kind: 'information' },
  ];
}

/** "N(μ = 0.03024, σ = 2.112)". */
function gaussianText(mu: number, sigma: number): string {
  return `N(μ = ${formatParameter(mu)}, σ = ${formatParameter(sigma)})`;
}

/** The text alternative of the histogram chart. */
export function histogramText(s: MleGaussianSummary): string {
  const { edges, outside } = s.histogram;
  const bins = edges.length - 1;
  const outsideText = outside === 0 ? '' : `; ${outside.toLocaleString('en-US')} draws fall outside and are not shown`;
  return (
    `Histogram of the ${s.n.toLocaleString('en-US')} draws in ${bins} bins from ${formatNumber(edges[0]!, 3)} to ${formatNumber(edges[bins]!, 3)}${outsideText}. ` +
    `Drawn over it: the target p, the maximum-likelihood Gaussian ${gaussianText(s.mle.mu, s.mle.sigma)} and the forward fit ${gaussianText(s.target.forward.mu, s.target.forward.sigma)}.`
  );
}

/** The sentence a screen reader hears after each change. */
export function mleGaussianSummaryText(s: MleGaussianSummary): string {
  return (
    `${s.n.toLocaleString('en-US')} draws (seed ${s.seed}): the MLE is ${gaussianText(s.mle.mu, s.mle.sigma)}, ` +
    `the forward fit ${gaussianText(s.target.forward.mu, s.target.forward.sigma)}. ` +
    `Train NLL ${formatNumber(s.sampleNll)}, test NLL ${formatNumber(s.testNll)}, floor ${formatNumber(s.target.floor)} nats.`
  );
}

/** The n slider's live label: "n = 1,000 (log scale)". */
export function sampleSizeLabel(n: number): string {
  return `n = ${n.toLocaleString('en-US')} (log scale)`;
}
