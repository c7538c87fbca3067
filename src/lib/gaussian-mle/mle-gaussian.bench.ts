import { bench, describe } from 'vitest';
import { sampleMixture } from '../sampling/mixture-sample';
import { gaussianMle } from './fit';
import { summarizeMleGaussian, summarizeTarget } from './summary';
import { mixtureOf } from '../test-support/mixtures';

// Issue 11's budget: drawing 10⁶ samples and fitting within 50 ms in the browser.
const p = mixtureOf([0.5, -2, 0.6], [0.5, 2, 0.6]);
const target = summarizeTarget(p);
const sample = sampleMixture(p, 1_000_000, 1);
let seed = 0;

describe('n = 1,000,000, two components', () => {
  bench('sampleMixture(p, 1e6, seed)', () => {
    sampleMixture(p, 1_000_000, seed++);
  });

  bench('gaussianMle(10⁶ draws)', () => {
    gaussianMle(sample);
  });

  bench('sampleMixture + gaussianMle (draw and fit)', () => {
    gaussianMle(sampleMixture(p, 1_000_000, seed++));
  });

  bench('summarizeMleGaussian(p, 1e6, seed, target) (draw, fit, 200 prefix fits, histogram, curves)', () => {
    summarizeMleGaussian(p, 1_000_000, seed++, target);
  });
});
