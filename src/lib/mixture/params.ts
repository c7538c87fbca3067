/**
 * The kl-fits target as a reader or a link gives it: 2–4 components with raw weights in [0.01, 0.99],
 * means in [−10, 10] and standard deviations in [0.1, 5]; parsed, checked and normalized here.
 */
import { parsePlainNumber, type Parsed } from '../input/parse';
import type { Mixture } from './mixture';

export const MIN_COMPONENTS = 2;
export const MAX_COMPONENTS = 4;
export const PARAM_RANGES = {
  w: { min: 0.01, max: 0.99, label: 'weight' },
  mu: { min: -10, max: 10, label: 'mean' },
  sigma: { min: 0.1, max: 5, label: 'standard deviation' },
} as const;
export type ParamKind = keyof typeof PARAM_RANGES;

/** A component as entered: the raw weight, before the weights are normalized. */
export interface RawComponent {
  w: number;
  mu: number;
  sigma: number;
}

/** The standard two-mode target the widget opens with. */
export const DEFAULT_COMPONENTS: readonly RawComponent[] = [
  { w: 0.5, mu: -2, sigma: 0.6 },
  { w: 0.5, mu: 2, sigma: 0.6 },
];

/** The value if it is a plain number inside the parameter's supported range, else a message naming it. */
export function checkParam(kind: ParamKind, index: number, text: string): Parsed<number> {
  const { min, max, label } = PARAM_RANGES[kind];
  const value = parsePlainNumber(text);
  const name = `${kind}${index + 1}`;
  if (value === null) return { ok: false, message: `${name} (the ${label} of component ${index + 1}): “${text.trim()}” is not a number.` };
  if (value < min || value > max) {
    return { ok: false, message: `${name} (the ${label} of component ${index + 1}) must be between ${min} and ${max}; got ${value}.` };
  }
  return { ok: true, value };
}

/** The mixture the components describe: weights divided by their sum (with two components summing to 1 this changes nothing). */
export function toMixture(components: readonly RawComponent[]): Mixture {
  const total = components.reduce((s, c) => s + c.w, 0);
  return components.map((c) => ({ weight: c.w / total, mu: c.mu, sigma: c.sigma }));
}

const KEY = /^(w|mu|sigma)(\d+)$/;

/**
 * Components from a query string: null when it names none; an error for a partial component, a fifth one,
 * fewer than two, or a value out of range. With exactly two components w2 may be left out (it is 1 − w1).
 */
export function readMixtureQuery(params: URLSearchParams): Parsed<RawComponent[]> | null {
  const indices = new Set<number>();
  for (const key of params.keys()) {
    const match = KEY.exec(key);
    if (match) indices.add(Number(match[2]));
  }
  if (indices.size === 0) return null;
  const count = Math.max(...indices);
  if (count > MAX_COMPONENTS || indices.has(0)) {
    return { ok: false, message: `At most ${MAX_COMPONENTS} components, numbered 1 to ${MAX_COMPONENTS}.` };
  }
  if (count < MIN_COMPONENTS) return { ok: false, message: 'The target needs at least two components.' };
  const components: RawComponent[] = [];
  for (let i = 0; i < count; i++) {
    const text = (kind: ParamKind) => params.get(`${kind}${i + 1}`);
    const w2Implied = count === 2 && i === 1 && text('w') === null;
    const missing = (['w', 'mu', 'sigma'] as const).filter((kind) => text(kind) === null && !(kind === 'w' && w2Implied));
    if (missing.length > 0) {
      return { ok: false, message: `Component ${i + 1} is incomplete: it needs ${missing.map((k) => `${k}${i + 1}`).join(' and ')}.` };
    }
    const values: Partial<RawComponent> = {};
    for (const kind of ['w', 'mu', 'sigma'] as const) {
      if (kind === 'w' && w2Implied) continue;
      const checked = checkParam(kind, i, text(kind) ?? '');
      if (!checked.ok) return checked;
      values[kind] = checked.value;
    }
    const w = w2Implied ? 1 - (components[0]?.w ?? 0) : values.w!;
    components.push({ w, mu: values.mu!, sigma: values.sigma! });
  }
  return { ok: true, value: components };
}

/** The query parameters that restore these components (w2 left out with two components, as the contract allows). */
export function mixtureQuery(components: readonly RawComponent[]): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (let i = 0; i < MAX_COMPONENTS; i++) {
    const c = components[i];
    const omitWeight = components.length === 2 && i === 1;
    query[`w${i + 1}`] = c && !omitWeight ? String(c.w) : undefined;
    query[`mu${i + 1}`] = c ? String(c.mu) : undefined;
    query[`sigma${i + 1}`] = c ? String(c.sigma) : undefined;
  }
  return query;
}
