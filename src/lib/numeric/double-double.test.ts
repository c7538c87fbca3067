import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ddAdd, halfSquaredScore, twoProduct, twoSum } from './double-double';

describe('double-double', () => {
  it('twoSum(a, b) returns the rounded sum and the exact rounding error', () => {
    expect(twoSum(1, 2 ** -60)).toEqual({ hi: 1, lo: 2 ** -60 });
    expect(twoSum(2 ** 53, 1)).toEqual({ hi: 2 ** 53, lo: 1 });
    // 0.1 + 0.2 = 0.30000000000000004 with error −2.7755575615628914e-17 (exact binary arithmetic by hand).
    expect(twoSum(0.1, 0.2)).toEqual({ hi: 0.30000000000000004, lo: -2.7755575615628914e-17 });
  });

  it('twoProduct(a, b) returns the rounded product and the exact rounding error', () => {
    // (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the last term does not fit in the rounded product.
    const a = 1 + 2 ** -30;
    expect(twoProduct(a, a)).toEqual({ hi: 1 + 2 ** -29, lo: 2 ** -60 });
  });

  it('twoSum(a, b) and twoProduct(a, b) lose nothing: hi + lo is a + b and a·b exactly (checked in BigInt)', () => {
    // a, b = n/2¹⁰ with |n| < 2⁴⁰: products need 80 bits, so they round; scaled by 2²⁰ everything is an integer.
    const big = (v: number) => BigInt(v * 2 ** 20);
    const dyadic = fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map((n) => n / 2 ** 10);
    fc.assert(
      fc.property(dyadic, dyadic, (a, b) => {
        const s = twoSum(a, b);
        const p = twoProduct(a, b);
        const exactProduct = (BigInt(a * 2 ** 10) * BigInt(b * 2 ** 10));
        return s.hi === a + b && big(s.hi) + big(s.lo) === big(a) + big(b) && p.hi === a * b && big(p.hi) + big(p.lo) === exactProduct;
      }),
      { seed: 42 },
    );
  });

  it('ddAdd(x, y) keeps the low parts of both operands', () => {
    expect(ddAdd({ hi: 1, lo: 2 ** -70 }, { hi: -1, lo: 2 ** -80 })).toEqual({ hi: 2 ** -70 + 2 ** -80, lo: 0 });
  });

  it('halfSquaredScore(x, mu, sigma) is ((x − mu)/sigma)²/2 to ~1e-29 relative, far in the tails too', () => {
    // mpmath at 60 digits from the exact doubles: [x, mu, sigma, hi, lo] with hi = round(exact), lo = round(exact − hi).
    const cases: Array<[number, number, number, number, number]> = [
      [15, -9.9996, 0.1, 31249.000007999995, -1.0119425235544095e-12],
      [15, -10, 0.1, 31249.999999999996, 1.6853185513809904e-13],
      [0.2, -2, 0.6, 6.722222222222223, -4.214735556447353e-16],
      [1, 0, 3, 0.05555555555555555, 3.0839528461809902e-18],
    ];
    for (const [x, mu, sigma, hi, lo] of cases) {
      const h = halfSquaredScore(x, mu, sigma);
      expect(h.hi).toBe(hi);
      expect(Math.abs(h.lo - lo)).toBeLessThanOrEqual(1e-29 * hi);
    }
  });
});
