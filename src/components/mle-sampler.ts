/**
 * Client behaviour of MleSampler.astro: every valid edit of p, q, n or the seed redraws the sample
 * (a million draws take about 10 ms) and updates the numbers at once; the bars (the editor's, and p
 * beside the MLE) and the convergence chart (Chart.js, loaded lazily) follow in the next frame.
 */
import { writeText } from './shell/dom-write';
import type { Chart } from 'chart.js';
import { drawBars } from './distribution-bars';
import { DistributionEditor } from './distribution-editor';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { whenNearViewport } from './chart-loader';
import type { ThemeColors } from './theme-colors';
import { drawAndSummarize, parseSampleSize, parseSeed, type MleDraw } from '~/lib/sampling/mle-draw';
import { mleListItemText, mleReadout, mleSummaryText } from '~/lib/sampling/mle-text';
import { formatVector } from '~/lib/discrete/distribution';
import { readDistributionPairQuery } from '~/lib/discrete/pair-query';
import type { Parsed } from '~/lib/input/parse';

interface SamplerState {
  p: number[];
  q: number[];
  n: number;
  seed: number;
  /** What the reader should know about the last change (a normalization), or "". */
  note: string;
}

const axisColors = (colors: ThemeColors) => ({ ticks: { color: colors.text }, grid: { color: colors.grid } });

export class MleSamplerElement extends WidgetElement<SamplerState> {
  #draw!: MleDraw;
  #editor!: DistributionEditor;
  #convergenceChart: Chart<'line'> | null = null;

  #input(name: 'n' | 'seed'): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  protected initialState(): SamplerState {
    const vector = (key: string) => (this.dataset[key] ?? '').split(',').map(Number);
    return { p: vector('defaultP'), q: vector('defaultQ'), n: Number(this.#input('n').value), seed: Number(this.#input('seed').value), note: '' };
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
    this.on(this.#input('n'), 'input', () => this.commit(this.#fromFields()));
    this.on(this.#input('seed'), 'input', () => this.commit(this.#fromFields()));
    const slider = this.querySelector<HTMLInputElement>('[data-n-slider]')!;
    this.on(slider, 'input', () => {
      this.#input('n').value = String(Math.round(10 ** Number(slider.value)));
      this.commit(this.#fromFields());
    });
    this.on(this.querySelector('[data-redraw]')!, 'click', () => {
      this.#input('seed').value = String(this.state.seed + 1);
      this.commit(this.#fromFields());
    });
    this.#loadCharts();
  }

  protected fromQuery(params: URLSearchParams, fallback: SamplerState): Parsed<SamplerState> | null {
    const pair = readDistributionPairQuery(params, fallback);
    const nText = params.get('n');
    const seedText = params.get('seed');
    if (pair === null && nText === null && seedText === null) return null;
    if (pair && !pair.ok) return pair;
    const n = nText === null ? ({ ok: true, value: fallback.n } as const) : parseSampleSize(nText);
    if (!n.ok) return n;
    const seed = seedText === null ? ({ ok: true, value: fallback.seed } as const) : parseSeed(seedText);
    if (!seed.ok) return seed;
    const p = pair ? pair.value.p.values : fallback.p;
    const q = pair ? pair.value.q.values : fallback.q;
    return { ok: true, value: { p, q, n: n.value, seed: seed.value, note: '' } };
  }

  protected toQuery(state: SamplerState): Record<string, string> {
    return { p: formatVector(state.p), q: formatVector(state.q), n: String(state.n), seed: String(state.seed) };
  }

  protected show(state: SamplerState): void {
    this.#editor.show(state.p, state.q);
    this.#input('n').value = String(state.n);
    this.#input('seed').value = String(state.seed);
  }

  protected render(state: SamplerState): void {
    const draw = drawAndSummarize(state.p, state.q, state.n, state.seed);
    this.#draw = draw;
    renderReadout(this, mleReadout(draw));
    writeText(this.querySelector<HTMLElement>('[data-note]')!, state.note);
    this.querySelector<HTMLElement>('[data-testid="mle-q"]')!.replaceChildren(
      ...draw.mle.map((f, k) => {
        const item = document.createElement('li');
        item.dataset['value'] = String(f);
        writeText(item, mleListItemText(k, f, draw.counts[k] ?? 0, state.n, state.p[k] ?? 0));
        return item;
      }),
    );
    this.querySelector<HTMLInputElement>('[data-n-slider]')!.value = String(Math.log10(state.n));
    writeText(this.querySelector<HTMLElement>('[data-n-label]')!, state.n.toLocaleString('en-US'));
    writeText(this.querySelector<HTMLElement>('[data-summary]')!, mleSummaryText(draw, state.n));
    this.scheduleFrame('charts', () => this.#updateCharts());
  }

  /** n and the seed from their fields, with p and q as they are. */
  #fromFields(): Parsed<SamplerState> {
    const n = parseSampleSize(this.#input('n').value);
    if (!n.ok) return n;
    const seed = parseSeed(this.#input('seed').value);
    if (!seed.ok) return seed;
    return { ok: true, value: { ...this.state, n: n.value, seed: seed.value } };
  }

  #loadCharts(): void {
    void whenNearViewport<'line'>(
      this.querySelector<HTMLCanvasElement>('[data-convergence-chart]')!,
      'line',
      (colors) => ({
        type: 'line',
        data: {
          datasets: [
            { label: 'H(p, q) + 2 s.e.', data: [], borderColor: 'transparent', backgroundColor: colors.secondFill, pointRadius: 0, fill: '+1' },
            { label: 'H(p, q) − 2 s.e.', data: [], borderColor: 'transparent', pointRadius: 0, fill: false },
            { label: 'H(p, q)', data: [], borderColor: colors.second, borderDash: [6, 4], borderWidth: 2, pointRadius: 0 },
            { label: 'running empirical NLL', data: [], borderColor: colors.accent, borderWidth: 2, pointRadius: 0 },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          parsing: false,
          scales: {
            x: { type: 'logarithmic', title: { display: true, text: 'sample size i', color: colors.text }, ...axisColors(colors) },
            y: { title: { display: true, text: 'nats', color: colors.text }, ...axisColors(colors) },
          },
          plugins: { legend: { labels: { color: colors.text, filter: (item) => !item.text.includes('s.e.') } } },
        },
      }),
      this.lifetime,
    ).then((chart) => {
      this.#convergenceChart = chart;
      this.#updateCharts();
    });
  }

  #updateCharts(): void {
    const c = this.#draw.convergence;
    const points = (ys: Array<number | null>) => c.i.map((x, t) => ({ x, y: ys[t] ?? null }));
    const line = this.#convergenceChart;
    if (line) {
      const centre = Number.isFinite(this.#draw.crossEntropy) ? this.#draw.crossEntropy : null;
      const data = [points(c.upper), points(c.lower), points(c.i.map(() => centre)), points(c.nll)];
      line.data.datasets.forEach((dataset, k) => (dataset.data = data[k] as never));
      line.update('none');
    }
    drawBars(this.querySelector<HTMLElement>('[data-mle-bars] [data-bars]')!, { p: this.state.p, mle: this.#draw.mle });
  }
}
