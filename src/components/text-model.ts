/**
 * Client behaviour of TextModel.astro. The counts of all eight orders are kept for the current pair of
 * texts, so a change of n, k or the seed only re-reads them; a change of a text retrains all eight
 * orders in one pass (timings: src/lib/text/ngram.bench.ts, e2e/bench/text-model.spec.ts). Numbers,
 * table and sample are written at once; the chart follows in the next frame.
 *
 * The built-in texts are read from the folded <pre> elements the build rendered, so the browser trains
 * on exactly the characters the build did. On a page opened without a link the HTML already shows the
 * build's numbers, so the first training waits for an idle moment instead of lengthening the load. Boxes holding more than LIVE_LIMIT characters retrain when
 * the reader leaves them rather than on every keystroke.
 */
import { writeText } from './shell/dom-write';
import type { Chart } from 'chart.js';
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { whenNearViewport } from './chart-loader';
import type { ThemeColors } from './theme-colors';
import { formatNumber } from '~/lib/format/number';
import type { Parsed } from '~/lib/input/parse';
import { MAX_ORDER, trainNgramModel, type NgramModel } from '~/lib/text/ngram';
import { MAX_SHARED_TEXT_LENGTH, parseK, parseOrder, parseSeed, parseText, parseTextModelQuery, textsFitInLink, type TextModelState } from '~/lib/text/params';
import { nllCell, sampleCaption, sampleNote, sourceSummary, textModelView, type TextModelView } from '~/lib/text/view';

const PARAMS = ['order', 'k', 'seed', 'train', 'test'] as const;
/** Above this many UTF-16 units in a box, retrain on `change` (leaving the box), not on every `input` (TextModel.astro's note says so). */
const LIVE_LIMIT = 200_000;

const axisColors = (colors: ThemeColors) => ({ ticks: { color: colors.text }, grid: { color: colors.grid } });

export class TextModelElement extends WidgetElement<TextModelState> {
  #defaults = { train: '', test: '' };
  #model: { train: string; test: string; model: NgramModel } | null = null;
  #view: TextModelView | null = null;
  #chart: Chart<'line'> | null = null;
  #built!: TextModelState;

  #get<T extends Element = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`text-model: no ${selector}`);
    return element;
  }

  #field(name: 'order' | 'k' | 'seed'): HTMLInputElement {
    return this.#get<HTMLInputElement>(`input[name="${name}"]`);
  }

  #box(name: 'train' | 'test'): HTMLTextAreaElement {
    return this.#get<HTMLTextAreaElement>(`textarea[name="${name}"]`);
  }

  protected initialState(): TextModelState {
    this.#defaults = {
      train: this.#get('[data-default-text="train"]').textContent ?? '',
      test: this.#get('[data-default-text="test"]').textContent ?? '',
    };
    this.#built = {
      order: Number(this.#field('order').value),
      k: Number(this.#field('k').value),
      seed: Number(this.#field('seed').value),
      train: null,
      test: null,
    };
    return this.#built;
  }

  protected setup(): void {
    for (const name of ['order', 'k', 'seed'] as const) this.on(this.#field(name), 'input', () => this.commit(this.#fromFields()));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-k-preset]')) {
      this.on(button, 'click', () => {
        this.#field('k').value = button.dataset['kPreset'] ?? '0';
        this.commit(this.#fromFields());
      });
    }
    this.on(this.#get('[data-resample]'), 'click', () => {
      this.#field('seed').value = String(this.state.seed + 1);
      this.commit(this.#fromFields());
    });
    for (const name of ['train', 'test'] as const) {
      const box = this.#box(name);
      this.on(box, 'input', () => {
        if (box.value.length <= LIVE_LIMIT) this.commit(this.#fromFields());
      });
      this.on(box, 'change', () => this.commit(this.#fromFields()));
    }
    this.#loadChart();
  }

  protected fromQuery(params: URLSearchParams, fallback: TextModelState): Parsed<TextModelState> | null {
    if (!PARAMS.some((key) => params.has(key))) return null;
    return parseTextModelQuery(Object.fromEntries(PARAMS.map((key) => [key, params.get(key)])), fallback);
  }

  protected toQuery(state: TextModelState): Record<string, string | undefined> {
    const share = textsFitInLink(state.train, state.test);
    return {
      order: String(state.order),
      k: String(state.k),
      seed: String(state.seed),
      train: share && state.train !== null ? state.train : undefined,
      test: share && state.test !== null ? state.test : undefined,
    };
  }

  protected show(state: TextModelState): void {
    this.#field('order').value = String(state.order);
    this.#field('k').value = String(state.k);
    this.#field('seed').value = String(state.seed);
    this.#box('train').value = state.train ?? '';
    this.#box('test').value = state.test ?? '';
    if (state.train !== null || state.test !== null) this.#get<HTMLDetailsElement>('details.lm-own').open = true;
  }

  protected render(state: TextModelState): void {
    if (this.#model === null && this.#isBuilt(state)) {
      // The HTML already shows this state: train when the browser is idle, off the page-load path (the
      // chart has nothing to draw until then). An edit before that trains at once, through render.
      this.whenIdle(() => {
        if (this.#model === null) this.#renderTrained(this.state);
      }, 1500);
      return;
    }
    this.#renderTrained(state);
  }

  /** Trains the model for `state`'s texts if it has not been, then writes every output and schedules the chart. */
  #renderTrained(state: TextModelState): void {
    const model = this.#modelFor(state.train ?? this.#defaults.train, state.test ?? this.#defaults.test);
    const view = textModelView(model, state);
    this.#view = view;
    renderReadout(this, view.readout);

    const order = this.#field('order');
    order.setAttribute('aria-valuetext', `n = ${state.order}`);
    writeText(this.#get('[data-order-label]'), String(state.order));
    writeText(this.#get('[data-context-label]'), String(state.order - 1));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-k-preset]')) {
      button.setAttribute('aria-pressed', String(Number(button.dataset['kPreset']) === state.k));
    }

    writeText(this.#get('[data-table-k]'), formatNumber(state.k));
    for (const row of view.rows) {
      const tr = this.#get(`tr[data-order="${row.order}"]`);
      if (row.order === state.order) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
      for (const [col, value] of [['train', row.train], ['test', row.test]] as const) {
        const td = tr.querySelector<HTMLElement>(`[data-col="${col}"]`)!;
        td.dataset['value'] = String(value);
        writeText(td, nllCell(value));
      }
    }
    this.#get('[data-best-note]').textContent =
      view.bestOrder === null ? 'At this k every order gives the test text an infinite NLL.' : `At this k the test NLL is lowest at n = ${view.bestOrder}.`;

    writeText(this.#get('[data-sample-caption]'), sampleCaption(state));
    writeText(this.#get('[data-sample]'), view.sample.text);
    writeText(this.#get('[data-sample-note]'), sampleNote(view.sample, model.vocabulary.length));

    this.#get('[data-source="train"]').textContent = sourceSummary(state.train ?? this.#defaults.train, state.train !== null, this.dataset['trainSource'] ?? '');
    this.#get('[data-source="test"]').textContent = sourceSummary(state.test ?? this.#defaults.test, state.test !== null, this.dataset['testSource'] ?? '');
    this.#get('[data-link-note]').textContent = textsFitInLink(state.train, state.test)
      ? ''
      : `Your texts are longer than ${MAX_SHARED_TEXT_LENGTH.toLocaleString('en-US')} URL-encoded characters, so the link keeps n, k and the seed but not the texts: it opens with the lesson’s texts.`;

    this.scheduleFrame('chart', () => this.#updateChart());
  }

  /** Whether `state` is the one the build rendered (the lesson's texts at the default n, k and seed). */
  #isBuilt(state: TextModelState): boolean {
    const built = this.#built;
    return state.train === null && state.test === null && state.order === built.order && state.k === built.k && state.seed === built.seed;
  }

  /** The trained model for this pair of texts, retrained only when a text changed. */
  #modelFor(train: string, test: string): NgramModel {
    if (this.#model?.train !== train || this.#model.test !== test) {
      this.#model = { train, test, model: trainNgramModel(train, test) };
    }
    return this.#model.model;
  }

  /** Every control read and validated; the first problem wins. An empty box means the lesson's text. */
  #fromFields(): Parsed<TextModelState> {
    const order = parseOrder(this.#field('order').value);
    if (!order.ok) return order;
    const k = parseK(this.#field('k').value);
    if (!k.ok) return k;
    const seed = parseSeed(this.#field('seed').value);
    if (!seed.ok) return seed;
    const texts: { train: string | null; test: string | null } = { train: null, test: null };
    for (const [name, label] of [['train', 'The training text'], ['test', 'The test text']] as const) {
      const value = this.#box(name).value;
      if (value === '') continue;
      const text = parseText(value, label);
      if (!text.ok) return text;
      texts[name] = text.value;
    }
    return { ok: true, value: { order: order.value, k: k.value, seed: seed.value, ...texts } };
  }

  #loadChart(): void {
    void whenNearViewport<'line'>(
      this.#get<HTMLCanvasElement>('[data-nll-chart]'),
      'line',
      (colors) => ({
        type: 'line',
        data: {
          datasets: [
            { label: 'training NLL', data: [], borderColor: colors.accent, backgroundColor: colors.accent, borderWidth: 2, pointRadius: 3, clip: false },
            { label: 'test NLL', data: [], borderColor: colors.second, backgroundColor: colors.second, borderDash: [6, 4], borderWidth: 2, pointRadius: 3, pointStyle: 'rectRot', clip: false },
            { label: 'current n', data: [], borderColor: colors.text, borderWidth: 1, borderDash: [2, 3], pointRadius: 0, pointStyle: 'line' },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          parsing: false,
          spanGaps: false,
          scales: {
            x: { type: 'linear', min: 1, max: MAX_ORDER, ticks: { stepSize: 1, color: colors.text }, grid: { color: colors.grid }, title: { display: true, text: 'order n', color: colors.text } },
            y: { min: 0, title: { display: true, text: 'nats per character', color: colors.text }, ...axisColors(colors) },
          },
          layout: { padding: { right: 8, top: 4 } },
          plugins: { legend: { labels: { color: colors.text, usePointStyle: true } } },
        },
      }),
      this.lifetime,
    ).then((chart) => {
      this.#chart = chart;
      this.#updateChart();
    });
  }

  #updateChart(): void {
    const chart = this.#chart;
    if (!chart || !this.#view) return;
    const { series } = this.#view;
    const points = (ys: Array<number | null>) => ys.map((y, i) => ({ x: i + 1, y }));
    const order = this.state.order;
    const data = [points(series.train), points(series.test), [{ x: order, y: 0 }, { x: order, y: series.top }]];
    chart.data.datasets.forEach((dataset, i) => (dataset.data = data[i] as never));
    chart.update('none');
  }
}
