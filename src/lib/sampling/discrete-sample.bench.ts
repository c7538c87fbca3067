import { bench, describe } from 'vitest';
import { drawSample, sampleCounts } from './discrete-sample';

// Target: median ≤ 20 ms in Node for n = 10^6, so the widget stays within ~50 ms on slower browsers.
const P = [0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.15];
const Q = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
let seed = 0;

describe('n = 1,000,000, 10 outcomes', () => {
  bench('drawSample(p, q, 1e6, seed, 1000)', () => {
    drawSample(P, Q, 1_000_000, seed++, 1000);
  });

  bench('sampleCounts(p, 1e6, seed)', () => {
    sampleCounts(P, 1_000_000, seed++);
  });
});
