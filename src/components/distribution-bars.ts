/**
 * Behaviour of DistributionBars.astro: bar heights follow p and q, and every bar top is a role="slider"
 * handle (data-handle="p1", "q2", …) that a pointer drags vertically and the arrow keys step by 0.01.
 * A handle only reports the value it was moved to (`onSet`); the editor turns that into a new vector and
 * sends it down the same path as typing. The handles' values for assistive technology change at once;
 * the heights are drawn in the widget's next animation frame (`schedule`).
 */
import { attachHandle, showHandleValue } from './shell/drag-handle';
import { MAX_OUTCOMES } from '~/lib/discrete/distribution';
import { entryLabel } from '~/lib/discrete/rescale';
import { formatNumber } from '~/lib/format/number';

export type Series = 'p' | 'q';
export type Pair = Record<Series, readonly number[]>;

const SERIES: readonly Series[] = ['p', 'q'];
const STEP = 0.01;
/** A drag lands on whole hundredths, as the arrow keys do, so the URL keeps short decimals. */
const snap = (v: number) => Math.round(v * 100) / 100;
const percent = (v: number) => `${(v * 100).toFixed(3)}%`;

export class DistributionBars {
  readonly #root: HTMLElement;
  readonly #schedule: (task: () => void) => void;
  #pair: Pair = { p: [], q: [] };

  constructor(root: HTMLElement, schedule: (task: () => void) => void, onSet: (series: Series, index: number, value: number) => void, signal: AbortSignal) {
    this.#root = root;
    this.#schedule = schedule;
    for (const series of SERIES) {
      for (let i = 0; i < MAX_OUTCOMES; i++) {
        const handle = this.#find(`[data-bar-handle="${series}${i + 1}"]`);
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
    this.#find('[data-bars-hint]').hidden = false;
    root.dataset['chartReady'] = '';
  }

  /** Shows `pair`: the number of outcomes and the handles' values now, the bar heights in the next frame. */
  show(pair: Pair): void {
    this.#pair = { p: [...pair.p], q: [...pair.q] };
    const count = pair.p.length;
    this.#root.dataset['count'] = String(count);
    this.#root.style.setProperty('--count', String(count));
    for (const group of this.#root.querySelectorAll<HTMLElement>('[data-bar-group]')) {
      group.hidden = Number(group.dataset['barGroup']) >= count;
    }
    for (const series of SERIES) {
      pair[series].forEach((v, i) => showHandleValue(this.#find(`[data-bar-handle="${series}${i + 1}"]`), v, entryLabel(series, i, v)));
    }
    this.#schedule(() => this.#draw());
  }

  #draw(): void {
    for (const series of SERIES) {
      this.#pair[series].forEach((v, i) => {
        const name = `${series}${i + 1}`;
        const top = percent(v);
        this.#find(`[data-bar="${name}"]`).style.height = top;
        this.#find(`[data-bar-handle="${name}"]`).style.bottom = top;
        const label = this.#find(`[data-bar-value="${name}"]`);
        label.style.bottom = top;
        label.textContent = formatNumber(v, 2);
      });
    }
  }

  #find(selector: string): HTMLElement {
    return this.#root.querySelector<HTMLElement>(selector)!;
  }
}
