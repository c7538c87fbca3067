import { bench, describe } from 'vitest';
import { summarizeKlPair } from './kl-pair';
import { kl } from './divergence';

const p10 = [0.05, 0.1, 0.15, 0.2, 0.1, 0.05, 0.1, 0.1, 0.1, 0.05];
const q10 = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];

describe('kl-calculator math', () => {
  bench('kl(p, q), 10 outcomes', () => {
    kl(p10, q10);
  });
  bench('summarizeKlPair (everything the calculator shows), 10 outcomes', () => {
    summarizeKlPair(p10, q10);
  });
});
