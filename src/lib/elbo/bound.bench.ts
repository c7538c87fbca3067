import { bench, describe } from 'vitest';
import { elboReport } from './bound';
import { curvesView } from './view';
import { toMixture } from '../mixture/params';

const two = toMixture([
  { w: 0.5, mu: -2, sigma: 0.6 },
  { w: 0.5, mu: 2, sigma: 0.6 },
]);
const four = toMixture([
  { w: 0.1, mu: -9, sigma: 0.1 },
  { w: 0.4, mu: -3, sigma: 5 },
  { w: 0.3, mu: 4, sigma: 0.5 },
  { w: 0.2, mu: 9.5, sigma: 0.15 },
]);

describe('elbo math (per reader input)', () => {
  bench('elboReport, 2 components, x = 0.2', () => {
    elboReport(two, 0.2, [0.5, 0.5]);
  });
  bench('elboReport, 4 components, x = 15 (far tail)', () => {
    elboReport(four, 15, [0.25, 0.25, 0.25, 0.25]);
  });
  bench('curvesView, 4 components (only when the model changes)', () => {
    curvesView(four);
  });
});
