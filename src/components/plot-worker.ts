/**
 * The plot worker: draws the scenes of the page's hand-drawn plots on their transferred canvases, so
 * that neither the canvas calls nor the rasterizing of the curves (with software raster, about a
 * millisecond per frame on a slow machine) takes time on the page's main thread. plot-surface.ts is
 * the other side.
 */
import { drawScene, type PlotScene } from './plot-scene';

/** From the page: a canvas to draw on from now on, a scene to draw on one, or a canvas whose widget has gone. */
export type ToWorker =
  | { kind: 'attach'; id: number; canvas: OffscreenCanvas }
  | { kind: 'draw'; id: number; scene: PlotScene }
  | { kind: 'detach'; id: number };
/** To the page: the worker can draw, or cannot (no 2D context on an OffscreenCanvas here), or it has drawn its first scene on canvas `id`. */
export type FromWorker = { kind: 'ready' } | { kind: 'unable' } | { kind: 'drawn'; id: number };

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

const canvases = new Map<number, { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D; drawn: boolean }>();

scope.addEventListener('message', ({ data }) => {
  if (data.kind === 'attach') {
    const ctx = data.canvas.getContext('2d');
    if (ctx) canvases.set(data.id, { canvas: data.canvas, ctx, drawn: false });
    return;
  }
  if (data.kind === 'detach') {
    canvases.delete(data.id);
    return;
  }
  const target = canvases.get(data.id);
  if (!target) return;
  drawScene(target.canvas, target.ctx, data.scene);
  if (target.drawn) return;
  target.drawn = true;
  scope.postMessage({ kind: 'drawn', id: data.id });
});

/** Some browsers have OffscreenCanvas but no 2D context for it in a worker. */
function canDraw(): boolean {
  try {
    return new OffscreenCanvas(1, 1).getContext('2d') !== null;
  } catch {
    return false;
  }
}

scope.postMessage({ kind: canDraw() ? 'ready' : 'unable' });
