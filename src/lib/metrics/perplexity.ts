/**
 * Conversions between an average negative log-likelihood in nats and the units
 * papers report (perplexity, bits, bits per dimension), plus validation of the
 * values a reader types into the converter.
 */

import { parsePlainNumber, type Parsed } from '../input/parse';
import type { ReadoutEntry } from '../format/readout';

/** The largest per-token NLL the converter accepts: exp(700) ≈ 1.0e304 is still finite, exp(710) overflows. */
export const MAX_NLL_NATS = 700;

/** exp(nll): the perplexity of an average per-token NLL in nats (1 at nll = 0; +Infinity beyond ≈ 709.78; NaN for NaN). */
export function perplexity(nllNats: number): number {
  return Math.exp(nllNats);
}

/** nll / ln 2: an NLL in nats expressed in bits (NaN and ±Infinity pass through). */
export function nllBits(nllNats: number): number {
  return nllNats / Math.LN2;
}

/** nll / (dims · ln 2): an image's total NLL in nats as bits per dimension; throws RangeError unless dims is a positive integer. */
export function bitsPerDim(imageNllNats: number, dims: number): number {
  if (!Number.isSafeInteger(dims) || dims < 1) {
    throw new RangeError(`dims must be a positive integer, got ${String(dims)}.`);
  }
  return imageNllNats / (dims * Math.LN2);
}

/** A typed string (plain decimal or exponent notation, as in the rest of the lesson) or a number, as a number or null. */
function toNumber(input: number | string): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  return parsePlainNumber(input);
}

/** Accepts an average per-token NLL: a finite number of nats in [0, 700] (string or number); otherwise a message saying so. */
export function validateNll(input: number | string): Parsed<number> {
  const value = toNumber(input);
  if (value === null || value < 0 || value > MAX_NLL_NATS) {
    return { ok: false, message: `The average NLL must be a number between 0 and ${MAX_NLL_NATS} nats.` };
  }
  return { ok: true, value };
}

/** Accepts an image's total NLL: a finite number of nats, 0 or more (string or number); otherwise a message saying so. */
export function validateImageNll(input: number | string): Parsed<number> {
  const value = toNumber(input);
  if (value === null || value < 0) {
    return { ok: false, message: 'The image NLL must be a finite number of nats, 0 or more.' };
  }
  return { ok: true, value };
}

/** Accepts one image side or channel count, a positive whole number; `label` ("Height", …) starts the error message. */
export function validateDimension(input: number | string, label: string): Parsed<number> {
  const value = toNumber(input);
  if (value === null || !Number.isSafeInteger(value) || value < 1) {
    return { ok: false, message: `${label} must be a positive whole number.` };
  }
  return { ok: true, value };
}

/** Accepts a number of dimensions, a positive whole number (string or number); otherwise a message saying so. */
export function validateDims(input: number | string): Parsed<number> {
  const value = toNumber(input);
  if (value === null || !Number.isSafeInteger(value) || value < 1) {
    return { ok: false, message: 'The number of dimensions must be a positive whole number.' };
  }
  return { ok: true, value };
}

/** dims = height × width × channels after validating each (the first bad one is reported); fails if the product exceeds 2^53 − 1. */
export function validateImageShape(
  height: number | string,
  width: number | string,
  channels: number | string,
): Parsed<number> {
  const h = validateDimension(height, 'Height');
  if (!h.ok) return h;
  const w = validateDimension(width, 'Width');
  if (!w.ok) return w;
  const c = validateDimension(channels, 'Channels');
  if (!c.ok) return c;
  const dims = h.value * w.value * c.value;
  // Beyond 2^53 the product is no longer an exact integer, so bits/dim would divide by a rounded count.
  if (!Number.isSafeInteger(dims)) {
    return { ok: false, message: 'The image is too large: height × width × channels must be at most 9007199254740991.' };
  }
  return { ok: true, value: dims };
}

export interface MetricInputs {
  /** Average NLL per token, nats. */
  nll: number;
  /** NLL of one whole image, nats. */
  imageNll: number;
  /** D = height × width × channels. */
  dims: number;
}

export interface MetricOutputs {
  perplexity: number;
  nllBits: number;
  bitsPerDim: number;
}

/** CIFAR-10-sized default: 3 nats per token, and a 32×32×3 image at 6400 nats (about 3 bits per dimension). */
export const DEFAULT_METRIC_INPUTS: MetricInputs = { nll: 3, imageNll: 6400, dims: 32 * 32 * 3 };

/** Perplexity, bits per token and bits per dimension of valid inputs. */
export function computeMetrics({ nll, imageNll, dims }: MetricInputs): MetricOutputs {
  return { perplexity: perplexity(nll), nllBits: nllBits(nll), bitsPerDim: bitsPerDim(imageNll, dims) };
}

/** Inputs from text (a query string or fields): all valid, or the first problem; missing ones keep `fallback`. */
export function parseMetricInputs(
  text: { nll?: string | null; imageNll?: string | null; dims?: string | null },
  fallback: MetricInputs,
): Parsed<MetricInputs> {
  const nll = text.nll == null ? { ok: true as const, value: fallback.nll } : validateNll(text.nll);
  if (!nll.ok) return nll;
  const imageNll = text.imageNll == null ? { ok: true as const, value: fallback.imageNll } : validateImageNll(text.imageNll);
  if (!imageNll.ok) return imageNll;
  const dims = text.dims == null ? { ok: true as const, value: fallback.dims } : validateDims(text.dims);
  if (!dims.ok) return dims;
  return { ok: true, value: { nll: nll.value, imageNll: imageNll.value, dims: dims.value } };
}

/** The converter's readout: the per-token outputs and the per-dimension output, in display order. */
export function metricsReadout(out: MetricOutputs): { text: ReadoutEntry[]; image: ReadoutEntry[] } {
  return {
    text: [
      { id: 'perplexity', label: 'Perplexity = exp(NLL)', value: out.perplexity, kind: 'number' },
      { id: 'nll-bits', label: 'Bits per token = NLL / ln 2', value: out.nllBits, kind: 'bits' },
    ],
    image: [{ id: 'bits-per-dim', label: 'Bits per dimension = NLL / (D · ln 2)', value: out.bitsPerDim, kind: 'bits' }],
  };
}
