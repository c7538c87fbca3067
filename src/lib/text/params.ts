/** Reading the text model's inputs (order, k, seed, the reader's texts) from fields or a query string. */
import { parsePlainNumber, type Parsed } from '../input/parse';
import { codePointLength } from './code-points';
import { MAX_ORDER } from './ngram';

/** The largest add-k constant accepted. */
export const MAX_K = 10;
/** The longest text accepted, in code points. */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Reader texts are put in the link only while `train` and `test` together URL-encode to at most this many characters. */
export const MAX_SHARED_TEXT_LENGTH = 2000;

/** An order n: a whole number from 1 to 8. */
export function parseOrder(text: string): Parsed<number> {
  const value = parsePlainNumber(text);
  if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_ORDER) {
    return { ok: false, message: `The order n must be a whole number from 1 to ${MAX_ORDER}.` };
  }
  return { ok: true, value };
}

/** An add-k constant: a number in [0, 10] (0 is the plain maximum-likelihood estimate). */
export function parseK(text: string): Parsed<number> {
  const value = parsePlainNumber(text);
  if (value === null || value < 0 || value > MAX_K) {
    return { ok: false, message: `k must be a number from 0 to ${MAX_K}.` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A sampling seed: a whole number (negative allowed) of at most 2^53 − 1 in size. */
export function parseSeed(text: string): Parsed<number> {
  const value = parsePlainNumber(text);
  if (value === null || !Number.isSafeInteger(value)) return { ok: false, message: 'The seed must be a whole number.' };
  return { ok: true, value };
}

/** A training or test text of 1 to 1,000,000 code points; `label` ("The training text") starts the message. */
export function parseText(text: string, label: string): Parsed<string> {
  if (text.length === 0) return { ok: false, message: `${label} is empty.` };
  const length = codePointLength(text);
  if (length > MAX_TEXT_LENGTH) {
    return { ok: false, message: `${label} has ${length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-US')}.` };
  }
  return { ok: true, value: text };
}

/** True when the reader's texts are short enough to share in a link (URL-encoded length of both at most MAX_SHARED_TEXT_LENGTH). */
export function textsFitInLink(train: string | null, test: string | null): boolean {
  const encoded = (s: string | null) => (s === null ? 0 : encodeURIComponent(s).length);
  return encoded(train) + encoded(test) <= MAX_SHARED_TEXT_LENGTH;
}

export interface TextModelState {
  order: number;
  k: number;
  seed: number;
  /** The reader's texts; null means the built-in one. */
  train: string | null;
  test: string | null;
}

/** A whole state from query values (null = absent, keeps `fallback`): every present value valid, or the first problem. */
export function parseTextModelQuery(
  query: { order?: string | null; k?: string | null; seed?: string | null; train?: string | null; test?: string | null },
  fallback: TextModelState,
): Parsed<TextModelState> {
  const order = query.order == null ? { ok: true as const, value: fallback.order } : parseOrder(query.order);
  if (!order.ok) return order;
  const k = query.k == null ? { ok: true as const, value: fallback.k } : parseK(query.k);
  if (!k.ok) return k;
  const seed = query.seed == null ? { ok: true as const, value: fallback.seed } : parseSeed(query.seed);
  if (!seed.ok) return seed;
  const train = query.train == null ? { ok: true as const, value: fallback.train } : parseText(query.train, 'The training text');
  if (!train.ok) return train;
  const test = query.test == null ? { ok: true as const, value: fallback.test } : parseText(query.test, 'The test text');
  if (!test.ok) return test;
  return { ok: true, value: { order: order.value, k: k.value, seed: seed.value, train: train.value, test: test.value } };
}
