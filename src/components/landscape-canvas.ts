/**
 * Drawing of the kl-fits landscapes on a canvas: the heat image (the grid, interpolated by the browser's
 * image smoothing), contour lines at the colour scale's labelled values, the μ axis, the σ axis on a log
 * scale, the colour scale in nats (painted once per landscape into an offscreen canvas), and on top, at
 * every frame, the minima, the descent's path and the current q. The numbers come from src/lib/plot.
 */
import type { DescentFrame } from '~/lib/fits/descent';
import type { Landscape } from '~/lib/fits/landscape';
import type { OptimumRank } from '~/lib/fits/text';
import { heatLevel, heatPosition, viridis, type HeatScale } from '~/lib/plot/heatmap';
import { contourSegments } from '~/lib/plot/contours';
import { logTicks, niceTicks } from '~/lib/plot/ticks';
import { formatNumber } from '~/lib/format/number';
import type { ThemeColors } from './theme-colors';

/** Space around the heat image for the axes (left, bottom) and the colour scale (right), CSS px. */
const MARGIN = { left: 44, right: 62, top: 8, bottom: 36 };
const FONT = '12px system-ui, sans-serif';

/** A minimum marked on a landscape, with its rank among all of them. */
export interface Minimum {
  mu: number;
  sigma: number;
  kl: number;
  rank: OptimumRank;
}

/** A computed landscape with everything its picture needs. */
export interface Picture {
  l: Landscape;
  scale: HeatScale;
  /** The colour scale's labelled values; all but the first are also contour levels. */
  ticks: number[];
  minima: Minimum[];
}

/** The plot rectangle inside a canvas of the given CSS size. */
export interface Box {
  width: number;
  height: number;
  left: number;
  top: number;
  w: number;
  h: number;
}

/** The plot rectangle of a canvas of this CSS size, inside the margins for the axes and the colour scale. */
export function plotBox(width: number, height: number): Box {
  return { width, height, left: MARGIN.left, top: MARGIN.top, w: Math.max(1, width - MARGIN.left - MARGIN.right), h: Math.max(1, height - MARGIN.top - MARGIN.bottom) };
}

/** Pixel position of (mu, sigma) on the plot. */
function toPixel(map: Picture, box: Box, mu: number, sigma: number): [number, number] {
  const { fx, fy } = heatPosition(map.l, mu, sigma);
  return [box.left + fx * box.w, box.top + fy * box.h];
}

/** Grid-sized canvases for the heat images, one per grid size, reused. */
const cellCanvases = new Map<string, HTMLCanvasElement>();

/** The heat image, contour lines, axes and colour scale of a landscape, painted into the offscreen `canvas`. */
export function paintStatic(map: Picture, width: number, height: number, dpr: number, colors: ThemeColors, canvas: HTMLCanvasElement): HTMLCanvasElement {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const box = plotBox(width, height);
  const { l, scale, ticks } = map;
  const n = l.mus.length;
  const m = l.logSigmas.length;

  // One pixel per grid point, row 0 (the smallest σ) at the bottom; the browser's smoothing interpolates.
  let cells = cellCanvases.get(`${n}x${m}`);
  if (!cells) {
    cells = document.createElement('canvas');
    cells.width = n;
    cells.height = m;
    cellCanvases.set(`${n}x${m}`, cells);
  }
  const image = new ImageData(n, m);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) {
      const [r, g, b] = viridis(heatLevel(scale, l.values[j * n + i]!));
      const at = 4 * ((m - 1 - j) * n + i);
      image.data[at] = r;
      image.data[at + 1] = g;
      image.data[at + 2] = b;
      image.data[at + 3] = 255;
    }
  }
  cells.getContext('2d')!.putImageData(image, 0, 0);
  // Pixel centres on the grid points: the image reaches half a cell past the plot on every side, clipped.
  const cw = box.w / (n - 1);
  const ch = box.h / (m - 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.w, box.h);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(cells, box.left - cw / 2, box.top - ch / 2, box.w + cw, box.h + ch);

  // Contours at the colour scale's labelled values: light over the dark basins, dark over the bright walls.
  ctx.lineWidth = 1;
  for (const level of ticks.slice(1)) {
    const segments = contourSegments(l.values, n, m, level);
    ctx.strokeStyle = heatLevel(scale, level) < 0.55 ? 'rgba(255, 255, 255, 0.55)' : 'rgba(0, 0, 0, 0.4)';
    ctx.beginPath();
    for (let k = 0; k < segments.length; k += 4) {
      ctx.moveTo(box.left + segments[k]! * cw, box.top + box.h - segments[k + 1]! * ch);
      ctx.lineTo(box.left + segments[k + 2]! * cw, box.top + box.h - segments[k + 3]! * ch);
    }
    ctx.stroke();
  }
  ctx.restore();

  ctx.strokeStyle = colors.grid;
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.w - 1, box.h - 1);
  ctx.fillStyle = colors.text;
  ctx.strokeStyle = colors.text;
  ctx.font = FONT;

  // μ axis: round values across the bottom.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const mu0 = l.mus[0]!;
  const mu1 = l.mus[n - 1]!;
  ctx.beginPath();
  for (const v of niceTicks(mu0, mu1, Math.max(3, Math.floor(box.w / 60)))) {
    const x = box.left + ((v - mu0) / (mu1 - mu0)) * box.w;
    ctx.moveTo(x, box.top + box.h);
    ctx.lineTo(x, box.top + box.h + 4);
    ctx.fillText(formatNumber(v, 3), x, box.top + box.h + 6);
  }
  ctx.stroke();
  ctx.fillText('μ', box.left + box.w / 2, box.top + box.h + 20);

  // σ axis: round values on a log scale up the left side.
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const ls0 = l.logSigmas[0]!;
  const ls1 = l.logSigmas[m - 1]!;
  ctx.beginPath();
  for (const v of logTicks(Math.exp(ls0), Math.exp(ls1), Math.max(3, Math.floor(box.h / 36)))) {
    const y = box.top + box.h - ((Math.log(v) - ls0) / (ls1 - ls0)) * box.h;
    ctx.moveTo(box.left - 4, y);
    ctx.lineTo(box.left, y);
    ctx.fillText(formatNumber(v, 3), box.left - 6, y);
  }
  ctx.stroke();
  ctx.save();
  ctx.translate(12, box.top + box.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText('σ (log scale)', 0, 0);
  ctx.restore();

  // The colour scale: the ramp bottom (low) to top (high), its labelled values in nats.
  const barX = box.left + box.w + 10;
  const barW = 10;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(ramp(), barX, box.top, barW, box.h);
  ctx.strokeStyle = colors.grid;
  ctx.strokeRect(barX + 0.5, box.top + 0.5, barW - 1, box.h - 1);
  ctx.fillStyle = colors.text;
  ctx.strokeStyle = colors.text;
  ctx.textAlign = 'left';
  ctx.beginPath();
  for (const v of ticks) {
    const y = box.top + box.h - heatLevel(scale, v) * box.h;
    ctx.moveTo(barX + barW, y);
    ctx.lineTo(barX + barW + 3, y);
    ctx.fillText(formatNumber(v, 2), barX + barW + 5, Math.min(box.top + box.h - 6, Math.max(box.top + 6, y)));
  }
  ctx.stroke();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText('nats', barX + barW / 2 + 8, box.top + box.h + 6);
  return canvas;
}

let rampImage: HTMLCanvasElement | null = null;

/** The colour ramp as a 1 × 64 image, high at the top, drawn scaled for every colour bar. */
function ramp(): HTMLCanvasElement {
  if (rampImage) return rampImage;
  rampImage = document.createElement('canvas');
  rampImage.width = 1;
  rampImage.height = 64;
  const ctx = rampImage.getContext('2d')!;
  for (let y = 0; y < 64; y++) {
    const [r, g, b] = viridis(1 - y / 63);
    ctx.fillStyle = `rgb(${r} ${g} ${b})`;
    ctx.fillRect(0, y, 1, 1);
  }
  return rampImage;
}

/** The minima (rings; the best, or the tied best, with a centre dot), the descent's path and the current q. */
export function paintOverlay(ctx: CanvasRenderingContext2D, map: Picture, box: Box, path: readonly DescentFrame[], picked: { mu: number; sigma: number } | null): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.w, box.h);
  ctx.clip();
  for (const o of map.minima) {
    const [x, y] = toPixel(map, box, o.mu, o.sigma);
    const best = o.rank !== 'local minimum';
    const radius = best ? 7 : 5.5;
    ring(ctx, x, y, radius);
    if (best) dot(ctx, x, y, 2);
  }
  if (path.length > 1) {
    ctx.beginPath();
    path.forEach((f, k) => {
      const [x, y] = toPixel(map, box, f.mu, f.sigma);
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  const current = path.at(-1) ?? picked;
  if (current) {
    const [x, y] = toPixel(map, box, current.mu, current.sigma);
    ctx.beginPath();
    ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#000';
    ctx.stroke();
  }
  ctx.restore();
}

/** A white ring with a dark edge, visible on every colour of the ramp. */
function ring(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.lineWidth = 4;
  ctx.strokeStyle = '#000';
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#fff';
  ctx.stroke();
}

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.fillStyle = '#fff';
  ctx.fill();
}
