import { describe, expect, it } from 'vitest';
import { descentPath } from './descent';
import { forwardFit } from './divergences';
import type { Mixture } from '../mixture/mixture';
import { reverseFit } from './reverse-fit';

const p: Mixture = [
  { weight: 0.5, mu: -3, sigma: 1 },
  { weight: 0.5, mu: 3, sigma: 1 },
];

describe('descent', () => {
  it('descentPath(p, start, "forward") starts at start, goes downhill and ends at the moment match', () => {
    const frames = descentPath(p, { mu: 2, sigma: 0.5 }, 'forward');
    expect(frames[0]).toMatchObject({ mu: 2, sigma: 0.5 });
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.kl).toBeLessThan(frames[i - 1]!.kl);
    const last = frames[frames.length - 1]!;
    const qF = forwardFit(p);
    expect(last.mu).toBeCloseTo(qF.mu, 4);
    expect(last.sigma).toBeCloseTo(qF.sigma, 4);
  });

  it('descentPath(p, start, "reverse") from near a mode ends in that mode\'s reverse-KL optimum', () => {
    const frames = descentPath(p, { mu: 2, sigma: 2 }, 'reverse');
    const last = frames[frames.length - 1]!;
    const target = reverseFit(p).optima.find((o) => o.mu > 1)!;
    expect(last.mu).toBeCloseTo(target.mu, 3);
    expect(last.sigma).toBeCloseTo(target.sigma, 3);
    expect(last.kl).toBeCloseTo(target.kl, 6);
  });

  it('descentPath(p, start, "js") decreases JS and stops at maxFrames when it has not converged by then', () => {
    const start = { mu: 0, sigma: 0.3 };
    const full = descentPath(p, start, 'js');
    expect(full.length).toBeGreaterThan(10);
    const frames = descentPath(p, start, 'js', { maxFrames: 10 });
    expect(frames).toEqual(full.slice(0, 10));
    for (let i = 1; i < full.length; i++) expect(full[i]!.kl).toBeLessThan(full[i - 1]!.kl);
  });

  it('descentPath(p, start, objective) caps frames at 300 by default and returns just the start at an optimum', () => {
    // With tolerance 0 the gradient never counts as converged, so only the cap ends the descent.
    expect(descentPath(p, { mu: -5, sigma: 0.2 }, 'reverse', { tolerance: 0 })).toHaveLength(300);
    const at = forwardFit(p);
    expect(descentPath(p, at, 'forward')).toHaveLength(1);
  });
});
