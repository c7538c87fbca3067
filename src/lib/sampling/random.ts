/**
 * Seeded pseudo-random numbers: PCG32 (PCG-XSH-RR 64/32), M. E. O'Neill,
 * "PCG: A Family of Simple Fast Space-Efficient Statistically Good Algorithms
 * for Random Number Generation" (2014), https://www.pcg-random.org/.
 *
 * The step and seeding follow the reference C code `pcg32_random_r` /
 * `pcg32_srandom_r` (pcg-c-basic) exactly, so `createUint32Rng(42)` yields the
 * published pcg32-demo sequence for (initstate 42, initseq 54):
 * 0xa15c02b7 0x7b47f409 0xba1d3330 0x83d2f293 0xbfa4784b 0xcbed606e
 * (github.com/imneme/pcg-c, test-high/expected/check-pcg32.out, "Round 1").
 *
 * The 64-bit state is kept as two 32-bit halves rather than a BigInt: BigInt
 * arithmetic allocates on every step and is far too slow for a million draws,
 * while 32-bit integer arithmetic is exact and identical in every engine.
 * Outputs are produced in blocks by a tight loop over local variables, because
 * V8 boxes 32-bit values held in closure variables (its small integers are
 * 31-bit), which made a step-per-call generator about six times slower.
 * Blocking is invisible to callers: the sequence is the same either way, and
 * createRngFill hands whole blocks to bulk consumers such as the sampler.
 */

/** The PCG stream selector (initseq); 54 is the reference demo's, so seed 42 reproduces its published output. */
export const PCG32_STREAM = 54;

// 6364136223846793005 = 0x5851F42D_4C957F2D, the 64-bit LCG multiplier of the reference code.
const MULT_HI = 0x5851f42d;
const MULT_LO = 0x4c957f2d;
// inc = (initseq << 1) | 1 = 109; its high half is 0.
const INC_LO = (PCG32_STREAM << 1) | 1;
const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;
const BLOCK = 1024;

/**
 * Maps any integer seed to its 64-bit initstate: the seed modulo 2^64 (two's complement), so -1 → 2^64 − 1,
 * 2^64 + 4096 → 4096 and huge doubles such as 1e300 (multiples of 2^64) → 0; throws RangeError for non-integers.
 */
export function seedToState(seed: number): { hi: number; lo: number } {
  if (!Number.isInteger(seed)) {
    throw new RangeError(`The seed must be an integer, got ${String(seed)}.`);
  }
  // BigInt runs once per generator, where exactness for seeds beyond 2^53 matters more than speed.
  const s = BigInt.asUintN(64, BigInt(seed));
  return { hi: Number(s >> 32n), lo: Number(s & 0xffffffffn) };
}

/**
 * Advances the generator `state` ([hi, lo] as int32) out.length times, writing output·scale to `out`
 * (one pcg32_random_r step per element).
 */
function fill(state: Int32Array, out: Float64Array, scale: number): void {
  let hi = state[0] ?? 0;
  let lo = state[1] ?? 0;
  const b0 = MULT_LO & 0xffff;
  const b1 = MULT_LO >>> 16;
  for (let i = 0; i < out.length; i++) {
    const oldHi = hi;
    const oldLo = lo;

    // state = old·MULT + INC (mod 2^64). The low-by-low product needs all 64 bits, so it is split into
    // 16-bit limbs whose partial products stay below 2^32 and are therefore exact in doubles.
    const a0 = oldLo & 0xffff;
    const a1 = oldLo >>> 16;
    const p00 = a0 * b0;
    const p01 = a0 * b1;
    const p10 = a1 * b0;
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    const prodLo = ((mid << 16) | (p00 & 0xffff)) >>> 0;
    const prodHi =
      a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) +
      Math.imul(oldLo, MULT_HI) + Math.imul(oldHi, MULT_LO);
    const sumLo = prodLo + INC_LO;
    lo = sumLo | 0;
    hi = (prodHi + (sumLo >= TWO_POW_32 ? 1 : 0)) | 0;

    // XSH-RR of the pre-step state: xorshifted = ((old >> 18) ^ old) >> 27 (low 32 bits), rotated by old >> 59.
    const xHi = oldHi ^ (oldHi >>> 18);
    const xLo = oldLo ^ ((oldLo >>> 18) | (oldHi << 14));
    const xorshifted = (xLo >>> 27) | (xHi << 5);
    const rot = oldHi >>> 27;
    out[i] = (((xorshifted >>> rot) | (xorshifted << ((32 - rot) & 31))) >>> 0) * scale;
  }
  state[0] = hi;
  state[1] = lo;
}

/** Seeds a fresh [hi, lo] state exactly as pcg32_srandom_r(initstate = seed mod 2^64, initseq = 54). */
function seededState(seed: number): Int32Array {
  const init = seedToState(seed);
  const state = new Int32Array(2);
  const discard = new Float64Array(1);
  // pcg32_srandom_r: state = 0; step; state += initstate; step.
  fill(state, discard, 1);
  const lo = state[1] ?? 0;
  const sumLo = (lo >>> 0) + init.lo;
  state[1] = sumLo | 0;
  state[0] = ((state[0] ?? 0) + init.hi + (sumLo >= TWO_POW_32 ? 1 : 0)) | 0;
  fill(state, discard, 1);
  return state;
}

/** Returns a function yielding the generator's outputs times `scale`, refilled a block at a time. */
function blockStream(seed: number, scale: number): () => number {
  const state = seededState(seed);
  const block = new Float64Array(BLOCK);
  let index = BLOCK;
  return () => {
    if (index === BLOCK) {
      fill(state, block, scale);
      index = 0;
    }
    return block[index++] ?? 0;
  };
}

/** A PCG32 generator (stream 54) seeded with any integer (see seedToState); each call returns the next raw output, an integer in [0, 2^32). */
export function createUint32Rng(seed: number): () => number {
  return blockStream(seed, 1);
}

/**
 * A seeded uniform generator: each call returns k / 2^32 for the next PCG32 output k, so values lie in [0, 1)
 * (never 1) on a grid of 2^-32 with 32 random bits; the same seed gives the same sequence in every engine.
 */
export function createRng(seed: number): () => number {
  return blockStream(seed, TWO_POW_MINUS_32);
}

/**
 * The bulk form of createRng(seed): each call fills `out` with the next out.length uniforms of the very same
 * sequence (so filling 3 then 5 equals 8 calls of createRng(seed)); for hot loops that cannot afford a call per draw.
 */
export function createRngFill(seed: number): (out: Float64Array) => void {
  const state = seededState(seed);
  return (out) => {
    fill(state, out, TWO_POW_MINUS_32);
  };
}
