/**
 * Drawing a sample from a discrete p and scoring it under a model q, for the
 * "empirical NLL converges to H(p, q)" widget. A sample of up to a million
 * outcomes is never stored: one pass keeps per-outcome counts, and every NLL
 * (the final one and each trace point) is computed from those counts, which is
 * exact given the sample instead of an accumulating float sum.
 *
 * Sampling contract (so a sample can be regenerated independently): draw j
 * (j = 1, 2, …) takes the j-th uniform u of createRng(seed) and returns the
 * first outcome k with u·c_last < c_k, where c_k = p_0 + … + p_k summed left
 * to right in floating point and c_last is the final sum (inverse CDF).
 * Outcomes with p_k = 0 are never drawn.
 *
 * Inputs: p has non-negative finite entries summing to 1 within 1e-9; q has
 * the same length and non-negative finite entries, used as given. Violations
 * throw RangeError.
 */

import { crossEntropy } from '../discrete/divergence';
import { createRngFill } from './random';

/** How far Σp may be from 1, matching the lesson's normalization tolerance. */
const SUM_TOLERANCE = 1e-9;
/** Uniforms generated per refill; large enough to amortize the call, small enough to stay in cache. */
const BLOCK = 4096;

export interface SampleTrace {
  /** Sample sizes at which the running NLL was recorded: ascending, from 1, ending exactly at n. */
  i: number[];
  /** nll[t] = −(1/i[t]) Σ_{j ≤ i[t]} ln q(x_j), in nats; +Infinity once an outcome with q = 0 has been drawn. */
  nll: number[];
}

export interface Sample {
  /** counts[k] = how many of the n draws were outcome k. */
  counts: number[];
  /** −(1/n) Σ_j ln q(x_j) in nats, from the counts; +Infinity if an outcome with q_k = 0 was drawn. */
  nll: number;
  trace: SampleTrace;
}

function checkProbabilities(p: readonly number[]): void {
  if (p.length === 0) throw new RangeError('p must have at least one outcome.');
  let sum = 0;
  for (const pk of p) {
    if (!(pk >= 0) || !Number.isFinite(pk)) {
      throw new RangeError(`p must have non-negative finite entries, got ${String(pk)}.`);
    }
    sum += pk;
  }
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
    throw new RangeError(`p must sum to 1 (within ${SUM_TOLERANCE}), got ${sum}.`);
  }
}

function checkModel(p: readonly number[], q: readonly number[]): void {
  if (q.length !== p.length) {
    throw new RangeError(`q must have as many outcomes as p (${p.length}), got ${q.length}.`);
  }
  for (const qk of q) {
    if (!(qk >= 0) || !Number.isFinite(qk)) {
      throw new RangeError(`q must have non-negative finite entries, got ${String(qk)}.`);
    }
  }
}

function checkSampleSize(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`The sample size must be a positive integer, got ${String(n)}.`);
  }
}

/**
 * Up to maxPoints distinct integers from 1 to n, ascending, always including 1 and n: consecutive while that is
 * cheaper than the geometric step, then geometrically spaced, so a log-scaled axis is evenly covered (maxPoints ≥ 2).
 */
export function logSpacedIndices(n: number, maxPoints: number): number[] {
  checkSampleSize(n);
  if (!Number.isSafeInteger(maxPoints) || maxPoints < 2) {
    throw new RangeError(`maxPoints must be an integer of at least 2, got ${String(maxPoints)}.`);
  }
  const indices = [1];
  let previous = 1;
  while (previous < n) {
    const remaining = maxPoints - indices.length;
    // Re-deriving the ratio from what is left spends points that rounding would merge at small i on later ones.
    const next =
      remaining <= 1
        ? n
        : Math.min(n, Math.max(previous + 1, Math.round(previous * (n / previous) ** (1 / remaining))));
    indices.push(next);
    previous = next;
  }
  return indices;
}

/** Empirical frequencies counts_k / Σcounts (the maximum-likelihood estimate of p); throws RangeError if Σcounts = 0 or a count is not a non-negative integer. */
export function mleFromCounts(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) {
    if (!Number.isSafeInteger(c) || c < 0) {
      throw new RangeError(`Counts must be non-negative integers, got ${String(c)}.`);
    }
    total += c;
  }
  if (total === 0) throw new RangeError('The MLE needs at least one observation; all counts are 0.');
  return counts.map((c) => c / total);
}

/** −(Σ_k counts_k ln q_k) / Σ_k counts_k in nats, the NLL of the sample the counts summarize; +Infinity if some q_k = 0 < counts_k, NaN if there are no counts. */
export function empiricalNll(counts: readonly number[], q: readonly number[]): number {
  let total = 0;
  let sum = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] ?? 0;
    if (c === 0) continue; // skipping avoids 0·∞ = NaN when an undrawn outcome has q_k = 0
    total += c;
    sum += c * -Math.log(q[k] ?? 0);
  }
  return sum / total;
}

/** NLL from internal counts and precomputed −ln q; same arithmetic as empiricalNll so trace and final value agree. */
function nllOfCounts(counts: Float64Array, negLogQ: Float64Array, i: number): number {
  let sum = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] ?? 0;
    if (c !== 0) sum += c * (negLogQ[k] ?? 0);
  }
  return sum / i;
}

/**
 * The core pass: draws n outcomes by the inverse-CDF contract and calls onCheckpoint(counts, i) right after draw i
 * for each i in the ascending `checkpoints`; returns the counts.
 */
function draw(
  p: readonly number[],
  n: number,
  seed: number,
  checkpoints: readonly number[],
  onCheckpoint: (counts: Float64Array, i: number) => void,
): Float64Array {
  const size = p.length;
  const cumulative = new Float64Array(size);
  let running = 0;
  let lastPositive = 0;
  for (let k = 0; k < size; k++) {
    const pk = p[k] ?? 0;
    running += pk;
    cumulative[k] = running;
    if (pk > 0) lastPositive = k;
  }
  const total = running;

  // The inverse CDF: the first k ≤ lastPositive with target < c_k, by binary search. The bound only matters if
  // u·c_K rounded up to c_K, which cannot happen for u ≤ 1 − 2^-32 but costs nothing to rule out.
  const outcomeOf = (u: number): number => {
    const target = u * total;
    let lo = 0;
    let hi = lastPositive;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // A search per draw cost ~10 ns more per draw than the generator itself, mostly branch mispredictions. Instead, the top bits of u pick a bucket of
  // the [0, 1) grid; the outcome is monotone in u, so a bucket whose first and last grid points give the same
  // outcome gives it for every u inside, and is answered by table lookup. Only buckets straddling a jump of the
  // CDF (at most K − 1 of them) are marked −1 and searched, so the result is exactly the inverse-CDF outcome.
  const tableBits = Math.min(16, Math.max(12, Math.ceil(Math.log2(size)) + 8));
  const tableSize = 2 ** tableBits;
  const table = new Int32Array(tableSize);
  for (let b = 0; b < tableSize; b++) {
    const first = outcomeOf(b / tableSize);
    const last = outcomeOf((b + 1) / tableSize - 2 ** -32);
    table[b] = first === last ? first : -1;
  }

  const counts = new Float64Array(size);
  const uniforms = new Float64Array(BLOCK);
  const fill = createRngFill(seed);
  let checkpointIndex = 0;
  let drawn = 0;
  while (drawn < n) {
    const blockSize = Math.min(BLOCK, n - drawn);
    const block = blockSize === BLOCK ? uniforms : uniforms.subarray(0, blockSize);
    fill(block);
    let j = 0;
    while (j < blockSize) {
      // Segments end at checkpoints, so the hot loop has no per-draw checkpoint test.
      const checkpoint = checkpoints[checkpointIndex] ?? Infinity;
      const end = Math.min(blockSize, checkpoint - drawn);
      for (; j < end; j++) {
        const u = block[j] ?? 0;
        let k = table[(u * tableSize) | 0] ?? -1;
        if (k < 0) k = outcomeOf(u);
        counts[k] = (counts[k] ?? 0) + 1;
      }
      if (drawn + j === checkpoint) {
        onCheckpoint(counts, checkpoint);
        checkpointIndex++;
      }
    }
    drawn += blockSize;
  }
  return counts;
}

/** Counts of n draws from p with the given seed (see the sampling contract above); counts sum to n and are 0 where p is 0. */
export function sampleCounts(p: readonly number[], n: number, seed: number): number[] {
  checkProbabilities(p);
  checkSampleSize(n);
  return Array.from(draw(p, n, seed, [], () => undefined));
}

/**
 * Draws n outcomes from p in one pass and returns their counts, their NLL under q (exact from the counts) and the
 * running NLL at up to maxPoints log-spaced sample sizes ending at n (see logSpacedIndices); NLLs are +Infinity once
 * an outcome with q_k = 0 is drawn. The counts equal sampleCounts(p, n, seed).
 */
export function drawSample(
  p: readonly number[],
  q: readonly number[],
  n: number,
  seed: number,
  maxPoints = 1000,
): Sample {
  checkProbabilities(p);
  checkModel(p, q);
  const indices = logSpacedIndices(n, maxPoints);
  const negLogQ = Float64Array.from(q, (qk) => -Math.log(qk));
  const traceNll: number[] = [];
  const counts = draw(p, n, seed, indices, (c, i) => {
    traceNll.push(nllOfCounts(c, negLogQ, i));
  });
  return {
    counts: Array.from(counts),
    nll: nllOfCounts(counts, negLogQ, n),
    trace: { i: indices, nll: traceNll },
  };
}

/**
 * The standard deviation of −ln q(X) for X ~ p, sqrt(Σ p_k (ln q_k)² − H(p, q)²), in nats: 0 when q is constant on
 * p's support, +Infinity when some q_k = 0 < p_k.
 */
export function nllStandardDeviation(p: readonly number[], q: readonly number[]): number {
  checkProbabilities(p);
  checkModel(p, q);
  const mean = crossEntropy(p, q);
  if (mean === Infinity) return Infinity;
  // Σ p_k (−ln q_k − H)² equals the textbook formula but cannot cancel catastrophically or go negative.
  let variance = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] ?? 0;
    if (pk === 0) continue;
    const deviation = -Math.log(q[k] ?? 0) - mean;
    variance += pk * deviation * deviation;
  }
  return Math.sqrt(variance);
}

export interface Band {
  /** H(p, q), the NLL the running average converges to. */
  center: number;
  /** center − 2·sd/√i. */
  lower: number;
  /** center + 2·sd/√i. */
  upper: number;
}

/**
 * H(p, q) ± 2·sd/√i, the approximate 95% band (central limit theorem) of the running NLL after i draws (i > 0);
 * all three are +Infinity when some q_k = 0 < p_k.
 */
export function standardErrorBand(p: readonly number[], q: readonly number[], i: number): Band {
  if (!(i > 0) || !Number.isFinite(i)) {
    throw new RangeError(`The sample size must be a positive number, got ${String(i)}.`);
  }
  const sd = nllStandardDeviation(p, q);
  const center = crossEntropy(p, q);
  if (center === Infinity) return { center, lower: Infinity, upper: Infinity };
  const halfWidth = (2 * sd) / Math.sqrt(i);
  return { center, lower: center - halfWidth, upper: center + halfWidth };
}
