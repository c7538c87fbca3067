/**
 * The elbo widget's state as a reader or a link gives it: the kl-fits model (same names, ranges and rules),
 * the observed x in [−15, 15], and the encoder q(z | x), one probability per component.
 */
import { parseDistribution } from '../discrete/distribution';
import { parsePlainNumber, type Parsed } from '../input/parse';
import { DEFAULT_COMPONENTS, mixtureQuery, readMixtureQuery, type RawComponent } from '../mixture/params';

export const X_RANGE = { min: -15, max: 15 } as const;
/** Between the two default modes, nearer the right one: a posterior of about (0.1, 0.9), far from the prior. */
export const DEFAULT_X = 0.2;
/**
 * A q whose sum is within this of 1 is used as given (a posterior copied into q keeps its exact values, so
 * the gap is exactly 0); further off, it is divided by its sum so that log p(x) = ELBO + gap holds exactly.
 */
export const ENCODER_SUM_ROUNDING = 1e-14;

export interface ElboState {
  components: RawComponent[];
  x: number;
  q: number[];
}

/** The encoder that copies the prior: q = (1/k, …, 1/k) for k components. */
export function uniformEncoder(k: number): number[] {
  return Array.from({ length: k }, () => 1 / k);
}

/** The state the widget opens with: the kl-fits default model, x = 0.2, q uniform. */
export function defaultElboState(): ElboState {
  const components = DEFAULT_COMPONENTS.map((c) => ({ ...c }));
  return { components, x: DEFAULT_X, q: uniformEncoder(components.length) };
}

/** x from text: a plain number in [−15, 15], or a message saying what is wrong. */
export function parseObservation(text: string): Parsed<number> {
  const value = parsePlainNumber(text);
  if (value === null) return { ok: false, message: `x (the observed point): “${text.trim()}” is not a number.` };
  if (value < X_RANGE.min || value > X_RANGE.max) {
    return { ok: false, message: `x (the observed point) must be between ${X_RANGE.min} and ${X_RANGE.max}; got ${value}.` };
  }
  return { ok: true, value };
}

/** The encoder and whether it had to be normalized beyond rounding (the reader is told, as in kl-calculator). */
export interface ParsedEncoder {
  values: number[];
  normalized: boolean;
}

/**
 * q(z | x) from comma-separated text: k non-negative numbers with a positive sum. A sum further than 1e-9
 * from 1 is normalized with `normalized` set (kl-calculator's rule); a sum off by less, but by more than
 * rounding (1e-14), is rescaled silently so the identity log p(x) = ELBO + gap stays exact.
 */
export function parseEncoder(text: string, k: number): Parsed<ParsedEncoder> {
  const parsed = parseDistribution(text, 'q(z | x)');
  if (!parsed.ok) return parsed;
  const { values, normalized, sum } = parsed.value;
  if (values.length !== k) {
    return {
      ok: false,
      message: `q(z | x) needs one probability per component: ${k} numbers, but it has ${values.length}.`,
    };
  }
  const rescale = !normalized && Math.abs(sum - 1) > ENCODER_SUM_ROUNDING;
  return { ok: true, value: { values: rescale ? values.map((v) => v / sum) : values, normalized } };
}

/** A non-empty query string's state: every value valid, or one message and nothing applied; null when it names nothing. */
export function readElboQuery(params: URLSearchParams): Parsed<ElboState & { normalized: boolean }> | null {
  const model = readMixtureQuery(params);
  const xText = params.get('x');
  const qText = params.get('q');
  if (model === null && xText === null && qText === null) return null;
  const fail = (message: string) => ({ ok: false as const, message: `The link’s values were not applied: ${message}` });
  if (model && !model.ok) return fail(model.message);
  const components = model ? model.value : DEFAULT_COMPONENTS.map((c) => ({ ...c }));
  let x = DEFAULT_X;
  if (xText !== null) {
    const parsed = parseObservation(xText);
    if (!parsed.ok) return fail(parsed.message);
    x = parsed.value;
  }
  let q = uniformEncoder(components.length);
  let normalized = false;
  if (qText !== null) {
    const parsed = parseEncoder(qText, components.length);
    if (!parsed.ok) return fail(parsed.message);
    ({ values: q, normalized } = parsed.value);
  }
  return { ok: true, value: { components, x, q, normalized } };
}

/** The query parameters that restore the state: the model as kl-fits writes it, then x and q at full precision. */
export function elboQuery(state: ElboState): Record<string, string | undefined> {
  return { ...mixtureQuery(state.components), x: String(state.x), q: state.q.map(String).join(',') };
}

/**
 * q with entry j set to `value` (clamped to [0, 1]) and the other entries rescaled in proportion so the sum
 * stays 1; when the others are all 0 they share the remainder equally. The rescaled entries are rounded to
 * 15 significant digits (0.2, not 0.19999999999999996), which keeps the sum within 1e-14 of 1.
 */
export function setEncoderEntry(q: readonly number[], j: number, value: number): number[] {
  const v = Math.min(1, Math.max(0, value));
  let rest = 0;
  for (let i = 0; i < q.length; i++) if (i !== j) rest += q[i]!;
  const share = 1 - v;
  return q.map((qi, i) => {
    if (i === j) return v;
    return Number((rest > 0 ? (qi * share) / rest : share / (q.length - 1)).toPrecision(15));
  });
}
