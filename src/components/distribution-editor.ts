/**
 * Behaviour of DistributionEditor.astro. It owns only the inputs: every edit is parsed with the
 * library's validator and reported to the widget through `onChange` (a valid pair, with a note when
 * a vector was normalized) or `onInvalid` (a message; the widget keeps its last valid state).
 * A dragged or stepped bar (distribution-bars.ts) is turned into a whole vector with withEntry, written
 * into its text field, and read back exactly as if the reader had typed it.
 */
import { writeHidden, writeText } from './shell/dom-write';
import { DistributionBars, type Series } from './distribution-bars';
import { formatVector, MAX_OUTCOMES, MIN_OUTCOMES, normalizeDistribution, parseDistributionPair } from '~/lib/discrete/distribution';
import { withEntry } from '~/lib/discrete/rescale';
import { formatNumber } from '~/lib/format/number';

export interface PairChange {
  p: number[];
  q: number[];
  /** What the reader should know about the change (normalization), or "". */
  note: string;
}

interface EditorCallbacks {
  onChange(change: PairChange): void;
  onInvalid(message: string): void;
  /** Runs `task` in the widget's next animation frame (the bars are drawn there). */
  schedule(task: () => void): void;
}

/** Probabilities rounded to 12 decimals so slider steps show as 0.29, not 0.29000000000000004. */
const tidy = (x: number) => Math.round(x * 1e12) / 1e12;

export class DistributionEditor {
  readonly #pField: HTMLInputElement;
  readonly #qField: HTMLInputElement;
  readonly #sweep: HTMLElement;
  readonly #sweepInput: HTMLInputElement;
  readonly #sweepLabel: HTMLElement;
  readonly #callbacks: EditorCallbacks;
  readonly #bars: DistributionBars;
  #p: number[] = [];
  #q: number[] = [];

  constructor(root: HTMLElement, callbacks: EditorCallbacks, signal: AbortSignal) {
    const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
    this.#pField = find<HTMLInputElement>('[data-field="p"]');
    this.#qField = find<HTMLInputElement>('[data-field="q"]');
    this.#sweep = find('[data-sweep]');
    this.#sweepInput = find<HTMLInputElement>('[data-sweep-input]');
    this.#sweepLabel = find('[data-sweep-label]');
    this.#callbacks = callbacks;
    const initial = parseDistributionPair(this.#pField.value, this.#qField.value);
    if (initial.ok) {
      this.#p = initial.value.p.values;
      this.#q = initial.value.q.values;
    }

    const on = (target: Element, type: string, listener: () => void) => target.addEventListener(type, listener, { signal });
    on(this.#pField, 'input', () => this.#readFields());
    on(this.#qField, 'input', () => this.#readFields());
    on(this.#sweepInput, 'input', () => {
      const q1 = tidy(Number(this.#sweepInput.value));
      this.#commit(this.#p, [q1, tidy(1 - q1)], '');
    });
    on(find('[data-action="add"]'), 'click', () => this.#addOutcome());
    on(find('[data-action="remove"]'), 'click', () => this.#removeOutcome());
    on(find('[data-action="match"]'), 'click', () => this.#commit(this.#p, [...this.#p], 'q now equals p.'));
    this.#bars = new DistributionBars(find('[data-bars]'), callbacks.schedule, (series, i, v) => this.#setEntry(series, i, v), signal);
    this.#sync();
  }

  /** Shows a valid pair in the inputs (from the URL or a preset) without reporting it back. */
  show(p: readonly number[], q: readonly number[]): void {
    this.#p = [...p];
    this.#q = [...q];
    this.#pField.value = formatVector(p);
    this.#qField.value = formatVector(q);
    this.#sync();
  }

  /** A bar set to `value`: the vector with the other entries rescaled, typed into both fields and read back as typing is. */
  #setEntry(series: Series, index: number, value: number): void {
    const current = series === 'p' ? this.#p : this.#q;
    if (current[index] === value) return;
    const { values, spread } = withEntry(current, index, value);
    const others = current.length - 1;
    const rest = formatNumber(1 - value, 4);
    const note = !spread
      ? ''
      : others === 1
        ? `The other outcome of ${series} was at 0, so it takes the remaining ${rest}.`
        : `Every other outcome of ${series} was at 0, so the remaining ${rest} was shared equally among them.`;
    this.#pField.value = formatVector(series === 'p' ? values : this.#p);
    this.#qField.value = formatVector(series === 'q' ? values : this.#q);
    this.#readFields(note);
  }

  /** Parses both fields as typed; `extraNote` (about a drag) joins the normalization notes. */
  #readFields(extraNote = ''): void {
    const parsed = parseDistributionPair(this.#pField.value, this.#qField.value);
    if (!parsed.ok) {
      this.#callbacks.onInvalid(parsed.message);
      return;
    }
    const { p, q } = parsed.value;
    const notes = [p, q]
      .map((d, i) => (d.normalized ? `${i === 0 ? 'p' : 'q'} summed to ${formatNumber(d.sum)}, so it was divided by its sum: ${d.values.map((v) => formatNumber(v, 4)).join(', ')}.` : ''))
      .concat(extraNote)
      .filter(Boolean);
    this.#p = p.values;
    this.#q = q.values;
    this.#sync();
    this.#callbacks.onChange({ p: p.values, q: q.values, note: notes.join(' ') });
  }

  #addOutcome(): void {
    if (this.#p.length >= MAX_OUTCOMES) {
      this.#callbacks.onInvalid(`At most ${MAX_OUTCOMES} outcomes.`);
      return;
    }
    this.#commit([...this.#p, 0], [...this.#q, 0], `Outcome ${this.#p.length + 1} added with p = q = 0: drag its bars up or type its probabilities into the fields.`);
  }

  #removeOutcome(): void {
    if (this.#p.length <= MIN_OUTCOMES) {
      this.#callbacks.onInvalid(`At least ${MIN_OUTCOMES} outcomes are needed.`);
      return;
    }
    const p = normalizeDistribution(this.#p.slice(0, -1), 'p (data)');
    const q = normalizeDistribution(this.#q.slice(0, -1), 'q (model)');
    if (!p.ok || !q.ok) {
      this.#callbacks.onInvalid(`Removing outcome ${this.#p.length} would leave ${!p.ok ? 'p' : 'q'} with no probability at all.`);
      return;
    }
    const renormalized = p.value.normalized || q.value.normalized ? ' The remaining probabilities were divided by their sum.' : '';
    this.#commit(p.value.values.map(tidy), q.value.values.map(tidy), `Outcome ${this.#p.length} removed.${renormalized}`);
  }

  #commit(p: number[], q: number[], note: string): void {
    this.show(p, q);
    this.#callbacks.onChange({ p, q, note });
  }

  #sync(): void {
    this.#bars.show({ p: this.#p, q: this.#q });
    const twoOutcomes = this.#p.length === 2;
    writeHidden(this.#sweep, !twoOutcomes);
    if (!twoOutcomes) return;
    const q1 = this.#q[0] ?? 0;
    this.#sweepInput.value = String(q1);
    writeText(this.#sweepLabel, formatNumber(q1, 3));
  }
}
