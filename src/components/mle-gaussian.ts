/**
 * Client behaviour of MleGaussian.astro. The target, n and the seed are the state; every valid edit
 * summarizes the sample (a fresh million draws and their fits take tens of milliseconds) and writes the
 * numbers at once; the three charts, loaded when they near the viewport, follow in the next frame.
 * The target's own numbers (forward fit, H(p) by quadrature) are kept while only n or the seed changes,
 * and the draws while only n changes: a larger n extends the same sample, so only the new draws are made.
 */
import { writeHidden, writeText } from './shell/dom-write';
import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { whenNearViewport } from './chart-loader';
import type { ThemeColors } from './theme-colors';
import { MixtureEditor } from './mixture-editor';
import { mixtureQuery, toMixture } from '~/lib/mixture/params';
import { parseMleSampleSize, parseSeed, readMleGaussianQuery, type MleGaussianState } from '~/lib/gaussian-mle/params';
import { summarizeSample, summarizeTarget, type MleGaussianSummary, type TargetSummary } from '~/lib/gaussian-mle/summary';
import { MixtureStream } from '~/lib/sampling/mixture-sample';
import { convergencePlot, densityPlot, type ConvergencePlot, type DensityPlot } from '~/lib/gaussian-mle/plot';
import { histogramText, mleGaussianReadout, mleGaussianSummaryText, sampleSizeLabel } from '~/lib/gaussian-mle/readout';
import type { Parsed } from '~/lib/input/parse';

type LineChart = Chart<'line'>;

export class MleGaussianElement extends WidgetElement<MleGaussianState> {
  #editor!: MixtureEditor;
  #summary!: MleGaussianSummary;
  /** The target's own numbers, kept while only n or the seed changes. */
  #target: { key: string; value: TargetSummary } | null = null;
  /** The draws for the current target and seed, kept while only n changes (a larger n only adds draws). */
  #stream: { key: string; value: MixtureStream } | null = null;
  #density: LineChart | null = null;
  #nll: LineChart | null = null;
  #deviation: LineChart | null = null;

  #input(name: 'n' | 'seed'): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  protected initialState(): MleGaussianState {
    this.#editor = new MixtureEditor(
      this.querySelector<HTMLElement>('[data-mixture-editor]')!,
      {
        onChange: (components) => this.commit({ ok: true, value: { ...this.state, components } }),
        onInvalid: (message) => this.commit({ ok: false, message }),
      },
      this.lifetime,
    );
    return { components: this.#editor.components, n: Number(this.#input('n').value), seed: Number(this.#input('seed').value) };
  }

  protected setup(): void {
    this.on(this.#input('n'), 'input', () => this.commit(this.#fromFields()));
    this.on(this.#input('seed'), 'input', () => this.commit(this.#fromFields()));
    const slider = this.querySelector<HTMLInputElement>('[data-n-slider]')!;
    this.on(slider, 'input', () => {
      this.#input('n').value = String(Math.max(2, Math.round(10 ** Number(slider.value))));
      this.commit(this.#fromFields());
    });
    this.on(this.querySelector('[data-redraw]')!, 'click', () => {
      this.#input('seed').value = String(this.state.seed + 1);
      this.commit(this.#fromFields());
    });
    this.#loadCharts();
  }

  protected fromQuery(params: URLSearchParams, fallback: MleGaussianState): Parsed<MleGaussianState> | null {
    return readMleGaussianQuery(params, fallback);
  }

  protected toQuery(state: MleGaussianState): Record<string, string | undefined> {
    return { ...mixtureQuery(state.components), n: String(state.n), seed: String(state.seed) };
  }

  protected show(state: MleGaussianState): void {
    this.#editor.show(state.components);
    this.#input('n').value = String(state.n);
    this.#input('seed').value = String(state.seed);
  }

  protected render(state: MleGaussianState): void {
    const mixture = toMixture(state.components);
    const targetKey = JSON.stringify(state.components);
    if (this.#target?.key !== targetKey) this.#target = { key: targetKey, value: summarizeTarget(mixture) };
    const streamKey = `${targetKey} seed ${state.seed}`;
    if (this.#stream?.key !== streamKey) this.#stream = { key: streamKey, value: new MixtureStream(mixture, state.seed, this.#stream?.value) };
    const s = summarizeSample(mixture, this.#stream.value.take(state.n), state.seed, this.#target.value);
    this.#summary = s;
    renderReadout(this, mleGaussianReadout(s));
    const slider = this.querySelector<HTMLInputElement>('[data-n-slider]')!;
    slider.value = String(Math.log10(state.n));
    slider.setAttribute('aria-valuetext', `n = ${state.n.toLocaleString('en-US')}`);
    writeText(this.querySelector<HTMLElement>('[data-n-label]')!, sampleSizeLabel(state.n));
    writeText(this.querySelector<HTMLElement>('[data-histogram-text]')!, histogramText(s));
    writeText(this.querySelector<HTMLElement>('[data-summary]')!, mleGaussianSummaryText(s));
    this.scheduleFrame('charts', () => this.#updateCharts());
  }

  /** n and the seed from their fields, with the target as it is. */
  #fromFields(): Parsed<MleGaussianState> {
    const n = parseMleSampleSize(this.#input('n').value);
    if (!n.ok) return n;
    const seed = parseSeed(this.#input('seed').value);
    if (!seed.ok) return seed;
    return { ok: true, value: { ...this.state, n: n.value, seed: seed.value } };
  }

  #loadCharts(): void {
    const canvas = (name: string) => this.querySelector<HTMLCanvasElement>(`[data-${name}-chart]`)!;
    const density = canvas('density');
    writeHidden(density, false);
    writeHidden(this.querySelector<HTMLElement>('[data-convergence]')!, false);
    const load = (target: HTMLCanvasElement, build: (colors: ThemeColors) => LineConfig, assign: (chart: LineChart) => void) =>
      void whenNearViewport<'line'>(target, 'line', build, this.lifetime).then((chart) => {
        assign(chart);
        this.#updateCharts();
      });
    load(density, (colors) => this.#densityConfig(colors), (chart) => (this.#density = chart));
    load(canvas('nll'), (colors) => this.#nllConfig(colors), (chart) => (this.#nll = chart));
    load(canvas('deviation'), (colors) => this.#deviationConfig(colors), (chart) => (this.#deviation = chart));
  }

  #densityConfig(colors: ThemeColors): LineConfig {
    const plot = densityPlot(this.#summary);
    return lineConfig(colors, { title: 'x', range: plot.xRange }, { title: 'density', range: [0, plot.yMax] }, [
      { label: 'histogram of the sample', data: [], stepped: 'after', borderColor: 'transparent', backgroundColor: colors.accentFill, fill: 'origin', borderWidth: 0 },
      { label: 'target p', data: [], borderColor: colors.accent, borderWidth: 1.5 },
      { label: 'MLE q̂', data: [], borderColor: colors.second, borderWidth: 2.5 },
      { label: 'forward fit q_F', data: [], borderColor: colors.third, borderDash: [8, 5], borderWidth: 2.5 },
    ]);
  }

  #nllConfig(colors: ThemeColors): LineConfig {
    const plot = convergencePlot(this.#summary);
    return lineConfig(colors, this.#logAxis(plot), { title: 'nats', range: plot.nllRange }, [
      { label: '±2 s.e. of the train NLL', data: [], borderColor: 'transparent', backgroundColor: colors.accentFill, fill: '+1' },
      { label: BAND_EDGE, data: [], borderColor: 'transparent', fill: false },
      { label: 'floor H(p, q_F)', data: [], borderColor: colors.text, borderDash: [2, 3], borderWidth: 1.5 },
      { label: 'train NLL', data: [], borderColor: colors.accent, borderWidth: 2 },
      { label: 'test NLL', data: [], borderColor: colors.second, borderDash: [6, 4], borderWidth: 2 },
    ]);
  }

  #deviationConfig(colors: ThemeColors): LineConfig {
    const plot = convergencePlot(this.#summary);
    return lineConfig(colors, this.#logAxis(plot), { title: 'distance from q_F', range: plot.deviationRange }, [
      { label: '±2 s.e. of μ̂', data: [], borderColor: 'transparent', backgroundColor: colors.accentFill, fill: '+1' },
      { label: BAND_EDGE, data: [], borderColor: 'transparent', fill: false },
      { label: '±2 s.e. of σ̂', data: [], borderColor: 'transparent', backgroundColor: colors.secondFill, fill: '+1' },
      { label: BAND_EDGE, data: [], borderColor: 'transparent', fill: false },
      { label: 'μ̂ − μ_F', data: [], borderColor: colors.accent, borderWidth: 2 },
      { label: 'σ̂ − σ_F', data: [], borderColor: colors.second, borderDash: [6, 4], borderWidth: 2 },
    ]);
  }

  /** The convergence charts' x-axis; its ticks are read at each layout, so they follow n. */
  #logAxis(plot: ConvergencePlot): AxisSpec {
    return { title: 'first i draws', range: plot.xRange, log: true, ticks: () => this.#xTicks };
  }

  #xTicks: number[] = [];

  #updateCharts(): void {
    const s = this.#summary;
    if (this.#density) {
      const plot: DensityPlot = densityPlot(s);
      fill(this.#density, [plot.histogram, plot.target, plot.mle, plot.forward], plot.xRange, [0, plot.yMax]);
    }
    if (this.#nll || this.#deviation) {
      const plot: ConvergencePlot = convergencePlot(s);
      this.#xTicks = plot.xTicks;
      if (this.#nll) fill(this.#nll, [plot.nllBand.upper, plot.nllBand.lower, plot.floor, plot.train, plot.test], plot.xRange, plot.nllRange);
      if (this.#deviation) {
        const data = [plot.muBand.upper, plot.muBand.lower, plot.sigmaBand.upper, plot.sigmaBand.lower, plot.muDeviation, plot.sigmaDeviation];
        fill(this.#deviation, data, plot.xRange, plot.deviationRange);
      }
    }
  }
}

/** The legend hides the datasets that only carry a band's lower edge. */
const BAND_EDGE = 'band lower edge';

interface AxisSpec {
  title: string;
  range: readonly [number, number];
  log?: boolean;
  /** Tick values for a log axis (Chart.js's own crowd the labels). */
  ticks?: () => number[];
}

/** Puts each series into its dataset, sets both axes' limits and redraws without animation. */
function fill(chart: LineChart, series: ReadonlyArray<ReadonlyArray<{ x: number; y: number | null }>>, x: readonly [number, number], y: readonly [number, number]): void {
  chart.data.datasets.forEach((dataset, k) => (dataset.data = [...(series[k] ?? [])] as never));
  Object.assign(chart.options.scales!['x']!, { min: x[0], max: x[1] });
  Object.assign(chart.options.scales!['y']!, { min: y[0], max: y[1] });
  chart.update('none');
}

type LineConfig = ChartConfiguration<'line'>;

/** A line chart's configuration: axis types, titles and limits, and a legend without the bands' lower edges. */
function lineConfig(colors: ThemeColors, x: AxisSpec, y: AxisSpec, datasets: ChartDataset<'line'>[]): LineConfig {
  const axis = (spec: AxisSpec) => ({
    type: spec.log ? ('logarithmic' as const) : ('linear' as const),
    min: spec.range[0],
    max: spec.range[1],
    title: { display: true, text: spec.title, color: colors.text },
    ticks: { color: colors.text, ...(spec.log ? { callback: (value: number | string) => Number(value).toLocaleString('en-US') } : {}) },
    grid: { color: colors.grid },
    ...(spec.ticks ? { afterBuildTicks: (scale: { ticks: Array<{ value: number }> }) => (scale.ticks = spec.ticks!().map((value) => ({ value }))) } : {}),
  });
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      elements: { point: { radius: 0 } },
      scales: { x: axis(x), y: axis(y) },
      plugins: { legend: { labels: { color: colors.text, boxHeight: 8, filter: (item) => item.text !== BAND_EDGE } } },
    },
  };
}
