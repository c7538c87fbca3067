/**
 * Test support: brute-force numerical integration for checking the library's integrals. Imports nothing from
 * the library, so the reference values it produces are independent of the code under test.
 */

/** Trapezoid rule with n equal steps over [lo, hi]. */
export function trapezoid(f: (x: number) => number, lo: number, hi: number, n: number): number {
  const h = (hi - lo) / n;
  let s = 0.5 * (f(lo) + f(hi));
  for (let i = 1; i < n; i++) s += f(lo + i * h);
  return s * h;
}

/** Trapezoid on a uniform grid (step ≤ h) over [lo, hi]: spectrally accurate for smooth, decaying integrands. */
export function trapezoidStep(f: (x: number) => number, lo: number, hi: number, h: number): number {
  return trapezoid(f, lo, hi, Math.ceil((hi - lo) / h));
}
