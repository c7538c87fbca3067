/** Setting one entry of a probability vector, as dragging one bar does: the others make room in proportion. */
import { formatNumber } from '../format/number';

export interface EntrySet {
  values: number[];
  /** True when every other entry was 0, so the remainder was shared equally among them instead. */
  spread: boolean;
}

/** x to 13 significant digits: 0.59 instead of 0.5900000000000001, a relative change ≤ 5e-13, and never 0 for x > 0. */
const tidy = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(13)));

/**
 * `values` (a probability vector) with entry `index` set to `value` (clamped to [0, 1]) and every other
 * entry scaled by the same factor so the sum stays 1 (to 1e-12); when the others are all 0, the remainder
 * 1 − value is shared equally among them (`spread`). A one-entry vector is [1]. Each entry is rounded to
 * 13 significant digits, so decimal steps stay readable; a positive entry becomes 0 only when value is 1
 * (an entry too small for a double keeps the smallest one, Number.MIN_VALUE). Throws a RangeError for an index outside the vector or a NaN value.
 */
export function withEntry(values: readonly number[], index: number, value: number): EntrySet {
  if (!Number.isInteger(index) || index < 0 || index >= values.length) throw new RangeError(`withEntry: no entry ${index} in a vector of ${values.length}.`);
  if (Number.isNaN(value)) throw new RangeError('withEntry: the value is NaN.');
  if (values.length === 1) return { values: [1], spread: false };
  const set = Math.min(1, Math.max(0, value));
  const rest = 1 - set;
  const othersSum = values.reduce((sum, v, j) => (j === index ? sum : sum + v), 0);
  const spread = !(othersSum > 0);
  const out = values.map((v, j) => {
    if (j === index) return set;
    if (spread) return tidy(rest / (values.length - 1));
    // v / othersSum lies in [0, 1], so the product cannot overflow even when othersSum is subnormal; when it
    // underflows, the entry keeps the smallest double, so that the support (which entries are 0) stays as it was.
    const scaled = rest * (v / othersSum);
    return scaled === 0 && v > 0 && rest > 0 ? Number.MIN_VALUE : tidy(scaled);
  });
  return { values: out, spread };
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A vector entry's live label, "q₁ = 0.70": two decimals when the value is a whole number of hundredths (0 included), else 3 significant digits ("0.225", "1×10⁻³⁰⁰"). */
export function entryLabel(symbol: string, index: number, value: number): string {
  const sub = [...String(index + 1)].map((d) => SUBSCRIPTS[Number(d)]).join('');
  const hundredths = Math.round(value * 100) / 100;
  const whole = value === 0 || (hundredths !== 0 && Math.abs(value - hundredths) < 1e-9);
  return `${symbol}${sub} = ${whole ? value.toFixed(2) : formatNumber(value, 3)}`;
}
