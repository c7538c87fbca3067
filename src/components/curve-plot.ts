/**
 * Curves over x on a canvas, drawn by hand: axes with round ticks, grid lines, and each curve as one
 * path, in the theme's colours. It exists for the plots redrawn at every input event (the kl-fits
 * density and integrand plots): Chart.js spent about 5 ms per update there rebuilding its scales,
 * option caches and one element per point, more than the whole budget for an event; this draws the same
 * picture in well under a millisecond.
 *
 * The canvas's size is taken from a ResizeObserver, never read while drawing, so a draw forces no
 * layout. The owner passes a `redraw` that draws the current picture; it is called when the size or
 * the theme changes. After the first draw the canvas carries data-chart-ready, as Chart.js canvases do.
 */
import { niceStep, niceTicks } from '~/lib/plot/ticks';
import { formatNumber } from '~/lib/format/number';
import { onThemeChange, themeColors, type ThemeColors } from './theme-colors';

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

export class CurvePlot {
  readonly canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
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
    this.#ctx = canvas.getContext('2d')!;
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

  /** The polyline through (xs[i], ys[i]) in the last draw's pixels, as far as both arrays reach. */
  path(xs: ArrayLike<number>, ys: ArrayLike<number>): Path2D {
    const line = new Path2D();
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i++) {
      const x = this.xToPixel(xs[i]!);
      const y = this.yToPixel(ys[i]!);
      if (i === 0) line.moveTo(x, y);
      else line.lineTo(x, y);
    }
    return line;
  }

  /**
   * Draws `curves` over the shared `xs` on [x0, x1], the y-axis between round values beyond the
   * curves' extremes (0 always included), then `overlay` (in CSS pixels, unclipped) on top. Does
   * nothing until the canvas has a size.
   */
  draw(xs: ArrayLike<number>, curves: readonly Curve[], [x0, x1]: [number, number], overlay?: (ctx: CanvasRenderingContext2D) => void): void {
    if (!this.drawable || !(x1 > x0)) return;
    const ctx = this.#ctx;
    const colors = this.colors;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.#width * dpr);
    const h = Math.round(this.#height * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = FONT;
    ctx.lineJoin = 'round';

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
    const labelWidth = Math.max(0, ...yLabels.map((t) => ctx.measureText(t).width));
    const area = { left: TITLE + labelWidth + GAP + 4, top: TOP, right: this.#width - RIGHT, bottom: this.#height - BOTTOM };
    if (area.right <= area.left || area.bottom <= area.top) return;
    this.#area = area;
    this.#x0 = x0;
    this.#x1 = x1;
    this.#y0 = yBottom;
    this.#y1 = yTop;

    // Grid lines and tick labels.
    ctx.strokeStyle = colors.grid;
    ctx.fillStyle = colors.text;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    yTicks.forEach((v, k) => {
      const y = Math.round(this.yToPixel(v)) + 0.5;
      ctx.moveTo(area.left - 4, y);
      ctx.lineTo(area.right, y);
      ctx.fillText(yLabels[k]!, area.left - GAP, y);
    });
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    const xTicks = niceTicks(x0, x1, Math.max(2, Math.floor((area.right - area.left) / X_TICK_SPACING)));
    for (const v of xTicks) {
      const x = Math.round(this.xToPixel(v)) + 0.5;
      ctx.moveTo(x, area.top);
      ctx.lineTo(x, area.bottom + 4);
      ctx.fillText(formatNumber(v, 4), x, area.bottom + GAP);
    }
    ctx.stroke();
    ctx.fillText('x', (area.left + area.right) / 2, area.bottom + GAP + 16);
    ctx.save();
    ctx.translate(4, (area.top + area.bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'top';
    ctx.fillText(this.#yTitle, 0, 0);
    ctx.restore();

    // The curves, clipped to the plot.
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top - 2, area.right - area.left, area.bottom - area.top + 2);
    ctx.clip();
    const zero = this.yToPixel(0);
    for (const curve of curves) {
      const n = Math.min(xs.length, curve.ys.length);
      if (n === 0) continue;
      const line = this.path(xs, curve.ys);
      if (curve.fill) {
        const filled = new Path2D(line);
        filled.lineTo(this.xToPixel(xs[n - 1]!), zero);
        filled.lineTo(this.xToPixel(xs[0]!), zero);
        filled.closePath();
        ctx.fillStyle = colors[curve.fill];
        ctx.fill(filled);
      }
      ctx.strokeStyle = colors[curve.color];
      ctx.lineWidth = curve.width;
      ctx.setLineDash(curve.dash ?? []);
      ctx.stroke(line);
    }
    ctx.restore();
    ctx.setLineDash([]);
    overlay?.(ctx);
    if (!this.canvas.hasAttribute('data-chart-ready')) this.canvas.setAttribute('data-chart-ready', '');
  }
}
