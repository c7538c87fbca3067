import { describe, expect, it } from 'vitest';
import { curvesView, ladderView, markerHeights, probabilityFromFraction, xFromFraction, xPercent, X_TICKS } from './view';
import { barValueText, elboSummaryText, observationLabel, posteriorItemText } from './readout';
import type { Mixture } from '../mixture/mixture';

const model: Mixture = [
  { weight: 0.5, mu: -2, sigma: 0.6 },
  { weight: 0.5, mu: 2, sigma: 0.6 },
];

describe('elbo view', () => {
  it('xPercent(x) maps the axis [−15, 15] onto 0–100%, and xFromFraction inverts it to 0.01', () => {
    expect(xPercent(-15)).toBe(0);
    expect(xPercent(0)).toBe(50);
    expect(xPercent(15)).toBe(100);
    expect(xFromFraction(0.5)).toBe(0);
    expect(xFromFraction(0.75)).toBe(7.5);
    expect(xFromFraction(-1)).toBe(-15);
    expect(xFromFraction(0.50668)).toBe(0.2);
    expect(X_TICKS).toEqual([-15, -10, -5, 0, 5, 10, 15]);
  });

  it('probabilityFromFraction(f) clamps to [0, 1] and rounds to 0.001', () => {
    expect(probabilityFromFraction(0.12345)).toBe(0.123);
    expect(probabilityFromFraction(1.3)).toBe(1);
    expect(probabilityFromFraction(-0.1)).toBe(0);
  });

  it('curvesView(model) scales the tallest peak to 92% of the height: w/(σ√(2π)) for separated modes', () => {
    const view = curvesView(model);
    // Peak of 0.5·N(μ; μ, 0.6²) = 0.5/(0.6·√(2π)) = 0.33245…, and the other mode adds e^−22 there.
    expect(view.yMax * 0.92).toBeCloseTo(0.5 / (0.6 * Math.sqrt(2 * Math.PI)), 8);
    expect(view.components).toHaveLength(2);
    expect(view.components[0]).toMatch(/^M0\.0 240\.0 L/);
    expect(view.mixture).toMatch(/Z$/);
  });

  it('markerHeights(model, x, yMax) is each weighted density at x in percent: 92% at a mode, 0 in the far tail', () => {
    const { yMax } = curvesView(model);
    const [left, right] = markerHeights(model, 2, yMax);
    expect(right).toBeCloseTo(92, 6); // the mixture peak includes the other mode’s e^−22 share
    expect(left).toBeCloseTo(92 * Math.exp(-0.5 * (4 / 0.6) ** 2), 12);
    expect(markerHeights([{ weight: 1, mu: -10, sigma: 0.1 }], 15, 1)).toEqual([0]);
  });

  it('ladderView(report) places the three values to scale on a padded axis with round ticks', () => {
    const v = ladderView({ reconstruction: -6, elbo: -7, logPx: -5 });
    // Range [−7, −5] widened by 8% of 2 each side: [−7.16, −4.84]; −6 is the middle.
    expect(v.reconstruction).toBeCloseTo(50, 12);
    expect(v.elbo).toBeCloseTo((0.16 / 2.32) * 100, 12);
    expect(v.ticks.map((t) => t.value)).toEqual([-7, -6.5, -6, -5.5, -5]);
  });

  it('ladderView(report) is at least 1 nat wide, so equal values sit in the middle', () => {
    const v = ladderView({ reconstruction: -3, elbo: -3, logPx: -3 });
    expect([v.reconstruction, v.elbo, v.logPx]).toEqual([50, 50, 50]);
  });

  it('the labels read as the widget shows them', () => {
    expect(observationLabel(-0.2)).toBe('x = −0.20');
    expect(posteriorItemText(0, 0.09781, Math.log(0.09781))).toBe('p(z = 1 | x) = 0.0978');
    expect(posteriorItemText(0, 0, -31013.486018308546)).toBe('p(z = 1 | x) = e^−31013.5, which is 0 in double precision');
    expect([0, 1e-5, 0.0219, 0.978, 1].map(barValueText)).toEqual(['0', '<0.001', '0.022', '0.98', '1']);
    const r = { logPx: -5, reconstruction: -6, priorKl: 0, elbo: -6, gap: 0, posterior: [0.5, 0.5], logPosterior: [] };
    expect(elboSummaryText(0, [0.5, 0.5], r)).toBe('At x = 0 the posterior p(z | x) is (0.5, 0.5) and q(z | x) is (0.5, 0.5); the ELBO equals log p(x): q is the posterior.');
  });
});
