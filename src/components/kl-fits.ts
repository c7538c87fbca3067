/**
 * Client behaviour of KlFits.astro. The reader's components are the state; every valid edit refits
 * (forward: closed form; reverse: all local optima, well under a millisecond) and writes the numbers,
 * list and summary at once; the plots follow in the next frame, and the descent panel follows the
 * `fits` store. Chart.js loads when a plot nears the viewport.
 */
import type { Chart, ChartDataset } from 'chart.js';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { store } from './shell/store';
import { whenNearViewport, type ThemeColors } from './chart-loader';
import { MixtureEditor } from './mixture-editor';
import { KlDescentPanel, type FitsChange } from './kl-descent';
import { mixtureQuery, readMixtureQuery, toMixture, type RawComponent } from '~/lib/mixture/params';
import { densityCurves, summarizeFits, type FitsSummary } from '~/lib/fits/summary';
import { fitsReadout, jsReadout } from '~/lib/fits/readout';
import { jsFit } from '~/lib/fits/js';
import { fitsSummaryText, optimumText } from '~/lib/fits/text';
import { integrandCurves } from '~/lib/fits/integrands';
import type { Gaussian } from '~/lib/fits/divergences';
import type { Parsed } from '~/lib/input/parse';

interface FitsState {
  components: RawComponent[];
  /** Whether the Jensen–Shannon fit is shown (not part of the link). */
  showJs: boolean;
}

const points = (xs: readonly number[], ys: readonly number[]) => xs.map((x, i) => ({ x, y: ys[i] ?? 0 }));

export class KlFitsElement extends WidgetElement<FitsState> {
  #editor!: MixtureEditor;
  readonly #fits = store<FitsChange | null>(null);
  #chart: Chart<'line'> | null = null;
  #integrandChart: Chart<'line'> | null = null;
  /** The Gaussian the descent animation is showing, drawn on the main plot; null when none. */
  #descending: Gaussian | null = null;
  /** The Jensen–Shannon fit while it is shown, else null. */
  #jsFit: (Gaussian & { js: number }) | null = null;

  protected initialState(): FitsState {
    this.#editor = new MixtureEditor(
      this.querySelector<HTMLElement>('[data-mixture-editor]')!,
      {
        onChange: (components) => this.commit({ ok: true, value: { ...this.state, components } }),
        onInvalid: (message) => this.commit({ ok: false, message }),
      },
      this.lifetime,
    );
    return { components: this.#editor.components, showJs: false };
  }

  protected setup(): void {
    const toggle = this.querySelector<HTMLInputElement>('[data-show-js]')!;
    this.on(toggle, 'change', () => this.commit({ ok: true, value: { ...this.state, showJs: toggle.checked } }));
    const integrands = this.querySelector<HTMLDetailsElement>('[data-integrands]')!;
    this.on(integrands, 'toggle', () => this.#loadIntegrandChart());
    new KlDescentPanel(
      this.querySelector<HTMLDetailsElement>('[data-descent]')!,
      this.#fits,
      (q) => {
        this.#descending = q;
        this.querySelector<HTMLElement>('[data-descent-legend]')!.hidden = !q;
        this.scheduleFrame('density', () => this.#updateChart());
      },
      this.lifetime,
    );
    this.#loadChart();
  }

  protected fromQuery(params: URLSearchParams, fallback: FitsState): Parsed<FitsState> | null {
    const components = readMixtureQuery(params);
    if (components === null || !components.ok) return components;
    return { ok: true, value: { ...fallback, components: components.value } };
  }

  protected toQuery(state: FitsState): Record<string, string | undefined> {
    return mixtureQuery(state.components);
  }

  protected show(state: FitsState): void {
    this.#editor.show(state.components);
  }

  protected render(state: FitsState): void {
    const mixture = toMixture(state.components);
    const summary = summarizeFits(mixture);
    this.#jsFit = state.showJs ? jsFit(mixture) : null;
    this.#renderNumbers(summary);
    this.#fits.set({ mixture, summary });
    this.scheduleFrame('density', () => this.#updateChart());
    this.scheduleFrame('integrands', () => this.#updateIntegrandChart());
  }

  #renderNumbers(s: FitsSummary): void {
    renderReadout(this, fitsReadout(s));
    this.querySelector<HTMLElement>('[data-testid="reverse-optima"]')!.replaceChildren(
      ...s.reverseOptima.map((o, k) => {
        const item = document.createElement('li');
        item.dataset['mu'] = String(o.mu);
        item.dataset['sigma'] = String(o.sigma);
        item.dataset['value'] = String(o.kl);
        item.textContent = optimumText(o, k === 0);
        return item;
      }),
    );
    const js = this.#jsFit;
    this.querySelector<HTMLElement>('[data-js-row]')!.hidden = !js;
    this.querySelector<HTMLElement>('[data-js-legend]')!.hidden = !js;
    if (js) renderReadout(this, jsReadout(js));
    this.querySelector<HTMLElement>('[data-summary]')!.textContent = fitsSummaryText(s);
  }

  /** The Gaussians drawn, in dataset order after the target: forward, reverse, JS fit (or null), descending q (or null). */
  #drawnFits(summary: FitsSummary): Array<Gaussian | null> {
    return [summary.forward, summary.reverse, this.#jsFit, this.#descending];
  }

  #loadChart(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-chart]')!;
    canvas.hidden = false;
    void this.#lineChart(canvas, 'density', (colors) => [
      { label: 'target p', data: [], borderColor: colors.accent, backgroundColor: colors.accentFill, fill: 'origin', borderWidth: 1.5 },
      { label: 'forward fit q_F', data: [], borderColor: colors.second, borderDash: [8, 5], borderWidth: 2.5 },
      { label: 'reverse fit q_R', data: [], borderColor: colors.third, borderWidth: 2.5 },
      { label: 'Jensen–Shannon fit', data: [], borderColor: colors.text, borderDash: [2, 3], borderWidth: 2 },
      { label: 'descending q', data: [], borderColor: colors.text, borderDash: [10, 4, 2, 4], borderWidth: 2.5 },
    ]).then((chart) => {
      this.#chart = chart;
      this.#updateChart();
    });
  }

  #updateChart(): void {
    const chart = this.#chart;
    const current = this.#fits.get();
    if (!chart || !current) return;
    const fits = this.#drawnFits(current.summary);
    const curves = densityCurves(current.mixture, fits.filter((g): g is Gaussian => g !== null));
    const drawn = [...curves.fits];
    const series = [curves.target, ...fits.map((g) => (g ? drawn.shift()! : null))];
    chart.data.datasets.forEach((dataset, k) => {
      const ys = series[k];
      dataset.data = ys ? points(curves.x, ys) : [];
      dataset.hidden = !ys;
    });
    chart.update('none');
  }

  #loadIntegrandChart(): void {
    const details = this.querySelector<HTMLDetailsElement>('[data-integrands]')!;
    if (!details.open || this.#integrandChart) return;
    const canvas = this.querySelector<HTMLCanvasElement>('[data-integrand-chart]')!;
    void this.#lineChart(canvas, 'integrand (nats per unit x)', (colors) => [
      { label: 'p·log(p/q_F)', data: [], borderColor: colors.second, borderDash: [8, 5], borderWidth: 2.5 },
      { label: 'q_R·log(q_R/p)', data: [], borderColor: colors.third, borderWidth: 2.5 },
    ]).then((chart) => {
      this.#integrandChart = chart;
      this.#updateIntegrandChart();
    });
  }

  #updateIntegrandChart(): void {
    const chart = this.#integrandChart;
    const current = this.#fits.get();
    if (!chart || !current) return;
    const c = integrandCurves(current.mixture, current.summary.forward, current.summary.reverse);
    chart.data.datasets[0]!.data = points(c.x, c.forward);
    chart.data.datasets[1]!.data = points(c.x, c.reverse);
    chart.update('none');
  }

  /** A line chart over x (loaded when near the viewport) with the given datasets, styled for the theme. */
  #lineChart(canvas: HTMLCanvasElement, yTitle: string, datasets: (colors: ThemeColors) => ChartDataset<'line'>[]): Promise<Chart<'line'>> {
    return whenNearViewport<'line'>(canvas, 'line', (colors) => ({ type: 'line', data: { datasets: datasets(colors) }, options: lineOptions(colors, yTitle) }), this.lifetime);
  }
}

/** Line-chart options shared by the density and integrand plots. */
function lineOptions(colors: ThemeColors, yTitle: string) {
  const axis = { ticks: { color: colors.text }, grid: { color: colors.grid } };
  return {
    animation: false as const,
    maintainAspectRatio: false,
    parsing: false as const,
    elements: { point: { radius: 0 } },
    scales: {
      x: { type: 'linear' as const, title: { display: true, text: 'x', color: colors.text }, ...axis },
      y: { title: { display: true, text: yTitle, color: colors.text }, ...axis },
    },
    plugins: {
      legend: { labels: { color: colors.text, filter: (item: { hidden?: boolean }) => !item.hidden } },
    },
  };
}
