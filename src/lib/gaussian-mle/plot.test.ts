import { describe, expect, it } from 'vitest';
import { convergencePlot, densityPlot, histogramSteps } from './plot';
import { summarizeMleGaussian } from './summary';
import { mixtureOf } from '../test-support/mixtures';

const twoModes = mixtureOf([0.5, -2, 0.6], [0.5, 2, 0.6]);

describe('histogramSteps', () => {
  it('histogramSteps(edges, density) puts each density at its left edge and repeats the last at the right edge', () => {
    expect(histogramSteps([0, 1, 2], [0.5, 0.25])).toEqual([
      { x: 0, y: 0.5 },
      { x: 1, y: 0.25 },
      { x: 2, y: 0.25 },
    ]);
    expect(histogramSteps([0], [])).toEqual([]);
  });
});

describe('densityPlot', () => {
  it('densityPlot keeps p, the histogram and q_F below yMax, on the summary’s x grid', () => {
    const s = summarizeMleGaussian(twoModes, 1000, 42);
    const plot = densityPlot(s);
    const tallest = Math.max(...[plot.target, plot.forward, plot.histogram].flat().map((p) => p.y ?? 0));
    expect(plot.yMax).toBeGreaterThan(tallest);
    expect(plot.yMax).toBeLessThan(1.6 * tallest);
    expect(plot.histogram).toHaveLength(s.histogram.density.length + 1);
    // ±3 σ_F = ±6.26 around 0, widened to whole numbers.
    expect(plot.xRange).toEqual([-7, 7]);
  });
});

describe('convergencePlot', () => {
  it('convergencePlot for a Gaussian target (κ = 3): bands are floor ± 2/√(2i), 0 ± 2σ/√i and 0 ± 2σ/√(2i)', () => {
    const s = summarizeMleGaussian(mixtureOf([1, 3, 0.5]), 500, 8);
    const plot = convergencePlot(s);
    const floor = 0.5 * Math.log(2 * Math.PI * Math.E * 0.25);
    s.convergence.i.forEach((i, k) => {
      expect(plot.nllBand.upper[k]!.y).toBeCloseTo(floor + 2 / Math.sqrt(2 * i), 12);
      expect(plot.nllBand.lower[k]!.y).toBeCloseTo(floor - 2 / Math.sqrt(2 * i), 12);
      expect(plot.muBand.upper[k]!.y).toBeCloseTo((2 * 0.5) / Math.sqrt(i), 12);
      expect(plot.sigmaBand.lower[k]!.y).toBeCloseTo((-2 * 0.5) / Math.sqrt(2 * i), 12);
      expect(plot.muDeviation[k]!.y).toBeCloseTo(s.convergence.mu[k]! - 3, 14);
      expect(plot.floor[k]!.y).toBeCloseTo(floor, 12);
    });
  });

  it('convergencePlot’s y-ranges depend on the target only, and its log axis runs from 2 to max(n, 10)', () => {
    const a = convergencePlot(summarizeMleGaussian(twoModes, 5, 1));
    const b = convergencePlot(summarizeMleGaussian(twoModes, 200_000, 2));
    expect(a.nllRange).toEqual(b.nllRange);
    expect(a.deviationRange).toEqual(b.deviationRange);
    expect(a.xRange).toEqual([2, 10]);
    expect(b.xRange).toEqual([2, 200_000]);
    expect(b.xTicks).toEqual([2, 10, 100, 1000, 10_000, 200_000]);
  });

  it('convergencePlot leaves a gap (null) where the fit of the first draws is degenerate, never NaN', () => {
    const plot = convergencePlot(summarizeMleGaussian(twoModes, 1000, 42));
    for (const series of [plot.train, plot.test, plot.muDeviation, plot.sigmaDeviation]) {
      expect(series.every((p) => p.y === null || Number.isFinite(p.y))).toBe(true);
    }
  });
});
