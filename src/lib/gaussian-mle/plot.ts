/**
 * The mle-gaussian charts as arrays (no math in chart callbacks): the histogram as a step outline under
 * the three densities, and the two convergence plots over n with their ±2 standard-error bands.
 */
import { standardErrors, type MleGaussianSummary } from './summary';
import { logTicks, niceCeiling, roundOutward } from '../plot/curves';

export interface Point {
  x: number;
  y: number | null;
}

/** The histogram and density overlay, and a y-limit that keeps p, the histogram and q_F in view. */
export interface DensityPlot {
  /** The histogram's outline (see histogramSteps). */
  histogram: Point[];
  target: Point[];
  mle: Point[];
  forward: Point[];
  xRange: [number, number];
  /** A round number above the tallest of p, the histogram and q_F; a narrow MLE of a tiny sample may rise above it and is clipped. */
  yMax: number;
}

/** Points (x, y) of the outline of a histogram with these edges and densities, for a line drawn with stepped: 'after'. */
export function histogramSteps(edges: readonly number[], density: readonly number[]): Point[] {
  const points = density.map((y, b) => ({ x: edges[b]!, y }));
  if (density.length > 0) points.push({ x: edges[density.length]!, y: density[density.length - 1]! });
  return points;
}

const pointsOf = (xs: readonly number[], ys: readonly number[]): Point[] => xs.map((x, k) => ({ x, y: ys[k] ?? null }));

/** The density chart's series for one summary. */
export function densityPlot(s: MleGaussianSummary): DensityPlot {
  const { x } = s.curves;
  const tallest = Math.max(...s.curves.target, ...s.histogram.density, ...s.curves.forward);
  return {
    histogram: histogramSteps(s.histogram.edges, s.histogram.density),
    target: pointsOf(x, s.curves.target),
    mle: pointsOf(x, s.curves.mle),
    forward: pointsOf(x, s.curves.forward),
    xRange: [x[0]!, x.at(-1)!],
    yMax: niceCeiling(1.05 * tallest),
  };
}

/** A shaded band: lower and upper edges at each x. */
export interface BandPoints {
  lower: Point[];
  upper: Point[];
}

/** The two convergence charts: NLLs against n, and the MLE's distance from the forward fit against n. */
export interface ConvergencePlot {
  /** Train NLL ½ln(2πσ̂ᵢ²) + ½ of the first i draws. */
  train: Point[];
  /** Test NLL H(p, q̂ᵢ). */
  test: Point[];
  /** The floor H(p, q_F), constant. */
  floor: Point[];
  /** floor ± 2 s.e. of the train NLL. */
  nllBand: BandPoints;
  nllRange: [number, number];
  /** μ̂ᵢ − μ_F and σ̂ᵢ − σ_F. */
  muDeviation: Point[];
  sigmaDeviation: Point[];
  /** ±2 s.e. of μ̂ and of σ̂ around 0. */
  muBand: BandPoints;
  sigmaBand: BandPoints;
  deviationRange: [number, number];
  /** The shared log x-axis: from 2 to max(n, 10), with its tick values. */
  xRange: [number, number];
  xTicks: number[];
}

/** Sample size at which the y-ranges are set: they show the bands from i = 10 on and clip the first few wild fits. */
const RANGE_AT = 10;

/** The convergence charts' series for one summary; y-ranges depend on the target only, so they hold still as n moves. */
export function convergencePlot(s: MleGaussianSummary): ConvergencePlot {
  const { i, mu, sigma, trainNll, testNll } = s.convergence;
  const { forward, floor, kurtosis } = s.target;
  const se = i.map((k) => standardErrors(s.target, k));
  const at = (ys: ReadonlyArray<number | null>): Point[] => i.map((x, k) => ({ x, y: ys[k] ?? null }));
  const band = (centre: number, halfWidth: (k: number) => number): BandPoints => ({
    lower: i.map((x, k) => ({ x, y: centre - halfWidth(k) })),
    upper: i.map((x, k) => ({ x, y: centre + halfWidth(k) })),
  });
  const wide = standardErrors(s.target, RANGE_AT);
  const nllHalf = 2.5 * wide.nll;
  const deviationHalf = 2.5 * Math.max(wide.mu, wide.sigma);
  return {
    train: at(trainNll),
    test: at(testNll),
    floor: at(i.map(() => floor)),
    nllBand: band(floor, (k) => 2 * se[k]!.nll),
    // Above the floor, room for the test NLL's expected excess (κ + 1)/(4i) at i = 10 as well.
    nllRange: roundOutward(floor - nllHalf, floor + nllHalf + (kurtosis + 1) / (4 * RANGE_AT)),
    muDeviation: at(mu.map((m) => m - forward.mu)),
    sigmaDeviation: at(sigma.map((v) => v - forward.sigma)),
    muBand: band(0, (k) => 2 * se[k]!.mu),
    sigmaBand: band(0, (k) => 2 * se[k]!.sigma),
    deviationRange: roundOutward(-deviationHalf, deviationHalf),
    xRange: [2, Math.max(10, s.n)],
    xTicks: logTicks(2, Math.max(10, s.n)),
  };
}
