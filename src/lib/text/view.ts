/**
 * Everything the text-model widget shows for one state, as data and sentences: built once here so the
 * build-time HTML and the browser show the same numbers and words.
 */
import { formatNumber } from '../format/number';
import type { ReadoutEntry } from '../format/readout';
import { nllBits, perplexity } from '../metrics/perplexity';
import { codePointLength } from './code-points';
import { nllByOrder, type NgramModel, type NllRow } from './ngram';
import { sampleText, type ModelSample } from './sample';
import { firstUnseen, type UnseenEvent } from './unseen';

/** Characters in each sample shown. */
export const SAMPLE_LENGTH = 300;

/** The widget's default order, k and seed (k = 0.001: small enough to keep the samples readable, and the test NLL is still lowest at an interior n). */
export const DEFAULT_SETTINGS = { order: 4, k: 0.001, seed: 1 } as const;

export interface TextModelView {
  rows: NllRow[];
  /** The row of the current order. */
  current: NllRow;
  /** The order with the lowest test NLL at this k (the first of ties); null when every test NLL is +∞. */
  bestOrder: number | null;
  /** At k = 0, the first test character with probability 0 at this order; null when the test NLL is finite. */
  unseen: UnseenEvent | null;
  readout: ReadoutEntry[];
  sample: ModelSample;
  /** Train and test NLL by order for the plot: null where +∞ (not plotted); top is the largest finite value (0 if none). */
  series: { train: Array<number | null>; test: Array<number | null>; top: number };
}

/** A text made visible inside quotes: space as ␣, line break as ↵, tab as ⇥. */
export function visibleText(text: string): string {
  return text.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥');
}

/** The context of an unseen event as shown: "⟨start⟩" for the boundary symbols before the text, then its characters. */
export function contextLabel(event: Pick<UnseenEvent, 'context' | 'boundaries'>): string {
  return `“${event.boundaries > 0 ? '⟨start⟩' : ''}${visibleText(event.context)}”`;
}

/** Why the test NLL is +∞, in one sentence naming the first character the model calls impossible. */
export function unseenReason(event: UnseenEvent): string {
  const character = `“${visibleText(event.character)}”`;
  const where = `character ${(event.position + 1).toLocaleString('en-US')} of the test text`;
  switch (event.kind) {
    case 'character':
      return `∞ because ${character} (${where}) never occurs in the training text, so with k = 0 its probability is 0.`;
    case 'context':
      return `∞ because the context ${contextLabel(event)} before ${where} is never followed by anything in the training text, so with k = 0 the model gives ${character} probability 0.`;
    case 'continuation':
      return `∞ because in the training text ${contextLabel(event)} is never followed by ${character} (${where}), so with k = 0 its probability is 0.`;
  }
}

/** A table cell for an NLL: three decimals, so the column lines up; "∞" for +∞. */
export function nllCell(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : formatNumber(x);
}

/** The readout of one state: train and test NLL, test bits and perplexity, and |V|. */
function readout(row: NllRow, unseen: UnseenEvent | null, vocabularySize: number): ReadoutEntry[] {
  const reason = unseen ? unseenReason(unseen) : '';
  const follows = '∞ because the test NLL is ∞.';
  const ppl = perplexity(row.test);
  return [
    { id: 'train-nll', label: 'Training NLL per character', value: row.train, kind: 'information' },
    { id: 'test-nll', label: 'Test NLL per character', value: row.test, kind: 'information', reason },
    { id: 'test-bits', label: 'Test bits per character = NLL / ln 2', value: nllBits(row.test), kind: 'bits', reason: follows },
    {
      id: 'test-perplexity',
      label: 'Test perplexity = exp(test NLL)',
      value: ppl,
      kind: 'number',
      reason: Number.isFinite(row.test) ? '∞ because exp(NLL) is beyond the largest floating-point number.' : follows,
    },
    { id: 'vocab-size', label: '|V|: distinct characters in train ∪ test', value: vocabularySize, kind: 'count' },
  ];
}

/** What the widget shows for `model` at this order, k and seed. */
export function textModelView(model: NgramModel, settings: { order: number; k: number; seed: number }): TextModelView {
  const { order, k, seed } = settings;
  const rows = nllByOrder(model, k);
  const current = rows[order - 1];
  if (!current) throw new RangeError(`Bad order ${String(order)}.`);
  const unseen = k === 0 ? firstUnseen(model, order) : null;
  let bestOrder: number | null = null;
  for (const row of rows) if (Number.isFinite(row.test) && (bestOrder === null || row.test < (rows[bestOrder - 1]?.test ?? Infinity))) bestOrder = row.order;
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    rows,
    current,
    bestOrder,
    unseen,
    readout: readout(current, unseen, model.vocabulary.length),
    sample: sampleText(model, order, k, seed, SAMPLE_LENGTH),
    series: {
      train: rows.map((r) => finite(r.train)),
      test: rows.map((r) => finite(r.test)),
      top: Math.max(0, ...rows.flatMap((r) => [r.train, r.test]).filter(Number.isFinite)),
    },
  };
}

/** The caption of a sample, saying that it is model output and how it was drawn. */
export function sampleCaption(settings: { order: number; k: number; seed: number }): string {
  return `Model output, not lesson text: ${SAMPLE_LENGTH} characters sampled from the order-${settings.order} model with k = ${formatNumber(settings.k)}, seed ${settings.seed}.`;
}

/** What to know about a sample: where the model was blind (uniform over V) and where it stopped; "" when nothing. */
export function sampleNote(sample: ModelSample, vocabularySize: number): string {
  const parts: string[] = [];
  if (sample.blind > 0) {
    const many = sample.blind === 1 ? '1 character was' : `${sample.blind.toLocaleString('en-US')} characters were`;
    parts.push(
      `${many} drawn after a context the training text never continues: there the smoothed model knows nothing and gives each of the ${vocabularySize.toLocaleString('en-US')} characters the same probability, which is where a sample turns to noise.`,
    );
  }
  if (sample.stopped) {
    parts.push(
      `The sample stops after ${codePointLength(sample.text).toLocaleString('en-US')} characters: it reached a context that occurs only at the very end of the training text, and with k = 0 nothing may follow it.`,
    );
  }
  return parts.join(' ');
}

/** Describes a text source: "9 pages of this lesson, 38,879 characters" or "your text, 12 characters" (characters = code points). */
export function sourceSummary(text: string, own: boolean, builtIn: string): string {
  const length = codePointLength(text).toLocaleString('en-US');
  return own ? `your text, ${length} characters` : `${builtIn}, ${length} characters`;
}
