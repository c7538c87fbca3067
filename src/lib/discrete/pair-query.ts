/** Reading widget state from a page's query string: all parameters valid, or none applied. */
import { parseDistributionPair, type Distribution } from './distribution';
import { type Parsed } from '../input/parse';
import type { InfoUnit } from '../format/number';

export interface DistributionPairState {
  p: Distribution;
  q: Distribution;
  unit: InfoUnit;
}

/**
 * The (p, q, unit) state a query string asks for. Missing parameters take the defaults; null when the
 * query names none of them; an error message when any value is bad (then nothing is applied).
 */
export function readDistributionPairQuery(
  params: URLSearchParams,
  defaults: { p: readonly number[]; q: readonly number[] },
): Parsed<DistributionPairState> | null {
  const pText = params.get('p');
  const qText = params.get('q');
  const unitText = params.get('unit');
  if (pText === null && qText === null && unitText === null) return null;
  if (unitText !== null && unitText !== 'nats' && unitText !== 'bits') {
    return { ok: false, message: `the unit “${unitText}” is not nats or bits.` };
  }
  const pair = parseDistributionPair(pText ?? defaults.p.join(','), qText ?? defaults.q.join(','));
  if (!pair.ok) return pair;
  return { ok: true, value: { ...pair.value, unit: unitText ?? 'nats' } };
}
