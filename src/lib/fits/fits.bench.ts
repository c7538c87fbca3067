import { bench, describe } from 'vitest';
import { forwardFit, forwardKL } from './divergences';
import { reverseFit } from './reverse-fit';
import type { Mixture } from '../mixture/mixture';
import { farNarrowWide, four, fourNarrowWide, narrowWide, overlapping, symmetric, three } from '../test-support/mixtures';

/** Eight targets across the supported range: k = 1..4, narrow-and-wide, overlapping and separated. */
const targets: Record<string, Mixture> = {
  single: [{ weight: 1, mu: 1, sigma: 2 }],
  symmetric,
  overlapping,
  nestedNarrowWide: narrowWide,
  farNarrowWide,
  three,
  four,
  fourNarrowWide,
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
