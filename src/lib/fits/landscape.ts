import type { Mixture } from '../mixture/mixture';
import { mixtureVariance, plotRange } from '../mixture/mixture';
import { prepareObjective, type Objective } from './objectives';
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

/** The chosen divergence (nats) over a (mu, log sigma) grid, for heatmaps; rows are log sigma, columns mu. */
export function landscape(p: Mixture, objective: Objective, grid: LandscapeGrid = defaultGrid(p)): Landscape {
  const f = prepareObjective(p, objective);
  const mus = linspace(grid.muMin, grid.muMax, grid.muCount);
  const logSigmas = linspace(grid.logSigmaMin, grid.logSigmaMax, grid.logSigmaCount);
  const values = new Float64Array(mus.length * logSigmas.length);
  for (let j = 0; j < logSigmas.length; j++) {
    for (let i = 0; i < mus.length; i++) values[j * mus.length + i] = f.value(mus[i]!, logSigmas[j]!);
  }
  return { mus, logSigmas, values };
}
