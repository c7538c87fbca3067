import { describe, expect, it } from 'vitest';
import { drawAndSummarize, parseSampleSize, parseSeed } from './mle-draw';

describe('drawAndSummarize', () => {
  it('drawAndSummarize(p, q, n, seed) gives an empirical NLL equal to −Σ q̂_k ln q_k of its own MLE', () => {
    const q = [0.7, 0.3];
    const d = drawAndSummarize([0.5, 0.5], q, 1000, 42);
    const fromFrequencies = -d.mle.reduce((s, f, k) => s + f * Math.log(q[k] ?? 0), 0);
    expect(Math.abs(d.empiricalNll - fromFrequencies) / fromFrequencies).toBeLessThan(1e-12);
    expect(d.counts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('drawAndSummarize reports the anchor cross-entropy ½ln(1/0.21) whatever the sample', () => {
    expect(drawAndSummarize([0.5, 0.5], [0.7, 0.3], 10, 1).crossEntropy).toBeCloseTo(0.78032387413233419, 14);
  });

  it('drawAndSummarize with n = 1 leaves outcomes unseen, so KL(p‖q̂) is +∞', () => {
    const d = drawAndSummarize([0.25, 0.25, 0.5], [0.2, 0.3, 0.5], 1, 7);
    expect(d.mleKl).toBe(Infinity);
    expect(d.unseen).toHaveLength(2);
  });

  it('drawAndSummarize: KL(p‖q̂) shrinks roughly like (k−1)/(2n) as n grows', () => {
    // For a categorical MLE, E[KL(p‖q̂)] ≈ (k − 1)/(2n); with k = 4 and n = 10⁶ that is 1.5×10⁻⁶.
    const p = [0.1, 0.2, 0.3, 0.4];
    const d = drawAndSummarize(p, [0.25, 0.25, 0.25, 0.25], 1_000_000, 3);
    expect(d.mleKl).toBeGreaterThan(0);
    expect(d.mleKl).toBeLessThan(2e-5);
  });

  it('drawAndSummarize marks the series null where the NLL is +∞ (a drawn outcome has q = 0)', () => {
    const d = drawAndSummarize([0.5, 0.5], [1, 0], 100, 5);
    expect(d.empiricalNll).toBe(Infinity);
    expect(d.crossEntropy).toBe(Infinity);
    expect(d.convergence.nll.at(-1)).toBeNull();
    expect(d.convergence.upper.every((u) => u === null)).toBe(true);
  });

  it('drawAndSummarize keeps the plotted series at most 1000 points for n = 10⁶', () => {
    const d = drawAndSummarize([0.5, 0.5], [0.7, 0.3], 1_000_000, 1);
    expect(d.convergence.i.length).toBeLessThanOrEqual(1000);
    expect(d.convergence.i.at(-1)).toBe(1_000_000);
  });
});

describe('parsing', () => {
  it('parseSampleSize accepts 1 to 1,000,000 whole and rejects the rest', () => {
    expect(parseSampleSize('1e6')).toEqual({ ok: true, value: 1_000_000 });
    for (const bad of ['0', '1000001', '2.5', 'ten', '']) expect(parseSampleSize(bad).ok).toBe(false);
  });

  it('parseSeed accepts whole numbers, negative included, and rejects fractions and text', () => {
    expect(parseSeed('-3')).toEqual({ ok: true, value: -3 });
    for (const bad of ['1.5', 'x', '']) expect(parseSeed(bad).ok).toBe(false);
  });
});
