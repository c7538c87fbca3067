/**
 * What the maximum-likelihood sampler shows for one draw: the empirical NLL of q, the cross-entropy it
 * estimates, the MLE (empirical frequencies) and its forward KL from p, and the convergence series.
 */
import { crossEntropy, kl } from '../discrete/divergence';
import { drawSample, mleFromCounts, standardErrorBand } from './discrete-sample';
import { parsePlainNumber, type Parsed } from '../input/parse';

export const MAX_SAMPLE_SIZE = 1_000_000;

export interface ConvergenceSeries {
  /** Sample sizes (log-spaced, ending at n). */
  i: number[];
  /** Running empirical NLL at each i; null where it is +∞ (a drawn outcome has q = 0). */
  nll: Array<number | null>;
  /** H(p, q) ± 2 standard errors at each i; null when H(p, q) is +∞. */
  lower: Array<number | null>;
  upper: Array<number | null>;
}

export interface MleDraw {
  counts: number[];
  empiricalNll: number;
  crossEntropy: number;
  /** The MLE q̂: empirical frequencies. */
  mle: number[];
  /** KL(p‖q̂): +∞ while an outcome with p > 0 has not been drawn. */
  mleKl: number;
  /** 1-based outcomes with p > 0 that the sample has not drawn yet. */
  unseen: number[];
  convergence: ConvergenceSeries;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Draws n samples from p with the seeded generator and summarizes them against the model q. */
export function drawAndSummarize(p: readonly number[], q: readonly number[], n: number, seed: number): MleDraw {
  const sample = drawSample(p, q, n, seed, 1000);
  const mle = mleFromCounts(sample.counts);
  const bands = sample.trace.i.map((i) => standardErrorBand(p, q, i));
  return {
    counts: sample.counts,
    empiricalNll: sample.nll,
    crossEntropy: crossEntropy(p, q),
    mle,
    mleKl: kl(p, mle),
    unseen: p.flatMap((pk, k) => (pk > 0 && sample.counts[k] === 0 ? [k + 1] : [])),
    convergence: {
      i: sample.trace.i,
      nll: sample.trace.nll.map(finiteOrNull),
      lower: bands.map((band) => finiteOrNull(band.lower)),
      upper: bands.map((band) => finiteOrNull(band.upper)),
    },
  };
}

/** A sample size: a whole number from 1 to 1,000,000. */
export function parseSampleSize(text: string): Parsed<number> {
  const n = parsePlainNumber(text);
  if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_SAMPLE_SIZE) {
    return { ok: false, message: 'The sample size n must be a whole number from 1 to 1,000,000.' };
  }
  return { ok: true, value: n };
}

/** A seed: any whole number whose magnitude is below 2⁵³. */
export function parseSeed(text: string): Parsed<number> {
  const seed = parsePlainNumber(text);
  if (seed === null || !Number.isSafeInteger(seed)) {
    return { ok: false, message: 'The seed must be a whole number (for example 42).' };
  }
  return { ok: true, value: seed };
}
