/**
 * Client behaviour of KlCalculator.astro: reads the URL once, then recomputes every output with
 * summarizeKlPair on each valid edit. Invalid edits only show the alert; the last valid state stays.
 */
import { DistributionEditor, type PairChange } from './distribution-editor';
import { bindsToUrl, setInformation, showAlert, writeQuery } from './widget-dom';
import { whenNearViewport } from './chart-loader';
import { klReadout, summarizeKlPair, type KlPairSummary } from '~/lib/discrete/kl-pair';
import { formatInformation, formatNumber, type InfoUnit } from '~/lib/format/number';
import { formatVector } from '~/lib/discrete/distribution';
import { readDistributionPairQuery } from '~/lib/discrete/pair-query';
import type { Chart } from 'chart.js';

export class KlCalculatorElement extends HTMLElement {
  #p: number[] = [];
  #q: number[] = [];
  #unit: InfoUnit = 'nats';
  #editor!: DistributionEditor;
  #alert!: HTMLElement;
  #chart: Chart<'bar'> | null = null;
  #bindsUrl = false;

  connectedCallback(): void {
    this.#alert = this.querySelector<HTMLElement>('[role="alert"]')!;
    this.#p = (this.dataset['defaultP'] ?? '').split(',').map(Number);
    this.#q = (this.dataset['defaultQ'] ?? '').split(',').map(Number);
    this.#editor = new DistributionEditor(this.querySelector<HTMLElement>('[data-distribution-editor]')!, {
      onChange: (change) => this.#apply(change),
      onInvalid: (message) => showAlert(this.#alert, message),
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('.unit-switch input')) {
      radio.addEventListener('change', () => {
        this.#unit = radio.value === 'bits' ? 'bits' : 'nats';
        this.#render();
        this.#saveUrl();
      });
    }
    this.#bindsUrl = bindsToUrl(this, 'kl-calculator');
    if (this.#bindsUrl) this.#restoreUrl();
    const canvas = this.querySelector<HTMLCanvasElement>('[data-chart]');
    if (canvas) {
      void whenNearViewport<'bar'>(
        canvas,
        'bar',
        (colors) => ({
          type: 'bar',
          data: {
            labels: this.#p.map((_, i) => `Outcome ${i + 1}`),
            datasets: [
              { label: 'p (data)', data: [...this.#p], backgroundColor: colors.accentFill, borderColor: colors.accent, borderWidth: 2 },
              { label: 'q (model)', data: [...this.#q], backgroundColor: 'transparent', borderColor: colors.second, borderWidth: 3 },
            ],
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            scales: {
              x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
              y: { min: 0, max: 1, ticks: { color: colors.text }, grid: { color: colors.grid } },
            },
            plugins: { legend: { labels: { color: colors.text } } },
          },
        }),
      ).then((chart) => {
        this.#chart = chart;
        this.#updateChart();
      });
    }
  }

  #restoreUrl(): void {
    const state = readDistributionPairQuery(new URLSearchParams(location.search), { p: this.#p, q: this.#q });
    if (state === null) return;
    if (!state.ok) {
      showAlert(this.#alert, state.message);
      return;
    }
    this.#p = state.value.p.values;
    this.#q = state.value.q.values;
    this.#unit = state.value.unit;
    this.querySelector<HTMLInputElement>(`.unit-switch input[value="${this.#unit}"]`)!.checked = true;
    this.#editor.show(this.#p, this.#q);
    const normalized = [state.value.p, state.value.q].some((d) => d.normalized);
    this.#setNote(normalized ? 'The link’s vectors did not sum to 1, so each was divided by its sum.' : '');
    this.#render();
  }

  #apply(change: PairChange): void {
    showAlert(this.#alert, '');
    this.#p = change.p;
    this.#q = change.q;
    this.#setNote(change.note);
    this.#render();
    this.#saveUrl();
  }

  #saveUrl(): void {
    if (!this.#bindsUrl) return;
    writeQuery({ p: formatVector(this.#p), q: formatVector(this.#q), unit: this.#unit === 'bits' ? 'bits' : undefined });
  }

  #setNote(note: string): void {
    this.querySelector<HTMLElement>('[data-note]')!.textContent = note;
  }

  #render(): void {
    const s = summarizeKlPair(this.#p, this.#q);
    for (const { id, value, reason } of klReadout(s)) {
      setInformation(this.querySelector<HTMLElement>(`[data-testid="${id}"]`)!, value, this.#unit);
      const reasonEl = this.querySelector<HTMLElement>(`[data-reason-for="${id}"]`)!;
      reasonEl.textContent = reason;
      reasonEl.hidden = Number.isFinite(value);
    }
    const info = (x: number) => formatInformation(x, this.#unit);
    this.querySelector<HTMLElement>('[data-identity]')!.textContent =
      `KL(p‖q) = H(p, q) − H(p) = ${info(s.crossEntropyPQ)} − ${info(s.entropyP)} = ${info(s.klPQ)}`;
    this.#renderContributions(s);
    this.#updateChart();
  }

  #renderContributions(s: KlPairSummary): void {
    const body = this.querySelector<HTMLElement>('[data-contributions]');
    if (!body) return;
    const rows = s.contributions.map((c, i) => {
      const row = document.createElement('tr');
      const head = document.createElement('th');
      head.scope = 'row';
      head.textContent = String(i + 1);
      const cells = [formatNumber(this.#p[i] ?? 0), formatNumber(this.#q[i] ?? 0), formatInformation(c, this.#unit)].map((text) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        return cell;
      });
      cells[2]!.dataset['value'] = String(c);
      row.append(head, ...cells);
      return row;
    });
    body.replaceChildren(...rows);
  }

  #updateChart(): void {
    const chart = this.#chart;
    if (!chart) return;
    chart.data.labels = this.#p.map((_, i) => `Outcome ${i + 1}`);
    chart.data.datasets[0]!.data = [...this.#p];
    chart.data.datasets[1]!.data = [...this.#q];
    chart.update('none');
  }
}
