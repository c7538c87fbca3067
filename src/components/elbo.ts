/**
 * Client behaviour of Elbo.astro. The state is the model's components, x and q. Every edit (typed, dragged,
 * a key on a handle, a button, the model editor) becomes text and goes through the same parser, so a drag is
 * exactly a typed value. The numbers (a few logs and exps) are written at once; bars, markers and curves
 * move in the next animation frame, and the curves are only recomputed when the model changes.
 */
import { writeHidden, writeText } from './shell/dom-write';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { attachHandle, showHandleValue } from './shell/drag-handle';
import { MixtureEditor } from './mixture-editor';
import { elboReport, type ElboReport } from '~/lib/elbo/bound';
import { elboQuery, parseEncoder, parseObservation, readElboQuery, setEncoderEntry, uniformEncoder, X_RANGE, type ElboState } from '~/lib/elbo/state';
import { curvesView, ladderView, markerHeights, probabilityFromFraction, xFromFraction, xPercent, type CurvesView } from '~/lib/elbo/view';
import { barValueText, elboReadout, elboSummaryText, encoderSymbol, observationLabel, posteriorItemText, probabilityText } from '~/lib/elbo/readout';
import { MAX_COMPONENTS, toMixture, type RawComponent } from '~/lib/mixture/params';
import { formatNumber } from '~/lib/format/number';
import type { Parsed } from '~/lib/input/parse';

interface WidgetState extends ElboState {
  /** What the reader should know about the last change (a normalization, a reset), or "". */
  note: string;
}

const NORMALIZED = 'q(z | x) did not sum to 1, so it was divided by its sum.';
const RESET = 'The number of components changed, so q(z | x) was reset to the uniform encoder.';
const pct = (v: number) => `${v.toFixed(3)}%`;
const encoderText = (q: readonly number[]) => q.map(String).join(',');

export class ElboElement extends WidgetElement<WidgetState> {
  #editor!: MixtureEditor;
  #report!: ElboReport;
  /** The curves of the last drawn model, and the model they belong to. */
  #curves: { key: string; view: CurvesView } | null = null;

  #input(name: 'x' | 'q'): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  #all<T extends Element>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  protected initialState(): WidgetState {
    this.#editor = new MixtureEditor(
      this.querySelector<HTMLElement>('[data-mixture-editor]')!,
      { onChange: (components) => this.#setComponents(components), onInvalid: (message) => this.commit({ ok: false, message }) },
      this.lifetime,
    );
    const components = this.#editor.components;
    const x = parseObservation(this.#input('x').value);
    const q = parseEncoder(this.#input('q').value, components.length);
    if (!x.ok || !q.ok) throw new Error('elbo: the build rendered an invalid default state');
    return { components, x: x.value, q: q.value.values, note: '' };
  }

  protected setup(): void {
    this.on(this.#input('x'), 'input', () => this.#commitText(this.#input('x').value, encoderText(this.state.q), 'x'));
    this.on(this.#input('q'), 'input', () => this.#commitText(String(this.state.x), this.#input('q').value, 'q'));
    this.on(this.querySelector('[data-action="posterior"]')!, 'click', () => this.#commitText(String(this.state.x), encoderText(this.#report.posterior)));
    this.on(this.querySelector('[data-action="prior"]')!, 'click', () => this.#commitText(String(this.state.x), encoderText(toMixture(this.state.components).map((c) => c.weight))));

    const plot = this.querySelector<HTMLElement>('[data-curves]')!;
    attachHandle(
      this.querySelector<HTMLElement>('[data-x-handle]')!,
      {
        param: 'x',
        label: 'x, the observed point',
        min: X_RANGE.min,
        max: X_RANGE.max,
        step: 0.1,
        get: () => this.state.x,
        fromPointer: (event) => {
          const box = plot.getBoundingClientRect();
          return xFromFraction((event.clientX - box.left) / box.width);
        },
        set: (x) => this.#commitText(String(x), encoderText(this.state.q)),
      },
      this.lifetime,
    );
    for (const handle of this.#all<HTMLElement>('[data-q-handle]')) {
      const j = Number(handle.dataset['qHandle']);
      attachHandle(
        handle,
        {
          param: `q${j + 1}`,
          label: `${encoderSymbol(j)} = q(z = ${j + 1} | x)`,
          min: 0,
          max: 1,
          step: 0.01,
          get: () => this.state.q[j] ?? 0,
          fromPointer: (event) => {
            const box = handle.getBoundingClientRect();
            return probabilityFromFraction((box.bottom - event.clientY) / box.height);
          },
          set: (v) => this.#commitText(String(this.state.x), encoderText(setEncoderEntry(this.state.q, j, v))),
        },
        this.lifetime,
      );
    }
  }

  protected fromQuery(params: URLSearchParams): Parsed<WidgetState> | null {
    const read = readElboQuery(params);
    if (read === null || !read.ok) return read;
    const { normalized, ...state } = read.value;
    return { ok: true, value: { ...state, note: normalized ? NORMALIZED : '' } };
  }

  protected toQuery(state: WidgetState): Record<string, string | undefined> {
    return elboQuery(state);
  }

  protected show(state: WidgetState): void {
    this.#editor.show(state.components);
    this.#showFields(state);
  }

  protected render(state: WidgetState): void {
    const report = elboReport(toMixture(state.components), state.x, state.q);
    this.#report = report;
    renderReadout(this, elboReadout(report));
    this.querySelector<HTMLElement>('[data-testid="posterior"]')!.replaceChildren(
      ...report.posterior.map((p, j) => {
        const item = document.createElement('li');
        item.dataset['value'] = String(p);
        writeText(item, posteriorItemText(j, p, report.logPosterior[j]!));
        return item;
      }),
    );
    writeText(this.querySelector<HTMLElement>('[data-note]')!, state.note);
    writeText(this.querySelector<HTMLElement>('[data-summary]')!, elboSummaryText(state.x, state.q, report));
    this.querySelector<HTMLElement>('[data-ladder]')!.setAttribute(
      'aria-label',
      report.gap === 0
        ? 'The ELBO equals log p(x): q is the posterior and the gap is 0.'
        : `The ELBO is ${formatNumber(report.gap)} nats below log p(x); the gap is the KL divergence from q to the posterior.`,
    );
    showHandleValue(this.querySelector('[data-x-handle]')!, state.x, observationLabel(state.x));
    for (const handle of this.#all<HTMLElement>('[data-q-handle]')) {
      const j = Number(handle.dataset['qHandle']);
      const q = state.q[j] ?? 0;
      showHandleValue(handle, q, `${encoderSymbol(j)} = ${probabilityText(q)}`);
    }
    this.scheduleFrame('draw', () => this.#draw());
  }

  /** Parses x and q from text, as a reader typing them would, and commits; the field being typed in keeps its text. */
  #commitText(xText: string, qText: string, typing?: 'x' | 'q'): void {
    const x = parseObservation(xText);
    if (!x.ok) return void this.commit(x);
    const q = parseEncoder(qText, this.state.components.length);
    if (!q.ok) return void this.commit(q);
    const next = { ...this.state, x: x.value, q: q.value.values, note: q.value.normalized ? NORMALIZED : '' };
    if (this.commit({ ok: true, value: next })) this.#showFields(next, typing);
  }

  /** A new model from the editor; q keeps its values when the number of components is unchanged. */
  #setComponents(components: RawComponent[]): void {
    const same = components.length === this.state.q.length;
    const next = { ...this.state, components, q: same ? this.state.q : uniformEncoder(components.length), note: same ? '' : RESET };
    if (this.commit({ ok: true, value: next })) this.#showFields(next);
  }

  #showFields(state: WidgetState, typing?: 'x' | 'q'): void {
    if (typing !== 'x') this.#input('x').value = String(state.x);
    if (typing !== 'q') this.#input('q').value = encoderText(state.q);
    writeText(this.querySelector<HTMLElement>('[data-q-count]')!, String(state.components.length));
  }

  /** Moves every marker and bar to the current state; runs at most once per frame. */
  #draw(): void {
    const state = this.state;
    const report = this.#report;
    const model = toMixture(state.components);
    const key = JSON.stringify(state.components);
    if (this.#curves?.key !== key) {
      const view = curvesView(model);
      this.#curves = { key, view };
      this.querySelector('[data-mixture-path]')!.setAttribute('d', view.mixture);
      for (const path of this.#all<SVGPathElement>('[data-curve]')) path.setAttribute('d', view.components[Number(path.dataset['curve'])] ?? '');
    }
    const at = pct(xPercent(state.x));
    this.querySelector<HTMLElement>('[data-x-line]')!.style.left = at;
    this.querySelector<HTMLElement>('[data-x-handle]')!.style.left = at;
    const heights = markerHeights(model, state.x, this.#curves.view.yMax);
    for (const dot of this.#all<HTMLElement>('[data-dot]')) {
      const j = Number(dot.dataset['dot']);
      writeHidden(dot, j >= model.length);
      dot.style.left = at;
      dot.style.bottom = pct(Math.min(100, heights[j] ?? 0));
    }
    for (const group of this.#all<HTMLElement>('[data-bar-group]')) {
      const j = Number(group.dataset['barGroup']);
      writeHidden(group, j >= Math.min(MAX_COMPONENTS, model.length));
      const p = report.posterior[j] ?? 0;
      const q = state.q[j] ?? 0;
      group.querySelector<HTMLElement>('[data-posterior-bar]')!.style.height = pct(100 * p);
      writeText(group.querySelector<HTMLElement>('[data-posterior-value]')!, barValueText(p));
      group.querySelector<HTMLElement>('[data-q-bar]')!.style.height = pct(100 * q);
      writeText(group.querySelector<HTMLElement>('[data-q-value]')!, barValueText(q));
    }
    const ladder = ladderView(report);
    const place = (selector: string, left: number, width?: number) => {
      const el = this.querySelector<HTMLElement>(selector)!;
      el.style.left = pct(left);
      if (width !== undefined) el.style.width = pct(width);
    };
    place('[data-point="reconstruction"]', ladder.reconstruction);
    place('[data-point="elbo"]', ladder.elbo);
    place('[data-point="log-px"]', ladder.logPx);
    place('[data-segment="prior-kl"]', ladder.elbo, ladder.reconstruction - ladder.elbo);
    place('[data-segment="gap"]', ladder.elbo, ladder.logPx - ladder.elbo);
    this.querySelector<HTMLElement>('[data-ladder-ticks]')!.replaceChildren(
      ...ladder.ticks.map((t) => {
        const span = document.createElement('span');
        span.style.left = pct(t.percent);
        writeText(span, formatNumber(t.value));
        return span;
      }),
    );
  }
}
