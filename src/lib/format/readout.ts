/**
 * A widget's readout as data: one descriptor per contract output, built by a src/lib function from the
 * widget's state, rendered at build time by Readout.astro and updated in the browser by renderReadout.
 */
import { formatInformation, formatNumber, formatParameter, type InfoUnit } from './number';

/**
 * How a value is shown: `information` is in nats and shown in the reader's unit; `bits` is already in
 * bits; `parameter` is a mean or standard deviation; `count` a whole number; `number` a plain number.
 */
export type ReadoutKind = 'information' | 'bits' | 'parameter' | 'count' | 'number';

export interface ReadoutEntry {
  /** The contract's data-testid. */
  id: string;
  label: string;
  /** The full-precision value written to data-value (nats for information). */
  value: number;
  kind: ReadoutKind;
  /** Why the value is infinite (+∞, or −∞ for a log-likelihood), shown beside it ("" or absent when finite or never infinite). */
  reason?: string;
}

/** The text a readout value shows: "0.087177 nats", "1.25 bits", "0.6", "6,400"; "∞" for +∞ (its reason sits beside it). */
export function readoutText(entry: Pick<ReadoutEntry, 'value' | 'kind'>, unit: InfoUnit = 'nats'): string {
  const { value, kind } = entry;
  switch (kind) {
    case 'information':
      return formatInformation(value, unit);
    case 'bits':
      return Number.isFinite(value) ? `${formatNumber(value)} bits` : formatNumber(value);
    case 'parameter':
      return formatParameter(value);
    case 'count':
      return Number.isFinite(value) ? value.toLocaleString('en-US') : formatNumber(value);
    case 'number':
      return formatNumber(value);
  }
}

/** The ∞ reason to show beside an entry: its reason when the value is +∞ or −∞, otherwise "". */
export function readoutReason(entry: Pick<ReadoutEntry, 'value' | 'reason'>): string {
  return Math.abs(entry.value) === Infinity ? (entry.reason ?? '') : '';
}
