/**
 * The kl-fits target as a reader or a link gives it: 2–4 components with raw weights in [0.01, 0.99],
 * means in [−10, 10] and standard deviations in [0.1, 5]; parsed, checked and normalized here.
 */
import { parsePlainNumber, type Parsed } from '../input/parse';
import { normalizeMixture, type Mixture } from './mixture';

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
  return normalizeMixture(components.map((c) => ({ weight: c.w, mu: c.mu, sigma: c.sigma })));
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

/** Weights kept to 12 decimals so 1 − 0.3 shows as 0.7. */
const tidy = (x: number) => Math.round(x * 1e12) / 1e12;

/**
 * The components with one parameter set to an already checked value. With two components the weights
 * are w and 1 − w, so setting one weight sets the other.
 */
export function withParam(components: readonly RawComponent[], kind: ParamKind, index: number, value: number): RawComponent[] {
  const next = components.map((c) => ({ ...c }));
  next[index]![kind] = value;
  if (kind === 'w' && next.length === 2) next[1 - index]!.w = tidy(1 - value);
  return next;
}

/** The components with one more, placed 2 to the right of the rightmost mean (capped at 10); an error at the maximum. */
export function withComponentAdded(components: readonly RawComponent[]): Parsed<RawComponent[]> {
  if (components.length >= MAX_COMPONENTS) return { ok: false, message: `At most ${MAX_COMPONENTS} components.` };
  const spot = Math.max(...components.map((c) => c.mu)) + 2;
  return { ok: true, value: [...components.map((c) => ({ ...c })), { w: 0.3, mu: Math.min(PARAM_RANGES.mu.max, tidy(spot)), sigma: 0.6 }] };
}

/**
 * The components without the last one; an error at the minimum. Back at two, the weights are
 * renormalized to w1 and 1 − w1 with w1 kept inside the supported range.
 */
export function withLastComponentRemoved(components: readonly RawComponent[]): Parsed<RawComponent[]> {
  if (components.length <= MIN_COMPONENTS) return { ok: false, message: `The target needs at least ${MIN_COMPONENTS} components.` };
  const kept = components.slice(0, -1).map((c) => ({ ...c }));
  if (kept.length === 2) {
    const { min, max } = PARAM_RANGES.w;
    const w1 = Math.min(max, Math.max(min, tidy(kept[0]!.w / (kept[0]!.w + kept[1]!.w))));
    kept[0]!.w = w1;
    kept[1]!.w = tidy(1 - w1);
  }
  return { ok: true, value: kept };
}

const SYMBOLS: Record<ParamKind, string> = { w: 'w', mu: 'μ', sigma: 'σ' };
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A parameter's live label, "σ₁ = 0.60" (weights and standard deviations to 2 decimals, means to 1 or 2). */
export function paramLabel(kind: ParamKind, index: number, value: number): string {
  const digits = kind === 'mu' && Number.isInteger(value * 10) ? 1 : 2;
  const shown = value.toFixed(digits).replace('-', '−');
  return `${SYMBOLS[kind]}${SUBSCRIPTS[index + 1] ?? index + 1} = ${shown}`;
}
