/**
 * A natural logarithm that gives the same bits in every JavaScript engine. ECMAScript leaves Math.log
 * "implementation-approximated", so engines may differ in its last bit, and a seeded sampler built on it
 * could draw different samples on different machines. This one uses only +, −, ×, ÷ on doubles (which
 * IEEE 754 rounds correctly, identically everywhere) and reads the exponent from the number's bits.
 *
 * The algorithm and constants are fdlibm's __ieee754_log (Sun Microsystems, 1993; the code V8 and
 * SpiderMonkey port for their own Math.log): x = 2^k·(1 + f) with 1 + f ∈ [√2/2, √2),
 * s = f/(2 + f), ln(1 + f) = 2s + s·R(s²) with a degree-14 minimax polynomial R, error < 1 ulp.
 * Unlike the C code, the reduction multiplies by an exact power of two instead of rewriting the high
 * word, which avoids a store-to-load stall on typed arrays.
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

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Which 32-bit word holds the sign and exponent depends on the platform's byte order; 1.0 = 0x3ff00000 00000000.
bits[0] = 1;
const HI = words[1] === 0x3ff00000 ? 1 : 0;

// POW2[OFFSET + k] = 2^-k for k = -1022 … 1024 (every exponent the reduction can need), by exact halvings and doublings of 1.
const OFFSET = 1022;
const POW2 = new Float64Array(OFFSET + 1025);
POW2[OFFSET] = 1;
for (let k = 1; k <= 1024; k++) POW2[OFFSET + k] = POW2[OFFSET + k - 1]! * 0.5;
for (let k = -1; k >= -1022; k--) POW2[OFFSET + k] = POW2[OFFSET + k + 1]! * 2;

/** ln x for a positive finite x (subnormals included), the same bits in every engine, within 1 ulp; NaN for x ≤ 0, +∞ or NaN. */
export function deterministicLog(x: number): number {
  if (!(x > 0) || x === Infinity) return NaN;
  let k = 0;
  if (x < SMALLEST_NORMAL) {
    x *= TWO_POW_54;
    k = -54;
  }
  bits[0] = x;
  const hx = words[HI]! & 0x000fffff;
  // fdlibm's branchless reduction: one more power of two when the mantissa is at least √2's (0x6a09e).
  const e = (words[HI]! >>> 20) - 1023 + ((hx + 0x95f64) >>> 20);
  k += e;
  const f = x * POW2[OFFSET + e]! - 1;
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
