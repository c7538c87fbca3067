/**
 * Behaviour of DistributionBars.astro. drawBars sets bar heights and value labels (any series: p, q, the
 * sampler's MLE). DistributionBars, for the p/q editor, also makes every bar top a role="slider" handle
 * (data-handle="p1", "q2", …) that a pointer drags vertically and the arrow keys step by 0.01. A handle
 * only reports the value it was moved to (`onSet`); the editor turns that into a new vector and sends it
 * down the same path as typing. The handles' values for assistive technology change at once; the heights
 * are drawn in the widget's next animation frame (`schedule`).
 */
import { writeHidden, writeText } from './shell/dom-write';
import { attachHandle, showHandleValue } from './shell/drag-handle';
import { MAX_OUTCOMES } from '~/lib/discrete/distribution';
import { entryLabel } from '~/lib/discrete/rescale';
import { formatNumber } from '~/lib/format/number';

const percent = (v: number) => `${(v * 100).toFixed(3)}%`;

/** Shows the first `count` outcome groups of a bar view and hides the rest. */
export function layoutBars(root: HTMLElement, count: number): void {
  if (root.dataset['count'] === String(count)) return;
  root.dataset['count'] = String(count);
  root.style.setProperty('--count', String(count));
  for (const group of root.querySelectorAll<HTMLElement>('[data-bar-group]')) writeHidden(group, Number(group.dataset['barGroup']) >= count);
}

/** Draws each series' values (keyed as in the markup: p, q, mle) as bar heights with their value labels; marks the view data-chart-ready (tests wait for it). */
export function drawBars(root: HTMLElement, series: Record<string, readonly number[]>): void {
  const first = Object.values(series)[0] ?? [];
  layoutBars(root, first.length);
  for (const [key, values] of Object.entries(series)) {
    values.forEach((v, i) => {
      const name = `${key}${i + 1}`;
      const top = percent(v);
      root.querySelector<HTMLElement>(`[data-bar="${name}"]`)!.style.height = top;
      const handle = root.querySelector<HTMLElement>(`[data-bar-handle="${name}"]`);
      if (handle) handle.style.bottom = top;
      const label = root.querySelector<HTMLElement>(`[data-bar-value="${name}"]`)!;
      label.style.bottom = top;
      writeText(label, formatNumber(v, 2));
    });
  }
  root.dataset['chartReady'] = '';
}

export type Series = 'p' | 'q';
export type Pair = Record<Series, readonly number[]>;

const SERIES: readonly Series[] = ['p', 'q'];
const STEP = 0.01;
/** A drag lands on whole hundredths, as the arrow keys do, so the URL keeps short decimals. */
const snap = (v: number) => Math.round(v * 100) / 100;

/** The p/q editor's bars, with a drag handle on each bar top. */
export class DistributionBars {
  readonly #root: HTMLElement;
  readonly #schedule: (task: () => void) => void;
  #pair: Pair = { p: [], q: [] };

  constructor(root: HTMLElement, schedule: (task: () => void) => void, onSet: (series: Series, index: number, value: number) => void, signal: AbortSignal) {
    this.#root = root;
    this.#schedule = schedule;
    for (const series of SERIES) {
      for (let i = 0; i < MAX_OUTCOMES; i++) {
        const handle = this.#handle(series, i);
        // Where on the handle the pointer took hold, so the bar does not jump to the pointer on the first move.
        let grab = 0;
        handle.addEventListener(
          'pointerdown',
          (event) => {
            const rect = handle.getBoundingClientRect();
            grab = event.clientY - (rect.top + rect.height / 2);
          },
          { signal },
        );
        attachHandle(
          handle,
          {
            param: `${series}${i + 1}`,
            label: `${series}, outcome ${i + 1}`,
            min: 0,
            max: 1,
            step: STEP,
            get: () => this.#pair[series][i] ?? 0,
            fromPointer: (event) => {
              const slot = handle.parentElement!.getBoundingClientRect();
              return snap((slot.bottom - (event.clientY - grab)) / slot.height);
            },
            set: (value) => onSet(series, i, value),
          },
          signal,
        );
      }
    }
    writeHidden(root.querySelector<HTMLElement>('[data-bars-hint]')!, false);
    // The plot holds sliders now, so it is a group (an img would hide them from assistive technology).
    root.querySelector('.bars-plot')!.setAttribute('role', 'group');
  }

  /** Shows `pair`: the number of outcomes and the handles' values now, the bar heights in the next frame. */
  show(pair: Pair): void {
    this.#pair = { p: [...pair.p], q: [...pair.q] };
    layoutBars(this.#root, pair.p.length);
    for (const series of SERIES) pair[series].forEach((v, i) => showHandleValue(this.#handle(series, i), v, entryLabel(series, i, v)));
    this.#schedule(() => drawBars(this.#root, this.#pair));
  }

  #handle(series: Series, index: number): HTMLElement {
    return this.#root.querySelector<HTMLElement>(`[data-bar-handle="${series}${index + 1}"]`)!;
  }
}
