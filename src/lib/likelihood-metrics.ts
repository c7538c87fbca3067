/** The perplexity converter's state: its three inputs and the three numbers they give. */
import { bitsPerDim, nllBits, perplexity, validateDims, validateImageNll, validateNll } from './metrics';
import type { Parsed } from './distribution';

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
