/**
 * A natural logarithm that gives the same bits in every JavaScript engine. ECMAScript leaves Math.log
 * "implementation-approximated", so engines may differ in its last bit, and a seeded sampler built on it
 * could draw different samples on different machines. This one uses only +, −, ×, ÷ on doubles (which
 * IEEE 754 rounds correctly, identically everywhere).
 *
 * The algorithm and constants are fdlibm's __ieee754_log (Sun Microsystems, 1993; the code V8 and
 * SpiderMonkey port for their own Math.log): x = 2^k·(1 + f) with 1 + f ∈ [√2/2, √2),
 * s = f/(2 + f), ln(1 + f) = 2s + s·R(s²) with a degree-14 minimax polynomial R, error < 1 ulp.
 * Unlike the C code, the reduction finds k by exact multiplications with powers of two instead of
 * reading the exponent bits: aliasing a Float64Array with a Uint32Array made each call about ten
 * times slower than Math.log in Chromium. For the sampler's s ∈ (0, 1) it takes one or two steps.
 */

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000: 32 trailing zero bits, so k·LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const TWO_POW_54 = 2 ** 54;
const SMALLEST_NORMAL = 2.2250738585072014e-308;

const TWO_POW_32 = 2 ** 32;
const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_20 = 2 ** 20;
// fdlibm halves a significand whose top 20 bits are at least 0x6a09c (just below √2); m then lies in [SPLIT/2, SPLIT).
const SPLIT = 1 + 0x6a09c / TWO_POW_20;
const HALF_SPLIT = SPLIT / 2;

/** ln x for a positive finite x (subnormals included), the same bits in every engine, within 1 ulp; NaN for x ≤ 0, +∞ or NaN. */
export function deterministicLog(x: number): number {
  if (!(x > 0) || x === Infinity) return NaN;
  // x = 2^k · m with m ∈ [SPLIT/2, SPLIT) ≈ [√½, √2), by exact multiplications with powers of two (big steps first).
  let m = x;
  let k = 0;
  if (m < SMALLEST_NORMAL) {
    m *= TWO_POW_54;
    k = -54;
  }
  while (m >= TWO_POW_32) {
    m *= TWO_POW_MINUS_32;
    k += 32;
  }
  while (m < TWO_POW_MINUS_32) {
    m *= TWO_POW_32;
    k -= 32;
  }
  while (m >= SPLIT) {
    m *= 0.5;
    k += 1;
  }
  while (m < HALF_SPLIT) {
    m *= 2;
    k -= 1;
  }
  // fdlibm's hx: the top 20 bits of x's significand, i.e. of m or of 2m (whichever lies in [1, 2)); exact.
  const hx = Math.floor(((m < 1 ? 2 * m : m) - 1) * TWO_POW_20);
  const f = m - 1;
  if (((2 + hx) & 0x000fffff) < 3) {
    // |f| < 2^-20: two terms of the series are enough.
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}
