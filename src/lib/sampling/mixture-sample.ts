/**
 * Seeded samples from a Gaussian mixture, bit-identical on every machine.
 *
 * Sampling contract (so a sample can be regenerated independently). Let u₁, u₂, … be the uniforms of
 * createRng(seed) (k/2³² for the PCG32 outputs k). Draws are made in pairs (x_{2j}, x_{2j+1}), j = 0, 1, …:
 * 1. the next uniform u picks the component of x_{2j}, then the next one that of x_{2j+1}: component
 *    c = #{ i < K − 1 : u·W ≥ C_i }, where C_i = w_0 + … + w_i summed left to right and W = C_{K−1}
 *    (the inverse CDF of the weights; the last component takes any rounding at the top);
 * 2. Marsaglia's polar method: the next two uniforms a, b give A = 2a − 1, B = 2b − 1, s = A·A + B·B,
 *    repeated with the next two until 0 < s < 1; then f = √(−2·ln(s)/s), ln by deterministicLog;
 * 3. x_{2j} = mu_c + sigma_c·(A·f) and x_{2j+1} = mu_c′ + sigma_c′·(B·f).
 * sample(n) is the first n draws of this one infinite sequence (for odd n the last pair's second draw is
 * not returned): a larger n extends the sample, it never redraws it. MixtureStream relies on that to
 * draw only what it has not drawn yet.
 *
 * Every step uses only +, −, ×, ÷ and √, which IEEE 754 rounds correctly and every engine computes the
 * same (Math.sqrt compiles to the hardware square root); Math.log, which ECMAScript leaves
 * implementation-approximated, is replaced by deterministicLog. The uniforms' 2⁻³² grid bounds the
 * normals to |A·f| < 9.4 (s ≥ 2⁻⁶²), a tail mass below 10⁻²⁰.
 */
import { deterministicLog } from '../numeric/deterministic-log';
import { createRngFill } from './random';
import type { Mixture } from '../mixture/mixture';

/** Uniforms generated per refill; large enough to amortize the call, small enough to stay in cache. */
const BLOCK = 4096;

function checkMixture(p: Mixture): void {
  if (p.length < 1 || p.length > 4) throw new RangeError(`The mixture needs 1 to 4 components, got ${p.length}.`);
  for (const c of p) {
    if (!(c.weight > 0) || !Number.isFinite(c.weight) || !Number.isFinite(c.mu) || !(c.sigma > 0) || !Number.isFinite(c.sigma)) {
      throw new RangeError('Every component needs a positive weight, a finite mean and a positive standard deviation.');
    }
  }
}

/** Moves the unread uniforms uniforms[pos..] to the front, fills the rest with the next ones, and returns the new read position 0. */
function refill(uniforms: Float64Array, pos: number, fill: (out: Float64Array) => void): number {
  uniforms.copyWithin(0, pos);
  fill(uniforms.subarray(uniforms.length - pos));
  return 0;
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`The sample size must be a whole number, got ${String(n)}.`);
}

/**
 * The draws of one mixture and seed as a growing sample: take(n) returns the first n draws of the sampling contract,
 * drawing only those beyond what earlier calls drew (so sliding n up costs only the new draws). Throws RangeError for
 * a bad mixture (1 to 4 components, positive weights used relative to their sum), seed or n.
 */
export class MixtureStream {
  readonly #fill: (out: Float64Array) => void;
  readonly #uniforms = new Float64Array(BLOCK);
  #pos = BLOCK;
  readonly #mu = new Float64Array(4);
  readonly #sigma = new Float64Array(4);
  readonly #total: number;
  /** C_0, C_1, C_2 padded with +∞, so counting u·W ≥ C_i over three entries needs no branch. */
  readonly #cumulative: [number, number, number] = [Infinity, Infinity, Infinity];
  #draws = new Float64Array(0);
  /** Draws made so far: always even (whole pairs). */
  #count = 0;

  /**
   * `storage` may hand over the buffer of a stream that is no longer used, so that a new seed does not allocate (and
   * later collect) megabytes again; its contents are overwritten, and the old stream must not be used afterwards.
   */
  constructor(p: Mixture, seed: number, storage?: MixtureStream) {
    checkMixture(p);
    if (storage) this.#draws = storage.#draws;
    this.#fill = createRngFill(seed);
    let total = 0;
    p.forEach((c, i) => {
      total += c.weight;
      if (i < p.length - 1) this.#cumulative[i] = total;
      this.#mu[i] = c.mu;
      this.#sigma[i] = c.sigma;
    });
    this.#total = total;
  }

  /** The first n draws, as a view that stays valid until a later take asks for more than have been drawn. */
  take(n: number): Float64Array {
    checkCount(n);
    if (n > this.#count) this.#extend(n + (n % 2));
    return this.#draws.subarray(0, n);
  }

  /** Draws pairs until `count` (even) draws exist. */
  #extend(count: number): void {
    if (count > this.#draws.length) {
      const grown = new Float64Array(Math.max(count, 2 * this.#draws.length));
      grown.set(this.#draws.subarray(0, this.#count));
      this.#draws = grown;
    }
    const out = this.#draws;
    const uniforms = this.#uniforms;
    const fill = this.#fill;
    const mu = this.#mu;
    const sigma = this.#sigma;
    const total = this.#total;
    const [c0, c1, c2] = this.#cumulative;
    let pos = this.#pos;
    for (let j = this.#count; j < count; j += 2) {
      // A pair needs at least four uniforms; refilling early keeps the block's unread tail, so the sequence is unchanged.
      if (pos > BLOCK - 4) pos = refill(uniforms, pos, fill);
      const t0 = uniforms[pos]! * total;
      const t1 = uniforms[pos + 1]! * total;
      const k0 = +(t0 >= c0) + +(t0 >= c1) + +(t0 >= c2);
      const k1 = +(t1 >= c0) + +(t1 >= c1) + +(t1 >= c2);
      let a = 2 * uniforms[pos + 2]! - 1;
      let b = 2 * uniforms[pos + 3]! - 1;
      pos += 4;
      let s = a * a + b * b;
      while (!(s < 1 && s > 0)) {
        if (pos > BLOCK - 2) pos = refill(uniforms, pos, fill);
        a = 2 * uniforms[pos]! - 1;
        b = 2 * uniforms[pos + 1]! - 1;
        pos += 2;
        s = a * a + b * b;
      }
      const f = Math.sqrt((-2 * deterministicLog(s)) / s);
      out[j] = mu[k0]! + sigma[k0]! * (a * f);
      out[j + 1] = mu[k1]! + sigma[k1]! * (b * f);
    }
    this.#pos = pos;
    this.#count = count;
  }
}

/**
 * n draws from the mixture p (1 to 4 components, positive weights, used relative to their sum) by the sampling
 * contract above, for any integer seed; throws RangeError for a bad mixture, seed or an n that is not a whole number ≥ 0.
 */
export function sampleMixture(p: Mixture, n: number, seed: number): Float64Array {
  checkCount(n);
  return new MixtureStream(p, seed).take(n);
}
