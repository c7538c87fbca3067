/** Test support: assertion helpers shared by the unit tests. */
import { expect } from 'vitest';

/** |actual − expected| ≤ tol·|expected|. */
export function expectRelativelyClose(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}
