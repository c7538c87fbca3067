/**
 * The mle-gaussian widget's inputs as a reader or a link gives them: the kl-fits target (mixture/params.ts),
 * the sample size n (a whole number from 2 to 1,000,000) and the seed (any safe integer).
 */
import { parsePlainNumber, type Parsed } from '../input/parse';
import { DEFAULT_COMPONENTS, readMixtureQuery, type RawComponent } from '../mixture/params';
import { parseSeed } from '../sampling/mle-draw';

export const MIN_SAMPLE_SIZE = 2;
export const MAX_SAMPLE_SIZE = 1_000_000;

/** The state a link restores. */
export interface MleGaussianState {
  components: RawComponent[];
  n: number;
  seed: number;
}

/** The widget's opening state: the kl-fits default target, 1,000 draws, seed 42. */
export const DEFAULT_STATE: Readonly<MleGaussianState> = {
  components: DEFAULT_COMPONENTS.map((c) => ({ ...c })),
  n: 1000,
  seed: 42,
};

/** A sample size: a whole number from 2 to 1,000,000 in plain or exponent notation ("1e6"); otherwise a message. */
export function parseMleSampleSize(text: string): Parsed<number> {
  const n = parsePlainNumber(text);
  if (n === null || !Number.isInteger(n) || n < MIN_SAMPLE_SIZE || n > MAX_SAMPLE_SIZE) {
    return { ok: false, message: `The sample size n must be a whole number from 2 to 1,000,000; got “${text.trim()}”.` };
  }
  return { ok: true, value: n };
}

export { parseSeed };

/**
 * The state a query string describes, starting from `base` for whatever it leaves out: null when it names none of
 * the widget's parameters; a message (and nothing applied) when any value is bad.
 */
export function readMleGaussianQuery(params: URLSearchParams, base: MleGaussianState = DEFAULT_STATE): Parsed<MleGaussianState> | null {
  const mixture = readMixtureQuery(params);
  const nText = params.get('n');
  const seedText = params.get('seed');
  if (mixture === null && nText === null && seedText === null) return null;
  if (mixture && !mixture.ok) return mixture;
  const n = nText === null ? null : parseMleSampleSize(nText);
  if (n && !n.ok) return n;
  const seed = seedText === null ? null : parseSeed(seedText);
  if (seed && !seed.ok) return seed;
  return {
    ok: true,
    value: {
      components: mixture ? mixture.value : base.components.map((c) => ({ ...c })),
      n: n ? n.value : base.n,
      seed: seed ? seed.value : base.seed,
    },
  };
}
