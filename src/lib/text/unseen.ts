/**
 * Why a test NLL is +∞ at k = 0: the first test character the unsmoothed model gives probability 0,
 * and which of the three reasons applies (forward KL's support condition, one position at a time).
 */
import { contextNode, countsAt, MAX_ORDER, type NgramModel } from './ngram';
import { fromCodePoints } from './code-points';

export type UnseenKind =
  /** The character never occurs in the training text at all. */
  | 'character'
  /** The n − 1 characters before it never occur together in the training text. */
  | 'context'
  /** The context occurs, but is never followed by this character. */
  | 'continuation';

export interface UnseenEvent {
  kind: UnseenKind;
  /** 0-based index of the character among the test text's code points. */
  position: number;
  /** The character that got probability 0. */
  character: string;
  /** The characters of its context that lie inside the text (the n − 1 before it, fewer at the start). */
  context: string;
  /** How many boundary symbols (start of text) the context holds: n − 1 − (code points in `context`). */
  boundaries: number;
}

/** The first test position where the order-n model with k = 0 assigns probability 0, or null when the test NLL is finite. */
export function firstUnseen(model: NgramModel, order: number): UnseenEvent | null {
  if (!Number.isInteger(order) || order < 1 || order > MAX_ORDER) throw new RangeError(`Bad order ${String(order)}.`);
  const position = model.firstZero[order - 1] ?? -1;
  if (position < 0) return null;
  const symbol = model.test[position] ?? 0;
  const node = contextNode(model, model.test, position, order - 1);
  let kind: UnseenKind = 'continuation';
  if (countsAt(model, 0, symbol).pair === 0) kind = 'character';
  else if (node < 0 || (model.contextCount[node] ?? 0) === 0) kind = 'context';
  const start = Math.max(0, position - (order - 1));
  const spell = (from: number, to: number) =>
    fromCodePoints(Array.from(model.test.subarray(from, to), (s) => model.vocabulary[s] ?? 0));
  return {
    kind,
    position,
    character: spell(position, position + 1),
    context: spell(start, position),
    boundaries: order - 1 - (position - start),
  };
}
