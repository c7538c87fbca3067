import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deterministicLog } from './deterministic-log';

/** |a − b| in units of the last place of b (the spacing of doubles at |b|). */
function ulps(a: number, b: number): number {
  const exponent = Math.floor(Math.log2(Math.abs(b)));
  return Math.abs(a - b) / 2 ** Math.max(exponent - 52, -1074);
}

describe('deterministicLog', () => {
  // ln of the exact binary value of each double, from mpmath at 40 digits.
  const reference: Array<[number, number]> = [
    [5e-324, -744.4400719213812623141073],
    [1e-310, -713.8013788281541651006446],
    [2.2250738585072014e-308, -708.3964185322641062244112],
    [1e-300, -690.7755278982137051803383],
    [1e-10, -23.02585092994045680374772],
    [0.125, -2.079441541679835928251696],
    [0.5, -0.6931471805599453094172321],
    [0.7071067811865476, -0.3465735902799725863505295],
    [0.75, -0.287682072451780927439219],
    [0.999999999, -9.999999722180685086261217e-10],
    [1.0000001, 9.99999950583870451775161e-8],
    [1.5, 0.4054651081081643819780131],
    [2.0, 0.6931471805599453094172321],
    [10.0, 2.302585092994045684017991],
    [1e300, 690.7755278982137052579022],
    [1.7976931348623157e308, 709.7827128933839967322234],
  ];

  it('deterministicLog(x) is within 1 ulp of ln x from subnormals to the largest double (mpmath)', () => {
    for (const [x, ln] of reference) expect(ulps(deterministicLog(x), ln), `x = ${x}`).toBeLessThanOrEqual(1);
  });

  it('deterministicLog(1) is exactly 0', () => {
    expect(deterministicLog(1)).toBe(0);
  });

  it('deterministicLog(x) is within 1 ulp of the engine’s Math.log for random positive doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1.7976931348623157e308, noNaN: true }), (x) => ulps(deterministicLog(x), Math.log(x)) <= 1),
      { seed: 42, numRuns: 20000 },
    );
  });

  it('deterministicLog(x) at and around fdlibm’s split point 1 + 0x6a09c/2²⁰ (just below √2), where the reduction halves', () => {
    const split = 1 + 0x6a09c / 2 ** 20;
    const ulp = 2 ** -52;
    for (const x of [split, split - ulp, split + ulp, split / 2, split / 2 - ulp / 2, split / 2 + ulp / 2, Math.SQRT2, Math.SQRT1_2]) {
      expect(ulps(deterministicLog(x), Math.log(x)), `x = ${x}`).toBeLessThanOrEqual(1);
    }
  });

  it('deterministicLog(x) equals V8’s Math.log (its own fdlibm port) bit for bit, a check of the transcription', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 5e-324, max: 1.7976931348623157e308, noNaN: true }), fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true })), (x) => deterministicLog(x) === Math.log(x)),
      { seed: 7, numRuns: 50000 },
    );
  });

  it('deterministicLog(x) is NaN for 0, negative numbers, +∞ and NaN', () => {
    for (const x of [0, -0, -1, -Infinity, Infinity, NaN]) expect(deterministicLog(x)).toBeNaN();
  });
});
