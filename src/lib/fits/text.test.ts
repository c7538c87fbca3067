import { describe, expect, it } from 'vitest';
import { fitsSummaryText, isTie, landscapeText, optimumText, rankOptima } from './text';
import { summarizeFits } from './summary';

const at = (mu: number, kl: number) => ({ mu, sigma: 0.6, kl });

describe('text', () => {
  it('isTie(a, b) holds within 1e-9 relative and fails beyond it', () => {
    expect(isTie(1, 1 + 5e-10)).toBe(true);
    expect(isTie(1, 1 + 2e-9)).toBe(false);
    expect(isTie(0.69, 0.6901)).toBe(false);
    expect(isTie(0, 5e-13)).toBe(true);
  });

  it('rankOptima labels mirror optima of equal KL as tied, and the rest local', () => {
    expect(rankOptima([at(-2, 0.6918), at(2, 0.6918 + 1e-13), at(0, 1.138)])).toEqual(['tied global minimum', 'tied global minimum', 'local minimum']);
  });

  it('rankOptima gives one global minimum when the best is clearly lowest', () => {
    expect(rankOptima([at(-2, 0.69), at(2, 0.7)])).toEqual(['global minimum', 'local minimum']);
    expect(rankOptima([at(0, 0.1)])).toEqual(['global minimum']);
    expect(rankOptima([])).toEqual([]);
  });

  it('rankOptima of the default target (two equal modes, mirror images) ties the two side optima', () => {
    // ½N(−2, 0.6²) + ½N(2, 0.6²) is symmetric about 0: the optima at ±μ have the same KL.
    const s = summarizeFits([{ weight: 0.5, mu: -2, sigma: 0.6 }, { weight: 0.5, mu: 2, sigma: 0.6 }]);
    const ranks = rankOptima(s.reverseOptima);
    const sides = s.reverseOptima.map((o, k) => [Math.abs(o.mu) > 1, ranks[k]] as const);
    expect(sides.filter(([side]) => side).map(([, r]) => r)).toEqual(['tied global minimum', 'tied global minimum']);
    expect(fitsSummaryText(s)).toContain('3 local minima, 2 of them tied for the lowest.');
  });

  it('optimumText(o, rank) reads the parameters, the KL in nats and the rank', () => {
    expect(optimumText({ mu: -1.99712, sigma: 0.60488, kl: 0.691843 }, 'tied global minimum')).toBe('μ = −1.997, σ = 0.6049, KL(q‖p) = 0.69184 nats (tied global minimum)');
  });

  it('landscapeText(d) names the axes with their ranges, the colour scale in nats and each minimum', () => {
    const text = landscapeText({
      name: 'KL(q‖p)',
      muMin: -5.213,
      muMax: 5.213,
      sigmaMin: 0.3,
      sigmaMax: 4.2456,
      low: 0.6931,
      high: 84.12,
      minima: [
        { mu: -2, sigma: 0.6, kl: 0.69315, rank: 'tied global minimum' },
        { mu: 2, sigma: 0.6, kl: 0.69315, rank: 'tied global minimum' },
      ],
    });
    expect(text).toBe(
      'KL(q‖p) over μ from −5.21 to 5.21 (across) and σ from 0.3 to 4.25 on a log scale (up). Colour from 0.693 nats (dark) to 84.1 nats (yellow). ' +
        'Minima: μ = −2, σ = 0.6 (tied global minimum, 0.6932 nats); μ = 2, σ = 0.6 (tied global minimum, 0.6932 nats).',
    );
  });
});
