/**
 * Double-double arithmetic: a value carried as an unevaluated sum hi + lo (about 106 bits), built from the
 * error-free transformations of Knuth (TwoSum) and Dekker (split, TwoProduct). Used where a difference of two
 * large, nearly equal quantities must keep its absolute accuracy, e.g. two Gaussian exponents of −31 250.
 * Inputs are finite doubles of moderate size (|a| < 2^996, so the Dekker split cannot overflow).
 */

/** hi + lo with |lo| ≤ ½ ulp(hi). */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/** a + b exactly, as the rounded sum and its rounding error (Knuth's TwoSum, no ordering needed). */
export function twoSum(a: number, b: number): DoubleDouble {
  const hi = a + b;
  const bb = hi - a;
  return { hi, lo: a - (hi - bb) + (b - bb) };
}

const SPLITTER = 134217729; // 2^27 + 1

/** a·b exactly, as the rounded product and its rounding error (Dekker's TwoProduct, without FMA). */
export function twoProduct(a: number, b: number): DoubleDouble {
  const hi = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return { hi, lo: ah * bh - hi + ah * bl + al * bh + al * bl };
}

/** x + y for double-doubles, to about 2^−104 relative (of the larger operand). */
export function ddAdd(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const s = twoSum(x.hi, y.hi);
  return twoSum(s.hi, s.lo + x.lo + y.lo);
}

/** ((x − mu)/sigma)² / 2 as a double-double, to about 2^−100 relative; sigma > 0. */
export function halfSquaredScore(x: number, mu: number, sigma: number): DoubleDouble {
  const d = twoSum(x, -mu); // exact
  const t1 = d.hi / sigma;
  const p = twoProduct(t1, sigma);
  const t2 = (d.hi - p.hi - p.lo + d.lo) / sigma; // the remainder of the division, exact up to its last rounding
  const t = twoSum(t1, t2);
  const sq = twoProduct(t.hi, t.hi);
  const s = twoSum(sq.hi, sq.lo + 2 * t.hi * t.lo);
  return { hi: 0.5 * s.hi, lo: 0.5 * s.lo };
}
