/**
 * Test support: the Gaussian-mixture targets shared by several unit tests and benchmarks, and the fast-check
 * arbitraries for random mixtures and Gaussians. Only fixtures live here, no expected values.
 */
import fc from 'fast-check';
import { normalizeMixture, type Mixture } from '../mixture/mixture';

/** The mixture Σ w_i N(mu_i, sigma_i²) from [w, mu, sigma] rows, weights as given (not normalized). */
export function mixtureOf(...rows: Array<[weight: number, mu: number, sigma: number]>): Mixture {
  return rows.map(([weight, mu, sigma]) => ({ weight, mu, sigma }));
}

/** ½N(−3, 1) + ½N(3, 1): two separated modes, mirror images of each other. */
export const symmetric = mixtureOf([0.5, -3, 1], [0.5, 3, 1]);
/** ½N(−2, 1) + ½N(2, 1): two modes too close to pull a single Gaussian apart. */
export const closeModes = mixtureOf([0.5, -2, 1], [0.5, 2, 1]);
/** ½N(−0.5, 1) + ½N(0.5, 1): overlapping, unimodal-looking. */
export const overlapping = mixtureOf([0.5, -0.5, 1], [0.5, 0.5, 1]);
/** ½N(0, 0.1²) + ½N(0, 5²): a narrow component nested inside a wide one. */
export const narrowWide = mixtureOf([0.5, 0, 0.1], [0.5, 0, 5]);
/** 0.3·N(−10, 0.1²) + 0.7·N(10, 5²): a narrow and a wide component far apart. */
export const farNarrowWide = mixtureOf([0.3, -10, 0.1], [0.7, 10, 5]);
/** Three components of different widths. */
export const three = mixtureOf([0.3, -3, 0.5], [0.3, 0, 1], [0.4, 4, 2]);
/** Four equal-weight components of different widths. */
export const four = mixtureOf([0.25, -6, 1], [0.25, -2, 0.3], [0.25, 2, 2], [0.25, 7, 0.7]);
/** Four components from very narrow (0.1) to wide (5). */
export const fourNarrowWide = mixtureOf([0.1, -9, 0.1], [0.4, -3, 5], [0.3, 4, 0.5], [0.2, 9.5, 0.15]);

/** Random normalized mixtures of 1–4 components over the supported range. */
export const mixtureArb = fc
  .array(
    fc.record({
      weight: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      mu: fc.double({ min: -10, max: 10, noNaN: true }),
      sigma: fc.double({ min: 0.1, max: 5, noNaN: true }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map(normalizeMixture);

/** Random Gaussians q = N(mu, sigma²), wider than the mixture range. */
export const gaussianArb = fc.record({
  mu: fc.double({ min: -12, max: 12, noNaN: true }),
  sigma: fc.double({ min: 0.05, max: 8, noNaN: true }),
});
