/**
 * Client behaviour of MleSampler.astro: every valid edit of p, q, n or the seed redraws the sample
 * (a million draws take about 10 ms) and updates the numbers at once; the two charts load lazily.
 */
import type { Chart } from 'chart.js';
import { DistributionEditor, type PairChange } from './distribution-editor';
import { bindsToUrl, setInformation, showAlert, writeQuery } from './widget-dom';
import { whenNearViewport, type ThemeColors } from './chart-loader';
import { drawAndSummarize, parseSampleSize, parseSeed, type MleDraw } from '~/lib/sampling/mle-draw';
import { mleKlReason, mleListItemText } from '~/lib/sampling/mle-text';
import { formatVector } from '~/lib/discrete/distribution';
import { formatNumber } from '~/lib/format/number';
import { readDistributionPairQuery } from '~/lib/discrete/pair-query';

interface SamplerState {
  p: number[];
  q: number[];
  n: number;
  seed: number;
}

const axisColors = (colors: ThemeColors) => ({ ticks: { color: colors.text }, grid: { color: colors.grid } });

export class MleSamplerElement extends HTMLElement {
  #state!: SamplerState;
  #draw!: MleDraw;
  #alert!: HTMLElement;
  #editor!: DistributionEditor;
  #bindsUrl = false;
  #convergenceChart: Chart<'line'> | null = null;
  #mleChart: Chart<'bar'> | null = null;

  connectedCallback(): void {
    this.#alert = this.querySelector<HTMLElement>('[role="alert"]')!;
    this.#editor = new DistributionEditor(this.querySelector<HTMLElement>('[data-distribution-editor]')!, {
      onChange: (change) => this.#applyPair(change),
      onInvalid: (message) => showAlert(this.#alert, message),
    });
    const [pText, qText] = ['p', 'q'].map((name) => this.#input(name).value);
    this.#state = {
      p: (pText ?? '').split(',').map(Number),
      q: (qText ?? '').split(',').map(Number),
      n: Number(this.#input('n').value),
      seed: Number(this.#input('seed').value),
    };
    this.#bindsUrl = bindsToUrl(this, 'mle-sampler');
    if (this.#bindsUrl) this.#restoreUrl();
    this.#draw = drawAndSummarize(this.#state.p, this.#state.q, this.#state.n, this.#state.seed);

    this.#input('n').addEventListener('input', () => this.#readSampleFields());
    this.#input('seed').addEventListener('input', () => this.#readSampleFields());
    const slider = this.querySelector<HTMLInputElement>('[data-n-slider]')!;
    slider.addEventListener('input', () => {
      this.#input('n').value = String(Math.round(10 ** Number(slider.value)));
      this.#readSampleFields();
    });
    this.querySelector('[data-redraw]')!.addEventListener('click', () => {
      this.#input('seed').value = String(this.#state.seed + 1);
      this.#readSampleFields();
    });
    this.#loadCharts();
  }

  #input(name: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  #restoreUrl(): void {
    const params = new URLSearchParams(location.search);
    const pair = readDistributionPairQuery(params, { p: this.#state.p, q: this.#state.q });
    const nText = params.get('n');
    const seedText = params.get('seed');
    if (pair === null && nText === null && seedText === null) return;
    const n = nText === null ? ({ ok: true, value: this.#state.n } as const) : parseSampleSize(nText);
    const seed = seedText === null ? ({ ok: true, value: this.#state.seed } as const) : parseSeed(seedText);
    if (pair && !pair.ok) return showAlert(this.#alert, pair.message);
    if (!n.ok) return showAlert(this.#alert, `The link's values were not applied: ${n.message}`);
    if (!seed.ok) return showAlert(this.#alert, `The link's values were not applied: ${seed.message}`);
    this.#state = {
      p: pair ? pair.value.p.values : this.#state.p,
      q: pair ? pair.value.q.values : this.#state.q,
      n: n.value,
      seed: seed.value,
    };
    this.#editor.show(this.#state.p, this.#state.q);
    this.#input('n').value = String(this.#state.n);
    this.#input('seed').value = String(this.#state.seed);
    this.#syncSlider();
    this.#render(drawAndSummarize(this.#state.p, this.#state.q, this.#state.n, this.#state.seed));
  }

  #applyPair(change: PairChange): void {
    showAlert(this.#alert, '');
    this.querySelector<HTMLElement>('[data-note]')!.textContent = change.note;
    this.#update({ ...this.#state, p: change.p, q: change.q });
  }

  #readSampleFields(): void {
    const n = parseSampleSize(this.#input('n').value);
    if (!n.ok) return showAlert(this.#alert, n.message);
    const seed = parseSeed(this.#input('seed').value);
    if (!seed.ok) return showAlert(this.#alert, seed.message);
    showAlert(this.#alert, '');
    this.#update({ ...this.#state, n: n.value, seed: seed.value });
    this.#syncSlider();
  }

  #update(state: SamplerState): void {
    this.#state = state;
    this.#render(drawAndSummarize(state.p, state.q, state.n, state.seed));
    if (this.#bindsUrl) {
      writeQuery({ p: formatVector(state.p), q: formatVector(state.q), n: String(state.n), seed: String(state.seed) });
    }
  }

  #syncSlider(): void {
    this.querySelector<HTMLInputElement>('[data-n-slider]')!.value = String(Math.log10(this.#state.n));
    this.querySelector<HTMLElement>('[data-n-label]')!.textContent = this.#state.n.toLocaleString('en-US');
  }

  #render(draw: MleDraw): void {
    this.#draw = draw;
    const { p, n } = this.#state;
    const output = (id: string) => this.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    setInformation(output('empirical-nll'), draw.empiricalNll, 'nats');
    setInformation(output('cross-entropy'), draw.crossEntropy, 'nats');
    setInformation(output('mle-kl'), draw.mleKl, 'nats');
    const reason = this.querySelector<HTMLElement>('[data-mle-kl-reason]')!;
    reason.textContent = mleKlReason(draw.unseen);
    reason.hidden = Number.isFinite(draw.mleKl);
    output('mle-q').replaceChildren(
      ...draw.mle.map((f, k) => {
        const item = document.createElement('li');
        item.dataset['value'] = String(f);
        item.textContent = mleListItemText(k, f, draw.counts[k] ?? 0, n, p[k] ?? 0);
        return item;
      }),
    );
    this.querySelector<HTMLElement>('[data-summary]')!.textContent =
      `After ${n.toLocaleString('en-US')} draws the empirical NLL is ${formatNumber(draw.empiricalNll)} nats; ` +
      `the cross-entropy it estimates is ${formatNumber(draw.crossEntropy)} nats.`;
    this.#updateCharts();
  }

  #loadCharts(): void {
    const convergence = this.querySelector<HTMLCanvasElement>('[data-convergence-chart]')!;
    void whenNearViewport<'line'>(
      convergence,
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
    ).then((chart) => {
      this.#convergenceChart = chart;
      this.#updateCharts();
    });
    const bars = this.querySelector<HTMLCanvasElement>('[data-mle-chart]')!;
    void whenNearViewport<'bar'>(
      bars,
        'bar',
      (colors) => ({
        type: 'bar',
        data: {
          labels: [],
          datasets: [
            { label: 'p (data)', data: [], backgroundColor: colors.accentFill, borderColor: colors.accent, borderWidth: 2 },
            { label: 'MLE q̂', data: [], backgroundColor: 'transparent', borderColor: colors.second, borderWidth: 3 },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { x: axisColors(colors), y: { min: 0, max: 1, ...axisColors(colors) } },
          plugins: { legend: { labels: { color: colors.text } } },
        },
      }),
    ).then((chart) => {
      this.#mleChart = chart;
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
    const bars = this.#mleChart;
    if (bars) {
      bars.data.labels = this.#state.p.map((_, k) => `Outcome ${k + 1}`);
      bars.data.datasets[0]!.data = [...this.#state.p];
      bars.data.datasets[1]!.data = [...this.#draw.mle];
      bars.update('none');
    }
  }
}
