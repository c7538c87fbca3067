import { bench, describe } from 'vitest';
import { forwardFit, forwardKL, reverseFit, type Mixture } from './kl-fits';

/** Eight targets across the supported range: k = 1..4, narrow-and-wide, overlapping and separated. */
const targets: Record<string, Mixture> = {
  single: [{ weight: 1, mu: 1, sigma: 2 }],
  symmetric: [
    { weight: 0.5, mu: -3, sigma: 1 },
    { weight: 0.5, mu: 3, sigma: 1 },
  ],
  overlapping: [
    { weight: 0.5, mu: -0.5, sigma: 1 },
    { weight: 0.5, mu: 0.5, sigma: 1 },
  ],
  nestedNarrowWide: [
    { weight: 0.5, mu: 0, sigma: 0.1 },
    { weight: 0.5, mu: 0, sigma: 5 },
  ],
  farNarrowWide: [
    { weight: 0.3, mu: -10, sigma: 0.1 },
    { weight: 0.7, mu: 10, sigma: 5 },
  ],
  three: [
    { weight: 0.3, mu: -3, sigma: 0.5 },
    { weight: 0.3, mu: 0, sigma: 1 },
    { weight: 0.4, mu: 4, sigma: 2 },
  ],
  four: [
    { weight: 0.25, mu: -6, sigma: 1 },
    { weight: 0.25, mu: -2, sigma: 0.3 },
    { weight: 0.25, mu: 2, sigma: 2 },
    { weight: 0.25, mu: 7, sigma: 0.7 },
  ],
  fourNarrowWide: [
    { weight: 0.1, mu: -9, sigma: 0.1 },
    { weight: 0.4, mu: -3, sigma: 5 },
    { weight: 0.3, mu: 4, sigma: 0.5 },
    { weight: 0.2, mu: 9.5, sigma: 0.15 },
  ],
};

describe('reverseFit over the whole set', () => {
  const all = Object.values(targets);
  bench('reverseFit all 8 targets (divide by 8 per fit)', () => {
    for (const p of all) reverseFit(p);
  });
});

describe('reverseFit per target', () => {
  for (const [name, p] of Object.entries(targets)) {
    bench(`reverseFit ${name}`, () => {
      reverseFit(p);
    });
  }
});

describe('forwardFit + forwardKL per target', () => {
  for (const [name, p] of Object.entries(targets)) {
    bench(`forward ${name}`, () => {
      forwardKL(p, forwardFit(p));
    });
  }
});
