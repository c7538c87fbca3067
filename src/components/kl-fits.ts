/**
 * Client behaviour of KlFits.astro. The reader's components are the state; every valid edit refits
 * (forward: closed form; reverse: all local optima, well under a millisecond) and updates numbers,
 * list, summary and URL synchronously, then the chart. Chart.js loads when the plot nears the viewport.
 */
import type { Chart, ChartDataset } from 'chart.js';
import { bindsToUrl, setInformation, setParameter, showAlert, writeQuery } from './widget-dom';
import { whenNearViewport, type ThemeColors } from './chart-loader';
import { checkParam, MAX_COMPONENTS, MIN_COMPONENTS, mixtureQuery, readMixtureQuery, toMixture, type ParamKind, type RawComponent } from '~/lib/mixture/params';
import { densityCurves, summarizeFits, type FitsSummary } from '~/lib/fits/summary';
import { jsFit } from '~/lib/fits/js';
import { FIT_PRESETS } from '~/lib/mixture/presets';
import { fitsSummaryText, optimumText } from '~/lib/fits/text';
import { integrandCurves } from '~/lib/fits/integrands';
import type { Mixture } from '~/lib/mixture/mixture';
import type { Gaussian } from '~/lib/fits/divergences';
import { KlDescentPanel } from './kl-descent';

/** What the descent panel needs after each refit. */
export interface FitsChange {
  mixture: Mixture;
  summary: FitsSummary;
}

const KINDS: readonly ParamKind[] = ['w', 'mu', 'sigma'];
/** Weights kept to 12 decimals so 1 − 0.3 shows as 0.7. */
const tidy = (x: number) => Math.round(x * 1e12) / 1e12;
const points = (xs: readonly number[], ys: readonly number[]) => xs.map((x, i) => ({ x, y: ys[i] ?? 0 }));

export class KlFitsElement extends HTMLElement {
  #components: RawComponent[] = [];
  #mixture!: Mixture;
  #summary!: FitsSummary;
  #alert!: HTMLElement;
  #bindsUrl = false;
  #chart: Chart<'line'> | null = null;
  #integrandChart: Chart<'line'> | null = null;
  #descent!: KlDescentPanel;
  /** The Gaussian the descent animation is showing, drawn on the main plot; null when none. */
  #descending: Gaussian | null = null;
  /** The Jensen–Shannon fit while it is shown, else null. */
  #jsFit: (Gaussian & { js: number }) | null = null;

  connectedCallback(): void {
    this.#alert = this.querySelector<HTMLElement>('[role="alert"]')!;
    this.#components = this.#readVisibleFields();
    this.#bindsUrl = bindsToUrl(this, 'kl-fits');
    if (this.#bindsUrl) {
      const query = readMixtureQuery(new URLSearchParams(location.search));
      if (query && !query.ok) showAlert(this.#alert, `The link's values were not applied: ${query.message}`);
      if (query?.ok) this.#components = query.value;
    }

    for (const field of this.querySelectorAll<HTMLInputElement>('[data-param]')) {
      field.addEventListener('input', () => this.#onField(field.dataset['param']!, field.value, false));
    }
    for (const slider of this.querySelectorAll<HTMLInputElement>('[data-slider]')) {
      slider.addEventListener('input', () => this.#onField(slider.dataset['slider']!, slider.value, true));
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      const preset = FIT_PRESETS.find((p) => p.id === button.dataset['preset'])!;
      button.addEventListener('click', () => this.#setComponents(preset.components.map((c) => ({ ...c }))));
    }
    this.querySelector('[data-action="add-component"]')!.addEventListener('click', () => this.#addComponent());
    this.querySelector('[data-action="remove-component"]')!.addEventListener('click', () => this.#removeComponent());
    this.querySelector('[data-show-js]')!.addEventListener('change', () => this.#update(false));
    this.querySelector<HTMLDetailsElement>('[data-integrands]')!.addEventListener('toggle', () => this.#loadIntegrandChart());

    this.#descent = new KlDescentPanel(this.querySelector<HTMLDetailsElement>('[data-descent]')!, (q) => {
      this.#descending = q;
      this.querySelector<HTMLElement>('[data-descent-legend]')!.hidden = !q;
      this.#updateChart();
    });
    this.#syncFields();
    this.#update(false);
    this.#loadChart();
  }

  /** The components whose fieldsets are shown, from their text fields (the build-time defaults). */
  #readVisibleFields(): RawComponent[] {
    return [...this.querySelectorAll<HTMLElement>('[data-component]:not([hidden])')].map((_, i) => {
      const value = (kind: ParamKind) => Number(this.#field(`${kind}${i + 1}`).value);
      return { w: value('w'), mu: value('mu'), sigma: value('sigma') };
    });
  }

  #field(name: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`[data-param="${name}"]`)!;
  }

  #onField(name: string, text: string, fromSlider: boolean): void {
    const [, kind, index] = /^(w|mu|sigma)(\d)$/.exec(name) as unknown as [string, ParamKind, string];
    const i = Number(index) - 1;
    const checked = checkParam(kind, i, text);
    if (!checked.ok) {
      showAlert(this.#alert, checked.message);
      return;
    }
    const next = this.#components.map((c) => ({ ...c }));
    next[i]![kind] = checked.value;
    // With two components the weights are w and 1 − w: moving one moves the other.
    if (kind === 'w' && next.length === 2) next[1 - i]!.w = tidy(1 - checked.value);
    this.#components = next;
    this.#syncFields(fromSlider ? undefined : name);
    this.#update(true);
  }

  #setComponents(components: RawComponent[]): void {
    this.#components = components;
    this.#syncFields();
    this.#update(true);
  }

  #addComponent(): void {
    const count = this.#components.length;
    if (count >= MAX_COMPONENTS) return showAlert(this.#alert, `At most ${MAX_COMPONENTS} components.`);
    const spot = Math.max(...this.#components.map((c) => c.mu)) + 2;
    this.#setComponents([...this.#components, { w: 0.3, mu: Math.min(10, tidy(spot)), sigma: 0.6 }]);
  }

  #removeComponent(): void {
    const count = this.#components.length;
    if (count <= MIN_COMPONENTS) return showAlert(this.#alert, `The target needs at least ${MIN_COMPONENTS} components.`);
    const kept = this.#components.slice(0, -1);
    if (kept.length === 2) {
      // Back to the two-component form, where w2 = 1 − w1: renormalize, inside the supported range.
      const w1 = Math.min(0.99, Math.max(0.01, tidy(kept[0]!.w / (kept[0]!.w + kept[1]!.w))));
      kept[0]!.w = w1;
      kept[1]!.w = tidy(1 - w1);
    }
    this.#setComponents(kept);
  }

  /** Shows the state in every field and slider, except the field the reader is typing in. */
  #syncFields(typing?: string): void {
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-component]')) {
      const i = Number(fieldset.dataset['component']);
      const c = this.#components[i];
      fieldset.hidden = !c;
      fieldset.disabled = !c;
      if (!c) continue;
      for (const kind of KINDS) {
        const name = `${kind}${i + 1}`;
        if (name !== typing) this.#field(name).value = String(c[kind]);
        this.querySelector<HTMLInputElement>(`[data-slider="${name}"]`)!.value = String(c[kind]);
      }
    }
  }

  #update(saveUrl: boolean): void {
    // Edits clear an earlier message; the first render keeps a message about a bad link.
    if (saveUrl) showAlert(this.#alert, '');
    this.#mixture = toMixture(this.#components);
    this.#summary = summarizeFits(this.#mixture);
    this.#renderNumbers();
    if (saveUrl && this.#bindsUrl) writeQuery(mixtureQuery(this.#components));
    this.#updateChart();
    this.#updateIntegrandChart();
    this.#descent.update({ mixture: this.#mixture, summary: this.#summary });
  }

  #renderNumbers(): void {
    const s = this.#summary;
    const out = (id: string) => this.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    setParameter(out('forward-mu'), s.forward.mu);
    setParameter(out('forward-sigma'), s.forward.sigma);
    setParameter(out('reverse-mu'), s.reverse.mu);
    setParameter(out('reverse-sigma'), s.reverse.sigma);
    setInformation(out('forward-kl'), s.forwardKlOfForward, 'nats');
    setInformation(out('forward-fit-reverse-kl'), s.reverseKlOfForward, 'nats');
    setInformation(out('reverse-fit-forward-kl'), s.forwardKlOfReverse, 'nats');
    setInformation(out('reverse-kl'), s.reverseKlOfReverse, 'nats');
    out('reverse-optima').replaceChildren(
      ...s.reverseOptima.map((o, k) => {
        const item = document.createElement('li');
        item.dataset['mu'] = String(o.mu);
        item.dataset['sigma'] = String(o.sigma);
        item.dataset['value'] = String(o.kl);
        item.textContent = optimumText(o, k === 0);
        return item;
      }),
    );
    const showJs = this.#showsJs();
    this.querySelector<HTMLElement>('[data-js-row]')!.hidden = !showJs;
    this.querySelector<HTMLElement>('[data-js-legend]')!.hidden = !showJs;
    this.#jsFit = showJs ? jsFit(this.#mixture) : null;
    const js = this.#jsFit;
    if (js) {
      setParameter(out('js-mu'), js.mu);
      setParameter(out('js-sigma'), js.sigma);
      setInformation(out('js-divergence'), js.js, 'nats');
    }
    this.querySelector<HTMLElement>('[data-summary]')!.textContent = fitsSummaryText(s);
  }

  #showsJs(): boolean {
    return this.querySelector<HTMLInputElement>('[data-show-js]')!.checked;
  }

  /** The Gaussians drawn, in dataset order after the target: forward, reverse, JS fit (or null), descending q (or null). */
  #fits(): Array<Gaussian | null> {
    return [this.#summary.forward, this.#summary.reverse, this.#jsFit, this.#descending];
  }

  #loadChart(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-chart]')!;
    canvas.hidden = false;
    void lineChart(canvas, 'density', (colors) => [
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
    if (!chart) return;
    const fits = this.#fits();
    const curves = densityCurves(this.#mixture, fits.filter((g): g is Gaussian => g !== null));
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
    void lineChart(canvas, 'integrand (nats per unit x)', (colors) => [
      { label: 'p·log(p/q_F)', data: [], borderColor: colors.second, borderDash: [8, 5], borderWidth: 2.5 },
      { label: 'q_R·log(q_R/p)', data: [], borderColor: colors.third, borderWidth: 2.5 },
    ]).then((chart) => {
      this.#integrandChart = chart;
      this.#updateIntegrandChart();
    });
  }

  #updateIntegrandChart(): void {
    const chart = this.#integrandChart;
    if (!chart) return;
    const c = integrandCurves(this.#mixture, this.#summary.forward, this.#summary.reverse);
    chart.data.datasets[0]!.data = points(c.x, c.forward);
    chart.data.datasets[1]!.data = points(c.x, c.reverse);
    chart.update('none');
  }
}

/** A line chart over x (loaded when near the viewport) with the given datasets, styled for the theme. */
function lineChart(canvas: HTMLCanvasElement, yTitle: string, datasets: (colors: ThemeColors) => ChartDataset<'line'>[]): Promise<Chart<'line'>> {
  return whenNearViewport<'line'>(canvas, 'line', (colors) => ({ type: 'line', data: { datasets: datasets(colors) }, options: lineOptions(colors, yTitle) }));
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
