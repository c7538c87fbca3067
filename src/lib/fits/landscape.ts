import type { Mixture } from '../mixture/mixture';
import { mixtureVariance, plotRange } from '../mixture/mixture';
import { prepareObjective, type Objective } from './objectives';
import { expectLogMixture, prepareMixture } from '../mixture/log-expectation';
import { gaussianEntropy } from '../mixture/gaussian';
import { linspace } from '../plot/curves';

/** A rectangular grid over (mu, log sigma): counts are points per axis, ends included. */
export type LandscapeGrid = {
  muMin: number;
  muMax: number;
  muCount: number;
  logSigmaMin: number;
  logSigmaMax: number;
  logSigmaCount: number;
};

/** Divergence values on a grid: values[j·muCount + i] is at (mus[i], logSigmas[j]). */
export type Landscape = { mus: Float64Array; logSigmas: Float64Array; values: Float64Array };

/** A default n×n grid: mu across p's plot range, sigma from half p's narrowest component to twice p's standard deviation. */
export function defaultGrid(p: Mixture, n = 40): LandscapeGrid {
  const [lo, hi] = plotRange(p, [], 2.5);
  let narrow = Infinity;
  for (const c of p) narrow = Math.min(narrow, c.sigma);
  return {
    muMin: lo,
    muMax: hi,
    muCount: n,
    logSigmaMin: Math.log(0.5 * narrow),
    logSigmaMax: Math.log(2 * Math.sqrt(mixtureVariance(p))),
    logSigmaCount: n,
  };
}

/**
 * The divergence as a function of (mu, log sigma) for a picture: KL(q‖p) on the fast quadrature rule (~3e-7
 * relative, far below a colour step; a third less work than the accurate rule), the others as prepareObjective.
 */
function pictureValue(p: Mixture, objective: Objective): (mu: number, logSigma: number) => number {
  if (objective !== 'reverse') return prepareObjective(p, objective).value;
  const pm = prepareMixture(p);
  return (mu, ls) => {
    const sigma = Math.exp(ls);
    return -gaussianEntropy(sigma) - expectLogMixture(pm, mu, sigma, true);
  };
}

/**
 * The chosen divergence (nats) over a (mu, log sigma) grid, for heatmaps; rows are log sigma, columns mu.
 * KL(q‖p) is to ~3e-7 relative (the fast rule), KL(p‖q) exact, JS to ~1e-6.
 */
export function landscape(p: Mixture, objective: Objective, grid: LandscapeGrid = defaultGrid(p)): Landscape {
  const job = landscapeJob(p, objective, grid);
  job.fill(Infinity);
  return job.landscape;
}

/** A landscape filled a few rows at a time, so the caller can spread a long computation over several frames. */
export interface LandscapeJob {
  /** The grid and its values; rows not filled yet hold NaN. */
  readonly landscape: Landscape;
  /** Fills the next `rows` rows (fewer at the end); returns whether every row is filled. */
  fill(rows: number): boolean;
}

/** A landscape of `objective` on `grid`, to be filled by LandscapeJob.fill. */
export function landscapeJob(p: Mixture, objective: Objective, grid: LandscapeGrid = defaultGrid(p)): LandscapeJob {
  const f = pictureValue(p, objective);
  const mus = linspace(grid.muMin, grid.muMax, grid.muCount);
  const logSigmas = linspace(grid.logSigmaMin, grid.logSigmaMax, grid.logSigmaCount);
  const values = new Float64Array(mus.length * logSigmas.length).fill(NaN);
  let row = 0;
  return {
    landscape: { mus, logSigmas, values },
    fill(rows) {
      for (const end = Math.min(logSigmas.length, row + rows); row < end; row++) {
        for (let i = 0; i < mus.length; i++) values[row * mus.length + i] = f(mus[i]!, logSigmas[row]!);
      }
      return row === logSigmas.length;
    },
  };
}
