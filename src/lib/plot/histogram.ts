/** Histograms of a sample, scaled as densities so they can be drawn under the densities they estimate. */

export interface Histogram {
  /** bins + 1 ascending bin edges from lo to hi. */
  edges: number[];
  /** density[b] = (draws in [edges[b], edges[b+1])) / (n · bin width); integrates to the share inside [lo, hi]. */
  density: number[];
  /** How many draws fall outside [lo, hi] and are not counted in any bin. */
  outside: number;
}

/**
 * The density histogram of xs over [lo, hi] with `bins` equal bins (the last one also takes x = hi; a draw on an
 * inner edge goes to the bin that (x − lo)·bins/(hi − lo) rounds down to); all densities 0 for an empty sample. Throws RangeError unless lo < hi and bins is a whole number ≥ 1.
 */
export function densityHistogram(xs: ArrayLike<number>, lo: number, hi: number, bins: number): Histogram {
  if (!(lo < hi) || !Number.isFinite(lo) || !Number.isFinite(hi)) throw new RangeError(`Need lo < hi, got [${lo}, ${hi}].`);
  if (!Number.isSafeInteger(bins) || bins < 1) throw new RangeError(`bins must be a whole number ≥ 1, got ${String(bins)}.`);
  const counts = new Float64Array(bins);
  const scale = bins / (hi - lo);
  let outside = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (x >= lo && x <= hi) {
      // min() puts x = hi, and any x that rounds onto the top edge, into the last bin.
      counts[Math.min(bins - 1, Math.floor((x - lo) * scale))]! += 1;
    } else {
      outside++;
    }
  }
  const width = (hi - lo) / bins;
  const norm = xs.length === 0 ? 0 : 1 / (xs.length * width);
  return {
    edges: Array.from({ length: bins + 1 }, (_, b) => (b === bins ? hi : lo + b * width)),
    density: Array.from(counts, (c) => c * norm),
    outside,
  };
}

/**
 * A bin count for n draws, ⌈3·n^(1/3)⌉ (the Rice rule's growth, 1.5 times as fine, since the plotted range is wider
 * than the data's), kept within [min, max] (defaults 10 and 80) so bars stay readable.
 */
export function binCount(n: number, min = 10, max = 80): number {
  return Math.min(max, Math.max(min, Math.ceil(3 * Math.cbrt(n))));
}
