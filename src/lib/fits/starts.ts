/** Where the fits' local searches start: the places a single Gaussian can settle on a mixture. */
import { forwardFit, type Gaussian } from './divergences';
import type { Mixture } from '../mixture/mixture';

/** Every component, then the moment match of every run of neighbouring components (longest first, so the whole moment match leads). */
export function startPoints(p: Mixture): Gaussian[] {
  const sorted = [...p].sort((x, y) => x.mu - y.mu);
  const starts: Gaussian[] = sorted.map((c) => ({ mu: c.mu, sigma: c.sigma }));
  for (let len = sorted.length; len >= 2; len--) {
    for (let i = 0; i + len <= sorted.length; i++) starts.push(forwardFit(sorted.slice(i, i + len)));
  }
  return starts;
}
