/**
 * Curves over x on a canvas, drawn by hand: axes with round ticks, grid lines, and each curve as one
 * path, in the theme's colours. It exists for the plots redrawn at every input event (the kl-fits
 * density and integrand plots): Chart.js spent about 5 ms per update there rebuilding its scales,
 * option caches and one element per point, more than the whole budget for an event.
 *
 * The plot is laid out here, on the main thread, because the drag handles need its scales at once; the
 * picture itself is a PlotScene (plot-scene.ts) that plot-surface.ts draws, in a worker where the
 * browser allows it. The canvas's size is taken from a ResizeObserver, never read while drawing, so a
 * draw forces no layout. The owner passes a `redraw` that draws the current picture; it is called when
 * the size or the theme changes. After its first draw is on screen the canvas carries data-chart-ready,
 * as Chart.js canvases do.
 */
import { niceStep, niceTicks } from '~/lib/plot/ticks';
import { formatNumber } from '~/lib/format/number';
import { onThemeChange, themeColors, type ThemeColors } from './theme-colors';
import { plotSurface, type PlotSurface } from './plot-surface';
import type { Label, Marks, PlotScene, Stroke } from './plot-scene';

/** A colour of the theme's palette, so a curve follows a switch between light and dark. */
export type PaletteColor = keyof ThemeColors;

export interface Curve {
  ys: ArrayLike<number>;
  color: PaletteColor;
  width: number;
  dash?: readonly number[];
  /** Filled down to y = 0 in this colour. */
  fill?: PaletteColor;
}

/** What an owner draws over the curves, unclipped, in CSS pixels. */
export interface Overlay {
  strokes: Stroke[];
  marks?: Marks;
}

/** The plot's rectangle inside the canvas, in CSS pixels. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const FONT = '12px system-ui, sans-serif';
/** Space for the axis titles and the gaps around tick labels, CSS px. */
const TITLE = 18;
const GAP = 6;
const TOP = 8;
const RIGHT = 12;
/** Below the plot: tick marks, their labels and the x title. */
const BOTTOM = TITLE + GAP + 12;
/** About one tick label per this many pixels along each axis. */
const X_TICK_SPACING = 80;
const Y_TICK_SPACING = 45;

/** Tick labels' widths in FONT, measured once each on a canvas of the page's own. */
const labelWidths = new Map<string, number>();
let measurer: CanvasRenderingContext2D | null = null;
function labelWidth(text: string): number {
  let width = labelWidths.get(text);
  if (width === undefined) {
    measurer ??= document.createElement('canvas').getContext('2d')!;
    measurer.font = FONT;
    width = measurer.measureText(text).width;
    labelWidths.set(text, width);
  }
  return width;
}

export class CurvePlot {
  readonly canvas: HTMLCanvasElement;
  readonly #surface: PlotSurface;
  readonly #yTitle: string;
  #width = 0;
  #height = 0;
  #colors: ThemeColors | null = null;
  #x0 = 0;
  #x1 = 1;
  #y0 = 0;
  #y1 = 1;
  #area: PlotArea = { left: 0, top: 0, right: 1, bottom: 1 };

  constructor(canvas: HTMLCanvasElement, yTitle: string, redraw: () => void, signal: AbortSignal) {
    this.canvas = canvas;
    this.#surface = plotSurface(canvas, () => canvas.setAttribute('data-chart-ready', ''), signal);
    this.#yTitle = yTitle;
    const resize = new ResizeObserver(([entry]) => {
      const box = entry!.contentRect;
      if (box.width === this.#width && box.height === this.#height) return;
      this.#width = box.width;
      this.#height = box.height;
      redraw();
    });
    resize.observe(canvas);
    const stopFollowingTheme = onThemeChange(() => {
      this.#colors = null;
      redraw();
    });
    signal.addEventListener('abort', () => {
      resize.disconnect();
      stopFollowingTheme();
    });
  }

  /** Whether the canvas has a size to draw at (it has none while hidden, or before it is first laid out). */
  get drawable(): boolean {
    return this.#width > 0 && this.#height > 0;
  }

  get colors(): ThemeColors {
    return (this.#colors ??= themeColors());
  }

  /** The plot rectangle of the last draw. */
  get area(): PlotArea {
    return this.#area;
  }

  /** The x-range of the last draw. */
  get xRange(): [number, number] {
    return [this.#x0, this.#x1];
  }

  xToPixel(x: number): number {
    const { left, right } = this.#area;
    return left + ((x - this.#x0) / (this.#x1 - this.#x0)) * (right - left);
  }

  pixelToX(px: number): number {
    const { left, right } = this.#area;
    return this.#x0 + ((px - left) / (right - left)) * (this.#x1 - this.#x0);
  }

  yToPixel(y: number): number {
    const { top, bottom } = this.#area;
    return bottom - ((y - this.#y0) / (this.#y1 - this.#y0)) * (bottom - top);
  }

  /** The polyline through (xs[i], ys[i]) in the last draw's pixels, as far as both arrays reach: x0, y0, x1, y1, …. */
  path(xs: ArrayLike<number>, ys: ArrayLike<number>): Float32Array {
    const n = Math.min(xs.length, ys.length);
    const points = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      points[2 * i] = this.xToPixel(xs[i]!);
      points[2 * i + 1] = this.yToPixel(ys[i]!);
    }
    return points;
  }

  /**
   * Draws `curves` over the shared `xs` on [x0, x1], the y-axis between round values beyond the
   * curves' extremes (0 always included), then what `overlay` returns, asked once the scales are set.
   * Does nothing until the canvas has a size.
   */
  draw(xs: ArrayLike<number>, curves: readonly Curve[], [x0, x1]: [number, number], overlay?: () => Overlay): void {
    if (!this.drawable || !(x1 > x0)) return;
    const colors = this.colors;

    let lo = 0;
    let hi = 0;
    for (const curve of curves) {
      for (let i = 0; i < curve.ys.length; i++) {
        const y = curve.ys[i]!;
        if (y > hi) hi = y;
        else if (y < lo) lo = y;
      }
    }
    const plotHeight = Math.max(1, this.#height - TOP - BOTTOM);
    const yCount = Math.max(2, Math.floor(plotHeight / Y_TICK_SPACING));
    // The axis runs between round ticks at or beyond the curves' extremes (and always includes 0).
    const yStep = hi - lo > 0 && Number.isFinite(hi - lo) ? niceStep(hi - lo, yCount) : 1;
    const yBottom = Math.floor(lo / yStep + 1e-9) * yStep;
    const yTop = Math.max(yBottom + yStep, Math.ceil(hi / yStep - 1e-9) * yStep);
    const yTicks = niceTicks(yBottom, yTop, yCount);
    const yLabels = yTicks.map((v) => formatNumber(v, 4));
    const widest = Math.max(0, ...yLabels.map(labelWidth));
    const area = { left: TITLE + widest + GAP + 4, top: TOP, right: this.#width - RIGHT, bottom: this.#height - BOTTOM };
    if (area.right <= area.left || area.bottom <= area.top) return;
    this.#area = area;
    this.#x0 = x0;
    this.#x1 = x1;
    this.#y0 = yBottom;
    this.#y1 = yTop;

    // Grid lines and tick marks, and the tick labels and axis titles.
    const xTicks = niceTicks(x0, x1, Math.max(2, Math.floor((area.right - area.left) / X_TICK_SPACING)));
    const grid = new Float32Array(4 * (yTicks.length + xTicks.length));
    const labels: Label[] = [];
    yTicks.forEach((v, k) => {
      const y = Math.round(this.yToPixel(v)) + 0.5;
      grid.set([area.left - 4, y, area.right, y], 4 * k);
      labels.push({ text: yLabels[k]!, x: area.left - GAP, y, align: 'right', baseline: 'middle' });
    });
    xTicks.forEach((v, k) => {
      const x = Math.round(this.xToPixel(v)) + 0.5;
      grid.set([x, area.top, x, area.bottom + 4], 4 * (yTicks.length + k));
      labels.push({ text: formatNumber(v, 4), x, y: area.bottom + GAP, align: 'center', baseline: 'top' });
    });
    labels.push({ text: 'x', x: (area.left + area.right) / 2, y: area.bottom + GAP + 16, align: 'center', baseline: 'top' });
    labels.push({ text: this.#yTitle, x: 4, y: (area.top + area.bottom) / 2, align: 'center', baseline: 'top', vertical: true });

    const zero = this.yToPixel(0);
    const strokes: Stroke[] = [];
    for (const curve of curves) {
      if (Math.min(xs.length, curve.ys.length) === 0) continue;
      strokes.push({
        points: this.path(xs, curve.ys),
        color: colors[curve.color],
        width: curve.width,
        ...(curve.dash && { dash: curve.dash }),
        ...(curve.fill && { fill: { color: colors[curve.fill], to: zero } }),
      });
    }
    const over = overlay?.();
    const scene: PlotScene = {
      width: this.#width,
      height: this.#height,
      dpr: window.devicePixelRatio || 1,
      font: FONT,
      grid,
      gridColor: colors.grid,
      labels,
      textColor: colors.text,
      clip: { left: area.left, top: area.top - 2, right: area.right, bottom: area.bottom },
      curves: strokes,
      overlay: over?.strokes ?? [],
      ...(over?.marks && { marks: over.marks }),
    };
    this.#surface.draw(scene);
  }
}
