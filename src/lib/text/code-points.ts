/**
 * Text as a sequence of Unicode code points, the model's tokens: an emoji outside the Basic
 * Multilingual Plane is one token although it is two UTF-16 code units, and a combining mark is a
 * token of its own (no normalization, no grapheme clustering). A lone surrogate counts as one code point.
 */

/** The code points of `text` in order ([] for ""). */
export function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; n++) {
    const cp = text.codePointAt(i) ?? 0;
    out[n] = cp;
    i += cp > 0xffff ? 2 : 1;
  }
  return out.slice(0, n);
}

/** The number of code points in `text` (0 for ""). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; n++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return n;
}

/** The distinct code points of the given sequences, sorted ascending (the vocabulary V; empty for no code points). */
export function vocabularyOf(...sequences: readonly Int32Array[]): Int32Array {
  const seen = new Set<number>();
  for (const seq of sequences) for (const cp of seq) seen.add(cp);
  return Int32Array.from(seen).sort();
}

/** Each code point replaced by its index in the sorted `vocabulary`; throws RangeError for a code point not in it. */
export function toSymbols(sequence: Int32Array, vocabulary: Int32Array): Int32Array {
  const index = new Map<number, number>();
  vocabulary.forEach((cp, i) => index.set(cp, i));
  return sequence.map((cp) => {
    const i = index.get(cp);
    if (i === undefined) throw new RangeError(`U+${cp.toString(16).toUpperCase()} is not in the vocabulary.`);
    return i;
  });
}

/** The string spelled by a sequence of code points ("" for none). */
export function fromCodePoints(sequence: ArrayLike<number>): string {
  let out = '';
  // In chunks: String.fromCodePoint(...all) would overflow the argument stack for long texts.
  for (let i = 0; i < sequence.length; i += 4096) {
    out += String.fromCodePoint(...Array.prototype.slice.call(sequence, i, i + 4096));
  }
  return out;
}
