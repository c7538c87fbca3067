/** Parsing and validation of discrete distributions typed by a reader or found in a URL. */
import { parsePlainNumber, type Parsed } from '../input/parse';

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 10;
/** A vector whose sum is further than this from 1 is normalized (and the reader is told). */
export const NORMALIZATION_TOLERANCE = 1e-9;


export interface Distribution {
  values: number[];
  /** True when the input did not sum to 1 and was divided by its sum. */
  normalized: boolean;
  /** The input's sum before normalization. */
  sum: number;
}

/** A probability vector from comma-separated text: 2–10 non-negative numbers with a positive sum, normalized if needed. */
export function parseDistribution(text: string, label: string): Parsed<Distribution> {
  const parts = text.split(',');
  if (text.trim() === '') return { ok: false, message: `${label} is empty: enter ${MIN_OUTCOMES} to ${MAX_OUTCOMES} numbers separated by commas.` };
  if (parts.length < MIN_OUTCOMES || parts.length > MAX_OUTCOMES) {
    return { ok: false, message: `${label} needs ${MIN_OUTCOMES} to ${MAX_OUTCOMES} outcomes; it has ${parts.length}.` };
  }
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const value = parsePlainNumber(part);
    if (value === null) return { ok: false, message: `${label}, outcome ${i + 1}: “${part.trim()}” is not a number.` };
    if (value < 0) return { ok: false, message: `${label}, outcome ${i + 1}: a probability cannot be negative.` };
    values.push(value);
  }
  return normalizeDistribution(values, label);
}

/** The vector divided by its sum when that sum is further than 1e-9 from 1; an error when the sum is 0 or not finite. */
export function normalizeDistribution(values: readonly number[], label: string): Parsed<Distribution> {
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) {
    return { ok: false, message: `${label} must have a positive, finite total; it sums to ${sum}.` };
  }
  const normalized = Math.abs(sum - 1) > NORMALIZATION_TOLERANCE;
  return { ok: true, value: { values: normalized ? values.map((v) => v / sum) : [...values], normalized, sum } };
}

/** Data p and model q parsed together: both valid and of the same length, or the first problem found. */
export function parseDistributionPair(pText: string, qText: string): Parsed<{ p: Distribution; q: Distribution }> {
  const p = parseDistribution(pText, 'p (data)');
  if (!p.ok) return p;
  const q = parseDistribution(qText, 'q (model)');
  if (!q.ok) return q;
  if (p.value.values.length !== q.value.values.length) {
    return {
      ok: false,
      message: `p and q must have the same number of outcomes (p has ${p.value.values.length}, q has ${q.value.values.length}).`,
    };
  }
  return { ok: true, value: { p: p.value, q: q.value } };
}

/** The vector as the comma-separated text used in inputs and URLs ("0.5,0.5"), full precision. */
export function formatVector(values: readonly number[]): string {
  return values.map((v) => String(v)).join(',');
}
