/**
 * Client behaviour of KlCalculator.astro: every valid edit of p, q or the unit (typed, dragged or
 * stepped on a bar) recomputes every output with summarizeKlPair; the editor's bars follow in the next frame.
 */
import { writeText } from './shell/dom-write';
import { DistributionEditor } from './distribution-editor';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { identityText, klReadout, summarizeKlPair, type KlPairSummary } from '~/lib/discrete/kl-pair';
import { readDistributionPairQuery } from '~/lib/discrete/pair-query';
import { formatVector } from '~/lib/discrete/distribution';
import { formatInformation, formatNumber, type InfoUnit } from '~/lib/format/number';
import type { Parsed } from '~/lib/input/parse';

interface CalculatorState {
  p: number[];
  q: number[];
  unit: InfoUnit;
  /** What the reader should know about the last change (a normalization), or "". */
  note: string;
}

export class KlCalculatorElement extends WidgetElement<CalculatorState> {
  #editor!: DistributionEditor;

  protected initialState(): CalculatorState {
    const vector = (key: string) => (this.dataset[key] ?? '').split(',').map(Number);
    return { p: vector('defaultP'), q: vector('defaultQ'), unit: 'nats', note: '' };
  }

  protected setup(): void {
    this.#editor = new DistributionEditor(
      this.querySelector<HTMLElement>('[data-distribution-editor]')!,
      {
        onChange: ({ p, q, note }) => this.commit({ ok: true, value: { ...this.state, p, q, note } }),
        onInvalid: (message) => this.commit({ ok: false, message }),
        schedule: (task) => this.scheduleFrame('bars', task),
      },
      this.lifetime,
    );
    for (const radio of this.querySelectorAll<HTMLInputElement>('.unit-switch input')) {
      this.on(radio, 'change', () => this.commit({ ok: true, value: { ...this.state, unit: radio.value === 'bits' ? 'bits' : 'nats' } }));
    }
  }

  protected fromQuery(params: URLSearchParams, fallback: CalculatorState): Parsed<CalculatorState> | null {
    const state = readDistributionPairQuery(params, fallback);
    if (state === null || !state.ok) return state;
    const { p, q, unit } = state.value;
    const note = p.normalized || q.normalized ? 'The link’s vectors did not sum to 1, so each was divided by its sum.' : '';
    return { ok: true, value: { p: p.values, q: q.values, unit, note } };
  }

  protected toQuery(state: CalculatorState): Record<string, string | undefined> {
    return { p: formatVector(state.p), q: formatVector(state.q), unit: state.unit === 'bits' ? 'bits' : undefined };
  }

  protected show(state: CalculatorState): void {
    this.#editor.show(state.p, state.q);
    this.querySelector<HTMLInputElement>(`.unit-switch input[value="${state.unit}"]`)!.checked = true;
  }

  protected render(state: CalculatorState): void {
    const s = summarizeKlPair(state.p, state.q);
    renderReadout(this, klReadout(s), state.unit);
    writeText(this.querySelector<HTMLElement>('[data-note]')!, state.note);
    writeText(this.querySelector<HTMLElement>('[data-identity]')!, identityText(s, state.unit));
    this.#renderContributions(s, state);
  }

  #renderContributions(s: KlPairSummary, { p, q, unit }: CalculatorState): void {
    const body = this.querySelector<HTMLElement>('[data-contributions]');
    if (!body) return;
    const rows = s.contributions.map((c, i) => {
      const row = document.createElement('tr');
      const head = document.createElement('th');
      head.scope = 'row';
      writeText(head, String(i + 1));
      const cells = [formatNumber(p[i] ?? 0), formatNumber(q[i] ?? 0), formatInformation(c, unit)].map((text) => {
        const cell = document.createElement('td');
        writeText(cell, text);
        return cell;
      });
      cells[2]!.dataset['value'] = String(c);
      row.append(head, ...cells);
      return row;
    });
    body.replaceChildren(...rows);
  }
}
