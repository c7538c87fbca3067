/**
 * What the elbo widget draws, as numbers the build and the browser both place: SVG paths of the weighted
 * components on the fixed x-axis [−15, 15], and percentages for the HTML bars, handles and the bound's ladder.
 */
import { gaussianCurve, linspace } from '../plot/curves';
import { curvePath, areaPath, type PlotBox } from '../plot/svg-path';
import { niceTicks } from '../plot/ticks';
import type { Mixture } from '../mixture/mixture';
import { X_RANGE } from './state';
import type { ElboReport } from './bound';

/** The components plot's SVG viewBox (stretched to the chart's box; strokes do not scale). */
export const CURVES_VIEW = { width: 600, height: 240 } as const;
const SAMPLES = 1201; // a step of 0.025: a σ = 0.1 peak is sampled 8 times per standard deviation
/** The x-axis ticks under the components plot. */
export const X_TICKS = niceTicks(X_RANGE.min, X_RANGE.max, 6);

/** Where value v sits on [lo, hi], in percent of the width (not clamped). */
export function percentOf(v: number, lo: number, hi: number): number {
  return ((v - lo) / (hi - lo)) * 100;
}

/** x's position along the components plot, in percent. */
export function xPercent(x: number): number {
  return percentOf(x, X_RANGE.min, X_RANGE.max);
}

/** The x that a pointer at `fraction` (0 = left edge, 1 = right edge) of the plot points at, in [−15, 15], rounded to 0.01. */
export function xFromFraction(fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return Math.round((X_RANGE.min + f * (X_RANGE.max - X_RANGE.min)) * 100) / 100;
}

/** The probability a pointer at `fraction` of a bar's height (0 = bottom) points at, in [0, 1], rounded to 0.001. */
export function probabilityFromFraction(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 1000;
}

export interface CurvesView {
  /** SVG path of w_j N(x; mu_j, sigma_j²) for each component j. */
  components: string[];
  /** The area under p(x) = Σ_j w_j N(x; mu_j, sigma_j²). */
  mixture: string;
  /** The density at the top of the plot. */
  yMax: number;
}

/** The weighted component curves and the mixture area on [−15, 15], scaled so the tallest reaches 92% of the height. */
export function curvesView(model: Mixture): CurvesView {
  const xs = linspace(X_RANGE.min, X_RANGE.max, SAMPLES);
  const curves = model.map((c) => gaussianCurve(c, xs).map((y) => c.weight * y));
  const mixture = xs.map((_, i) => curves.reduce((s, curve) => s + curve[i]!, 0));
  // Scale to the true peak, not the sampled one, so a narrow component never pokes out of the box.
  const peak = Math.max(...mixture, ...model.map((c) => c.weight / (c.sigma * Math.sqrt(2 * Math.PI))));
  const box: PlotBox = { ...CURVES_VIEW, xMin: X_RANGE.min, xMax: X_RANGE.max, yMax: peak / 0.92 };
  const points = Array.from(xs);
  return {
    components: curves.map((curve) => curvePath(points, Array.from(curve), box)),
    mixture: areaPath(points, Array.from(mixture), box),
    yMax: box.yMax,
  };
}

/** The height of w_j N(x; mu_j, sigma_j²) at x for each component, in percent of the plot (0 where it underflows). */
export function markerHeights(model: Mixture, x: number, yMax: number): number[] {
  return model.map((c) => (100 * c.weight * gaussianCurve(c, [x])[0]!) / yMax);
}

export interface LadderView {
  /** Tick values and their positions (percent). */
  ticks: Array<{ value: number; percent: number }>;
  reconstruction: number;
  elbo: number;
  logPx: number;
}

/**
 * Positions (percent of the width) of reconstruction, ELBO and log p(x) on one nats axis: the range of the
 * three padded by 8% on each side, at least 1 nat wide, so the prior-KL and gap segments are to scale.
 */
export function ladderView(report: Pick<ElboReport, 'reconstruction' | 'elbo' | 'logPx'>): LadderView {
  const values = [report.reconstruction, report.elbo, report.logPx];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = Math.max(hi - lo, 1);
  const mid = (lo + hi) / 2;
  lo = mid - 0.58 * span;
  hi = mid + 0.58 * span;
  const at = (v: number) => percentOf(v, lo, hi);
  return {
    ticks: niceTicks(lo, hi, 5).map((value) => ({ value, percent: at(value) })),
    reconstruction: at(report.reconstruction),
    elbo: at(report.elbo),
    logPx: at(report.logPx),
  };
}
