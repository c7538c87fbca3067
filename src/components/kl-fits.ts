/**
 * Client behaviour of KlFits.astro. The reader's components are the state; every valid edit refits
 * (forward: closed form; reverse: all local optima, well under a millisecond) and writes the numbers,
 * list, summary and handle values at once; the plots follow in the next frame (one draw per frame
 * however many edits arrive), and the descent panel (its code loaded when idle or on first opening)
 * follows the `fits` store. The two plots are drawn by hand (curve-plot.ts), not by Chart.js, because
 * they are redrawn at every input event. The drag handles over the density plot live in
 * density-handles.ts.
 */
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { store } from './shell/store';
import { writeAttribute, writeHidden, writeText } from './shell/dom-write';
import { DensityHandles } from './density-handles';
import { CurvePlot, type Curve } from './curve-plot';
import { MixtureEditor } from './mixture-editor';
import type { FitsChange } from './kl-descent';
import { mixtureQuery, readMixtureQuery, toMixture, type RawComponent } from '~/lib/mixture/params';
import { summarizeFits, type FitsSummary } from '~/lib/fits/summary';
import { fitsReadout, jsReadout } from '~/lib/fits/readout';
import { fitsSummaryText, optimumText, rankOptima } from '~/lib/fits/text';
import { densityGrid, gaussianCurve, integrands, mixtureCurve } from '~/lib/plot/curves';
import { plotRange, type Mixture } from '~/lib/mixture/mixture';
import type { Gaussian } from '~/lib/fits/divergences';
import type { Parsed } from '~/lib/input/parse';

interface FitsState {
  components: RawComponent[];
  /** Whether the Jensen–Shannon fit is shown (not part of the link). */
  showJs: boolean;
}

/** How long the inputs must rest before the spoken summary is rewritten. */
const SUMMARY_DELAY_MS = 400;
/** How far past every curve the density plot reaches, in σ. */
const SPREAD = 3.5;

export class KlFitsElement extends WidgetElement<FitsState> {
  #editor!: MixtureEditor;
  readonly #fits = store<FitsChange | null>(null);
  #plot!: CurvePlot;
  #integrandPlot!: CurvePlot;
  #integrands!: HTMLDetailsElement;
  #table!: HTMLTableElement;
  /** The Gaussian the descent animation is showing, drawn on the main plot; null when none. */
  #descending: Gaussian | null = null;
  /** The Jensen–Shannon fit while it is shown, else null. */
  #jsFit: (Gaussian & { js: number }) | null = null;
  /** The Jensen–Shannon fit's code, which the page does not need until the reader asks for that fit. */
  #jsCode!: () => Promise<typeof import('~/lib/fits/js') | null>;
  #jsFitOf: ((p: Mixture) => Gaussian & { js: number }) | null = null;
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
    this.#jsCode = this.later(() => import('~/lib/fits/js'), 'The Jensen–Shannon fit could not be loaded. Check the connection, then edit any value to try again.');
    this.#integrands = this.querySelector<HTMLDetailsElement>('[data-integrands]')!;
    this.#table = this.querySelector<HTMLTableElement>('table.fit-table')!;
    this.on(this.#integrands, 'toggle', () => this.#updateIntegrandChart());
    // The descent panel's code (landscapes, descent, their drawing) is not needed to show the page.
    const descent = this.querySelector<HTMLDetailsElement>('[data-descent]')!;
    const descentCode = this.later(() => import('./kl-descent'), 'The descent panel could not be loaded. Check the connection, then close and open the panel again.');
    let descentMade = false;
    const loadDescent = () => {
      if (!descent.open || descentMade) return;
      descentMade = true;
      void descentCode().then((code) => {
        if (!code) {
          descentMade = false;
          return;
        }
        new code.KlDescentPanel(
          descent,
          this.#fits,
          (q) => {
            if (q === null && this.#descending === null) return;
            this.#descending = q;
            writeHidden(this.querySelector<HTMLElement>('[data-descent-legend]')!, !q);
            this.scheduleFrame('density', () => this.#updateChart());
          },
          this.lifetime,
        );
      });
    };
    this.on(descent, 'toggle', loadDescent);
    loadDescent();
    this.#handles = new DensityHandles(
      this.querySelector<HTMLElement>('[data-handles]')!,
      {
        components: () => this.state.components,
        set: (name, text) => this.#editor.set(name, text),
        plot: () => this.#plot,
        onRelease: () => this.scheduleFrame('density', () => this.#updateChart()),
      },
      this.lifetime,
    );
    const canvas = this.querySelector<HTMLCanvasElement>('[data-chart]')!;
    writeHidden(canvas, false);
    this.#plot = new CurvePlot(canvas, 'density', () => this.#updateChart(), this.lifetime);
    this.#integrandPlot = new CurvePlot(this.querySelector<HTMLCanvasElement>('[data-integrand-chart]')!, 'nats per unit x', () => this.#updateIntegrandChart(), this.lifetime);
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
    if (state.showJs && !this.#jsFitOf) {
      // Renders asked for while the code loads wait for it; the first to get it renders once more.
      void this.#jsCode().then((code) => {
        if (!code || this.#jsFitOf) return;
        this.#jsFitOf = code.jsFit;
        this.render(this.state);
      });
    }
    this.#jsFit = state.showJs && this.#jsFitOf ? this.#jsFitOf(mixture) : null;
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
      writeAttribute(item, 'data-mu', String(o.mu));
      writeAttribute(item, 'data-sigma', String(o.sigma));
      writeAttribute(item, 'data-value', String(o.kl));
      writeText(item, optimumText(o, ranks[k]!));
    });
    const js = this.#jsFit;
    writeHidden(this.querySelector<HTMLElement>('[data-js-row]')!, !js);
    writeHidden(this.querySelector<HTMLElement>('[data-js-legend]')!, !js);
    if (js) renderReadout(this.#table, jsReadout(js));
    // A polite live region: spoken once the reader pauses, not at every step of a drag.
    clearTimeout(this.#summaryTimer);
    this.#summaryTimer = setTimeout(() => {
      writeText(this.querySelector<HTMLElement>('[data-summary]')!, fitsSummaryText(s));
    }, SUMMARY_DELAY_MS);
  }

  /** The Gaussians drawn, in dataset order after the target: forward, reverse, JS fit (or null), descending q (or null). */
  #drawnFits(summary: FitsSummary): Array<Gaussian | null> {
    return [summary.forward, summary.reverse, this.#jsFit, this.#descending];
  }

  #updateChart(): void {
    const plot = this.#plot;
    const current = this.#fits.get();
    if (!plot.drawable || !current) return;
    const p = current.mixture;
    const fits = this.#drawnFits(current.summary);
    const drawn = fits.filter((g): g is Gaussian => g !== null);
    const range = this.#handles.range(plotRange(p, drawn, SPREAD));
    const xs = densityGrid(range[0], range[1], [...p, ...drawn]);
    this.#handles.setGrid(xs, p);
    const curves: Curve[] = [{ ys: mixtureCurve(p, xs), color: 'accent', fill: 'accentFill', width: 1.5 }];
    fits.forEach((g, k) => {
      if (g) curves.push({ ys: gaussianCurve(g, xs), ...FIT_STYLES[k]! });
    });
    plot.draw(xs, curves, range, () => this.#handles.overlay(plot, p));
  }

  #updateIntegrandChart(): void {
    const plot = this.#integrandPlot;
    const current = this.#fits.get();
    if (!plot.drawable || !current || !this.#integrands.open) return;
    const { mixture: p, summary } = current;
    const range = plotRange(p, [summary.forward, summary.reverse], SPREAD);
    const xs = densityGrid(range[0], range[1], [...p, summary.forward, summary.reverse]);
    plot.draw(
      xs,
      [
        { ys: integrands(p, summary.forward, xs).forward, ...FIT_STYLES[0]! },
        { ys: integrands(p, summary.reverse, xs).reverse, ...FIT_STYLES[1]! },
      ],
      range,
    );
  }
}

/** How each fit is drawn, in #drawnFits order: forward dashed, reverse solid, JS dotted, descending dash-dot (the legend says so). */
const FIT_STYLES: ReadonlyArray<Omit<Curve, 'ys'>> = [
  { color: 'second', dash: [8, 5], width: 2.5 },
  { color: 'third', width: 2.5 },
  { color: 'text', dash: [2, 3], width: 2 },
  { color: 'text', dash: [10, 4, 2, 4], width: 2.5 },
];
