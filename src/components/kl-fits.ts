/**
 * Client behaviour of KlFits.astro. The reader's components are the state; every valid edit refits
 * (forward: closed form; reverse: all local optima, well under a millisecond) and writes the numbers,
 * list, summary and handle values at once; the plots follow in the next frame (one draw per frame however
 * many edits arrive), and the descent panel follows the `fits` store. Chart.js loads when a plot nears
 * the viewport. The drag handles over the density plot live in density-handles.ts.
 */
import type { Chart, ChartDataset, Plugin } from 'chart.js';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { store } from './shell/store';
import { DensityHandles } from './density-handles';
import { whenNearViewport, type ThemeColors } from './chart-loader';
import { MixtureEditor } from './mixture-editor';
import { KlDescentPanel, type FitsChange } from './kl-descent';
import { mixtureQuery, readMixtureQuery, toMixture, type RawComponent } from '~/lib/mixture/params';
import { summarizeFits, type FitsSummary } from '~/lib/fits/summary';
import { fitsReadout, jsReadout } from '~/lib/fits/readout';
import { jsFit } from '~/lib/fits/js';
import { fitsSummaryText, optimumText, rankOptima } from '~/lib/fits/text';
import { densityGrid, gaussianCurve, integrands, mixtureCurve } from '~/lib/plot/curves';
import { plotRange } from '~/lib/mixture/mixture';
import type { Gaussian } from '~/lib/fits/divergences';
import type { Parsed } from '~/lib/input/parse';
import { formatNumber } from '~/lib/format/number';

interface FitsState {
  components: RawComponent[];
  /** Whether the Jensen–Shannon fit is shown (not part of the link). */
  showJs: boolean;
}

type Point = { x: number; y: number };

/** Writes (xs[i], ys[i]) into the chart's point objects in place, reusing them, so a redraw allocates nothing new. */
function fillPoints(data: Point[], xs: ArrayLike<number>, ys: ArrayLike<number>): void {
  data.length = Math.min(data.length, xs.length);
  for (let i = 0; i < xs.length; i++) {
    const point = data[i];
    if (point) {
      point.x = xs[i]!;
      point.y = ys[i]!;
    } else data.push({ x: xs[i]!, y: ys[i]! });
  }
}

/** How long the inputs must rest before the spoken summary is rewritten. */
const SUMMARY_DELAY_MS = 400;
/** How far past every curve the density plot reaches, in σ. */
const SPREAD = 3.5;

export class KlFitsElement extends WidgetElement<FitsState> {
  #editor!: MixtureEditor;
  readonly #fits = store<FitsChange | null>(null);
  #chart: Chart<'line'> | null = null;
  #integrandChart: Chart<'line'> | null = null;
  #integrands!: HTMLDetailsElement;
  #table!: HTMLTableElement;
  /** The Gaussian the descent animation is showing, drawn on the main plot; null when none. */
  #descending: Gaussian | null = null;
  /** The Jensen–Shannon fit while it is shown, else null. */
  #jsFit: (Gaussian & { js: number }) | null = null;
  #handles!: DensityHandles;
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;

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
    this.#integrands = this.querySelector<HTMLDetailsElement>('[data-integrands]')!;
    this.#table = this.querySelector<HTMLTableElement>('table.fit-table')!;
    this.on(this.#integrands, 'toggle', () => this.#loadIntegrandChart());
    new KlDescentPanel(
      this.querySelector<HTMLDetailsElement>('[data-descent]')!,
      this.#fits,
      (q) => {
        if (q === null && this.#descending === null) return;
        this.#descending = q;
        this.querySelector<HTMLElement>('[data-descent-legend]')!.hidden = !q;
        this.scheduleFrame('density', () => this.#updateChart());
      },
      this.lifetime,
    );
    this.#handles = new DensityHandles(
      this.querySelector<HTMLElement>('[data-handles]')!,
      {
        components: () => this.state.components,
        set: (name, text) => this.#editor.set(name, text),
        chart: () => this.#chart,
        onRelease: () => this.scheduleFrame('density', () => this.#updateChart()),
      },
      this.lifetime,
    );
    this.#loadChart();
    this.lifetime.addEventListener('abort', () => clearTimeout(this.#summaryTimer));
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
    this.#handles.showValues(state.components);
    this.#fits.set({ mixture, summary });
    this.scheduleFrame('density', () => this.#updateChart());
    if (this.#integrands.open) this.scheduleFrame('integrands', () => this.#updateIntegrandChart());
  }

  #renderNumbers(s: FitsSummary): void {
    // The outputs all sit in the table: looking them up there is cheaper than in the whole widget.
    renderReadout(this.#table, fitsReadout(s));
    const list = this.querySelector<HTMLElement>('[data-testid="reverse-optima"]')!;
    const ranks = rankOptima(s.reverseOptima);
    // The same <li> elements are rewritten when the count stays (the usual case while dragging).
    while (list.children.length > s.reverseOptima.length) list.lastElementChild!.remove();
    s.reverseOptima.forEach((o, k) => {
      const item = (list.children[k] as HTMLElement | undefined) ?? list.appendChild(document.createElement('li'));
      item.dataset['mu'] = String(o.mu);
      item.dataset['sigma'] = String(o.sigma);
      item.dataset['value'] = String(o.kl);
      item.textContent = optimumText(o, ranks[k]!);
    });
    const js = this.#jsFit;
    this.querySelector<HTMLElement>('[data-js-row]')!.hidden = !js;
    this.querySelector<HTMLElement>('[data-js-legend]')!.hidden = !js;
    if (js) renderReadout(this.#table, jsReadout(js));
    // A polite live region: spoken once the reader pauses, not at every step of a drag.
    clearTimeout(this.#summaryTimer);
    this.#summaryTimer = setTimeout(() => {
      this.querySelector<HTMLElement>('[data-summary]')!.textContent = fitsSummaryText(s);
    }, SUMMARY_DELAY_MS);
  }

  /** The Gaussians drawn, in dataset order after the target: forward, reverse, JS fit (or null), descending q (or null). */
  #drawnFits(summary: FitsSummary): Array<Gaussian | null> {
    return [summary.forward, summary.reverse, this.#jsFit, this.#descending];
  }

  #loadChart(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-chart]')!;
    canvas.hidden = false;
    const placeHandles: Plugin<'line'> = {
      id: 'kl-fits-handles',
      afterDatasetsDraw: (chart) => {
        const current = this.#fits.get();
        if (current) this.#handles.draw(chart, current.mixture);
      },
    };
    void this.#lineChart(
      canvas,
      'density',
      (colors) => [
        { label: 'target p', data: [], borderColor: colors.accent, backgroundColor: colors.accentFill, fill: 'origin', borderWidth: 1.5 },
        { label: 'forward fit q_F', data: [], borderColor: colors.second, borderDash: [8, 5], borderWidth: 2.5 },
        { label: 'reverse fit q_R', data: [], borderColor: colors.third, borderWidth: 2.5 },
        { label: 'Jensen–Shannon fit', data: [], borderColor: colors.text, borderDash: [2, 3], borderWidth: 2 },
        { label: 'descending q', data: [], borderColor: colors.text, borderDash: [10, 4, 2, 4], borderWidth: 2.5 },
      ],
      [placeHandles],
      // The figure's caption is the legend (HTML: it wraps on a phone and costs nothing per frame).
      false,
    ).then((chart) => {
      this.#chart = chart;
      this.#updateChart();
    });
  }

  #updateChart(): void {
    const chart = this.#chart;
    const current = this.#fits.get();
    if (!chart || !current) return;
    const p = current.mixture;
    const fits = this.#drawnFits(current.summary);
    const drawn = fits.filter((g): g is Gaussian => g !== null);
    const [lo, hi] = this.#handles.range(plotRange(p, drawn, SPREAD));
    const xs = densityGrid(lo, hi, [...p, ...drawn]);
    const series = [mixtureCurve(p, xs), ...fits.map((g) => (g ? gaussianCurve(g, xs) : null))];
    this.#handles.setGrid(xs, p);
    chart.data.datasets.forEach((dataset, k) => {
      const ys = series[k];
      if (ys) fillPoints(dataset.data as Point[], xs, ys);
      else (dataset.data as Point[]).length = 0;
      dataset.hidden = !ys;
    });
    const x = chart.options.scales!['x']!;
    x.min = lo;
    x.max = hi;
    chart.update('none');
  }

  #loadIntegrandChart(): void {
    if (!this.#integrands.open) return;
    if (this.#integrandChart) return this.#updateIntegrandChart();
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
    if (!chart || !current || !this.#integrands.open) return;
    const { mixture: p, summary } = current;
    const [lo, hi] = plotRange(p, [summary.forward, summary.reverse], SPREAD);
    const xs = densityGrid(lo, hi, [...p, summary.forward, summary.reverse]);
    fillPoints(chart.data.datasets[0]!.data as Point[], xs, integrands(p, summary.forward, xs).forward);
    fillPoints(chart.data.datasets[1]!.data as Point[], xs, integrands(p, summary.reverse, xs).reverse);
    chart.update('none');
  }

  /** A line chart over x (loaded when near the viewport) with the given datasets, styled for the theme. */
  #lineChart(canvas: HTMLCanvasElement, yTitle: string, datasets: (colors: ThemeColors) => ChartDataset<'line'>[], plugins: Plugin<'line'>[] = [], legend = true): Promise<Chart<'line'>> {
    return whenNearViewport<'line'>(canvas, 'line', (colors) => ({ type: 'line', data: { datasets: datasets(colors) }, options: lineOptions(colors, yTitle, legend), plugins }), this.lifetime);
  }
}

/** A tick label: round values as the lesson writes numbers (Chart.js's own formatter goes through Intl at every draw). */
const tickLabel = (value: number | string) => formatNumber(Number(value), 4);

/** Line-chart options shared by the density and integrand plots; `legend` false when the page draws its own. */
function lineOptions(colors: ThemeColors, yTitle: string, legend = true) {
  const axis = { ticks: { color: colors.text, callback: tickLabel }, grid: { color: colors.grid } };
  return {
    animation: false as const,
    maintainAspectRatio: false,
    parsing: false as const,
    // Nothing on these plots reacts to hovering: skip Chart.js's per-move hit testing.
    events: [],
    // The x values are sorted and shared by every curve, and no curve has gaps: Chart.js can skip those checks.
    normalized: true,
    spanGaps: true,
    elements: { point: { radius: 0 } },
    scales: {
      // The range is set from the curves; its ends are rarely round, so only round ticks are labelled.
      x: { type: 'linear' as const, title: { display: true, text: 'x', color: colors.text }, ticks: { color: colors.text, callback: tickLabel, includeBounds: false }, grid: { color: colors.grid } },
      y: { title: { display: true, text: yTitle, color: colors.text }, ...axis },
    },
    plugins: {
      legend: { display: legend, labels: { color: colors.text, boxWidth: 28, filter: (item: { hidden?: boolean }) => !item.hidden } },
    },
  };
}
