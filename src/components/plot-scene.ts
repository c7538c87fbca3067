/**
 * A plot's picture as plain data, and the one function that draws it. curve-plot.ts lays a plot out on
 * the main thread (scales, ticks, pixel coordinates) and describes it as a PlotScene; drawScene turns
 * the scene into canvas calls, in the plot worker (plot-worker.ts) where the browser can draw there,
 * else on the page. Nothing here touches the DOM, so the same code runs in both places. Every
 * coordinate is in CSS pixels; drawScene scales to device pixels.
 */

/** A 2D context on the page or in a worker: the calls drawScene makes exist on both. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A polyline, stroked, and optionally filled down to a horizontal line first. */
export interface Stroke {
  /** x0, y0, x1, y1, …, CSS px. */
  points: Float32Array;
  color: string;
  width: number;
  dash?: readonly number[];
  alpha?: number;
  /** The area between the line and y = fillTo (CSS px) is filled in this colour. */
  fill?: { color: string; to: number };
}

/** A text drawn in the scene's font; `vertical` turns it a quarter left, about (x, y). */
export interface Label {
  text: string;
  x: number;
  y: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  vertical?: boolean;
}

/** Handle marks over the curves: circles and diamonds centred at (x, y) pairs. */
export interface Marks {
  circles: Float32Array;
  diamonds: Float32Array;
  /** The circles' radius and the diamonds' half-diagonal, CSS px. */
  radius: number;
  fill: string;
  stroke: string;
  width: number;
}

export interface PlotScene {
  /** The canvas's CSS size and the device pixel ratio to draw at. */
  width: number;
  height: number;
  dpr: number;
  font: string;
  /** Grid lines and tick marks, as segments x0, y0, x1, y1. */
  grid: Float32Array;
  gridColor: string;
  labels: Label[];
  textColor: string;
  /** The plot rectangle the curves are clipped to. */
  clip: { left: number; top: number; right: number; bottom: number };
  curves: Stroke[];
  /** Drawn after the curves, unclipped. */
  overlay: Stroke[];
  marks?: Marks;
}

/** Draws `scene` on `canvas` (a page canvas or an OffscreenCanvas), sizing it to the scene first. */
export function drawScene(canvas: { width: number; height: number }, ctx: Context2D, scene: PlotScene): void {
  const { dpr } = scene;
  const w = Math.round(scene.width * dpr);
  const h = Math.round(scene.height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = scene.font;
  ctx.lineJoin = 'round';

  ctx.strokeStyle = scene.gridColor;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.beginPath();
  const g = scene.grid;
  for (let i = 0; i + 3 < g.length; i += 4) {
    ctx.moveTo(g[i]!, g[i + 1]!);
    ctx.lineTo(g[i + 2]!, g[i + 3]!);
  }
  ctx.stroke();

  ctx.fillStyle = scene.textColor;
  for (const label of scene.labels) {
    ctx.textAlign = label.align;
    ctx.textBaseline = label.baseline;
    if (!label.vertical) {
      ctx.fillText(label.text, label.x, label.y);
      continue;
    }
    ctx.save();
    ctx.translate(label.x, label.y);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(label.text, 0, 0);
    ctx.restore();
  }

  const { left, top, right, bottom } = scene.clip;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, bottom - top);
  ctx.clip();
  for (const stroke of scene.curves) drawStroke(ctx, stroke);
  ctx.restore();
  for (const stroke of scene.overlay) drawStroke(ctx, stroke);
  if (scene.marks) drawMarks(ctx, scene.marks);
}

function tracePolyline(ctx: Context2D, points: Float32Array): void {
  ctx.moveTo(points[0]!, points[1]!);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i]!, points[i + 1]!);
}

function drawStroke(ctx: Context2D, stroke: Stroke): void {
  const pts = stroke.points;
  if (pts.length < 2) return;
  ctx.globalAlpha = stroke.alpha ?? 1;
  if (stroke.fill) {
    ctx.beginPath();
    tracePolyline(ctx, pts);
    ctx.lineTo(pts[pts.length - 2]!, stroke.fill.to);
    ctx.lineTo(pts[0]!, stroke.fill.to);
    ctx.closePath();
    ctx.fillStyle = stroke.fill.color;
    ctx.fill();
  }
  ctx.beginPath();
  tracePolyline(ctx, pts);
  ctx.strokeStyle = stroke.color;
  ctx.lineWidth = stroke.width;
  ctx.setLineDash(stroke.dash ?? []);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function drawMarks(ctx: Context2D, marks: Marks): void {
  const r = marks.radius;
  ctx.beginPath();
  const c = marks.circles;
  for (let i = 0; i + 1 < c.length; i += 2) {
    ctx.moveTo(c[i]! + r - 1, c[i + 1]!);
    ctx.arc(c[i]!, c[i + 1]!, r - 1, 0, 2 * Math.PI);
  }
  const d = marks.diamonds;
  for (let i = 0; i + 1 < d.length; i += 2) {
    const x = d[i]!;
    const y = d[i + 1]!;
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  }
  ctx.lineWidth = marks.width;
  ctx.fillStyle = marks.fill;
  ctx.strokeStyle = marks.stroke;
  ctx.fill();
  ctx.stroke();
}
