/**
 * The drag handles of the kl-fits density plot: for each component of p, a role="slider" at its mean
 * (drag across for μ) and one at μ + σ (drag across for σ), both on that component's own weighted bell,
 * which is drawn thin under them where components overlap. They are HTML elements over the plot's
 * canvas, placed from its scales after every draw; a drag or an arrow key goes through `set`, the path
 * typing takes.
 *
 * While a handle is held the plot's x-range only widens, so the axis never shifts under the pointer;
 * it settles back to fit the curves on release (`onRelease` asks the widget to redraw).
 */
import type { CurvePlot, Overlay } from './curve-plot';
import type { Stroke } from './plot-scene';
import { attachHandle, showHandleValue } from './shell/drag-handle';
import { writeHidden } from './shell/dom-write';
import { MAX_COMPONENTS, PARAM_RANGES, paramLabel, type RawComponent } from '~/lib/mixture/params';
import { gaussianCurve } from '~/lib/plot/curves';
import { gaussianPdf } from '~/lib/mixture/gaussian';
import { componentsOverlap, type Mixture } from '~/lib/mixture/mixture';

/** What the handles need from their widget. */
export interface HandleHost {
  /** The components as they are now. */
  components(): readonly RawComponent[];
  /** Applies a parameter ("mu1") as typed text. */
  set(name: string, text: string): void;
  /** The density plot. */
  plot(): CurvePlot;
  /** A drag ended: redraw with the natural x-range. */
  onRelease(): void;
}

/** Dragged values are rounded to this many decimals, as a reader would type them. */
const DRAG_DECIMALS = 2;
/** The marks' size on the canvas: a circle of this radius, a diamond of this half-diagonal (CSS px). */
const MARK_RADIUS = 7;
/** How long drawing must pause before the handle elements that are not in use move to their marks. */
const PLACE_DELAY_MS = 120;
/** Arrow-key steps, the sliders' steps. */
const STEP: Record<'mu' | 'sigma', number> = { mu: 0.1, sigma: 0.05 };

interface Handle {
  el: HTMLElement;
  kind: 'mu' | 'sigma';
  index: number;
  /** Where its mark was last drawn (canvas px), NaN before the first draw. */
  x: number;
  y: number;
  /** Where its element was last moved to. */
  placedX: number;
  placedY: number;
}

export class DensityHandles {
  readonly #host: HandleHost;
  readonly #handles: Handle[] = [];
  /** The x-range held while a handle is dragged (it only widens), else null. */
  #held: [number, number] | null = null;
  /** Where the pointer grabbed the held handle, relative to its centre (px), so it does not jump. */
  #grabOffset = 0;
  /** The components' weighted densities on the plot's grid. */
  #bells: { xs: Float64Array; ys: Float64Array[] } | null = null;
  #placeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Two handles per possible component in `layer`, hidden until the chart is drawn and while the component is absent. */
  constructor(layer: HTMLElement, host: HandleHost, signal: AbortSignal) {
    this.#host = host;
    signal.addEventListener('abort', () => clearTimeout(this.#placeTimer));
    for (let index = 0; index < MAX_COMPONENTS; index++) {
      for (const kind of ['sigma', 'mu'] as const) {
        const el = document.createElement('div');
        el.className = `handle handle-${kind}`;
        el.hidden = true;
        layer.append(el);
        const handle: Handle = { el, kind, index, x: NaN, y: NaN, placedX: NaN, placedY: NaN };
        this.#handles.push(handle);
        const name = `${kind}${index + 1}`;
        const { min, max, label } = PARAM_RANGES[kind];
        attachHandle(
          el,
          {
            param: name,
            label: `The ${label} of component ${index + 1}, on the plot`,
            min,
            max,
            step: STEP[kind],
            get: () => host.components()[index]?.[kind] ?? 0,
            fromPointer: (event) => this.#valueUnderPointer(handle, event),
            set: (value) => host.set(name, String(value)),
          },
          signal,
        );
        el.addEventListener('pointerdown', (event) => this.#hold(handle, event), { signal });
        el.addEventListener('focus', () => this.#place(handle), { signal });
        el.addEventListener('lostpointercapture', () => this.#release(), { signal });
      }
    }
  }

  /** aria-valuenow and the live text ("μ₁ = −2.0") of every handle; handles of absent components hide. */
  showValues(components: readonly RawComponent[]): void {
    for (const { el, kind, index } of this.#handles) {
      const c = components[index];
      if (!c) {
        writeHidden(el, true);
        continue;
      }
      showHandleValue(el, c[kind], paramLabel(kind, index, c[kind]));
    }
  }

  /** The x-range to draw: `natural` while no handle is held, else the held range widened to include it. */
  range(natural: [number, number]): [number, number] {
    if (!this.#held) return natural;
    this.#held = [Math.min(natural[0], this.#held[0]), Math.max(natural[1], this.#held[1])];
    return this.#held;
  }

  /**
   * Computes each component's weighted density on the plot's grid, for the next draw, when two components
   * overlap (componentsOverlap); apart, each bell is already the target's outline and none is drawn.
   */
  setGrid(xs: Float64Array, p: Mixture): void {
    this.#bells = componentsOverlap(p) ? { xs, ys: p.map((c) => gaussianCurve(c, xs).map((y) => c.weight * y)) } : null;
  }

  /**
   * At each draw of the plot, once its scales are set: the components' bells (thin, dashed), the σ arms
   * and the handles' marks (a circle at μ, a diamond at μ + σ) to draw over the curves; and the handle
   * elements are moved over their marks. The elements are transparent hit and focus targets; moving one
   * costs Chromium a style and layerization pass, so while the picture keeps changing only a focused or
   * dragged handle follows at once, and the rest catch up once drawing pauses (PLACE_DELAY_MS), before
   * a pointer can reach them.
   */
  overlay(plot: CurvePlot, p: Mixture): Overlay {
    const area = plot.area;
    const components = this.#host.components();
    const clampX = (px: number) => Math.round(4 * Math.min(area.right, Math.max(area.left, px))) / 4;
    const clampY = (py: number) => Math.round(4 * Math.min(area.bottom, Math.max(area.top, py))) / 4;
    // The target's colour (KlFits.astro's --fits-accent); it follows the theme.
    const { accent, surface } = plot.colors;
    const strokes: Stroke[] = [];
    const bells = this.#bells;
    if (bells && bells.ys.length > 1) {
      for (const ys of bells.ys) strokes.push({ points: plot.path(bells.xs, ys), color: accent, width: 1, alpha: 0.7, dash: [4, 3] });
    }
    const circles: number[] = [];
    const diamonds: number[] = [];
    let stale = false;
    for (const handle of this.#handles) {
      const { el, kind, index } = handle;
      const c = components[index];
      const own = p[index];
      if (!c || !own) {
        writeHidden(el, true);
        continue;
      }
      const at = kind === 'mu' ? c.mu : c.mu + c.sigma;
      const px = clampX(plot.xToPixel(at));
      const py = clampY(plot.yToPixel(own.weight * gaussianPdf(at, own.mu, own.sigma)));
      if (kind === 'sigma') {
        strokes.push({ points: Float32Array.of(clampX(plot.xToPixel(c.mu)), py, px, py), color: accent, width: 2, dash: [2, 3] });
        diamonds.push(px, py);
      } else circles.push(px, py);
      writeHidden(el, false);
      handle.x = px;
      handle.y = py;
      // A handle in use follows at once, and so does one drawn for the first time.
      if (document.activeElement === el || el.hasAttribute('data-dragging') || Number.isNaN(handle.placedX)) this.#place(handle);
      else stale ||= handle.placedX !== px || handle.placedY !== py;
    }
    clearTimeout(this.#placeTimer);
    if (stale) this.#placeTimer = setTimeout(() => this.#handles.forEach((h) => this.#place(h)), PLACE_DELAY_MS);
    const marks = { circles: Float32Array.from(circles), diamonds: Float32Array.from(diamonds), radius: MARK_RADIUS, fill: surface, stroke: accent, width: 2.5 };
    return { strokes, marks };
  }

  /** Moves a handle's element to where its mark was last drawn, if it is not there. */
  #place(handle: Handle): void {
    if (Number.isNaN(handle.x) || (handle.placedX === handle.x && handle.placedY === handle.y)) return;
    handle.placedX = handle.x;
    handle.placedY = handle.y;
    handle.el.style.transform = `translate(${handle.x}px, ${handle.y}px)`;
  }

  #hold(handle: Handle, event: PointerEvent): void {
    if (event.button !== 0) return;
    this.#held = this.#host.plot().xRange;
    const box = handle.el.getBoundingClientRect();
    this.#grabOffset = event.clientX - (box.left + box.width / 2);
  }

  #release(): void {
    if (!this.#held) return;
    this.#held = null;
    this.#host.onRelease();
  }

  /** The value a pointer position means: μ under the handle's centre, or its distance from μ for σ. */
  #valueUnderPointer(handle: Handle, event: PointerEvent): number {
    const plot = this.#host.plot();
    const c = this.#host.components()[handle.index];
    if (!c) return 0;
    const canvas = plot.canvas.getBoundingClientRect();
    const x = plot.pixelToX(event.clientX - this.#grabOffset - canvas.left);
    return Number((handle.kind === 'mu' ? x : x - c.mu).toFixed(DRAG_DECIMALS));
  }
}
