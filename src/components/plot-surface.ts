/**
 * Where a plot's scenes are drawn. Where the browser can hand a canvas to a worker
 * (transferControlToOffscreen), one worker per page draws every hand-drawn plot (plot-worker.ts) and the
 * page only describes each picture; the drawing and the rasterizing leave the main thread, which an
 * input event shares with layout and paint. Until the worker has started, a plot keeps only its latest
 * scene; if the worker cannot start, or the browser has no OffscreenCanvas, the same drawScene draws on
 * the page (its code loaded only then). A canvas is handed over only once the worker is known to run,
 * because a canvas handed over can no longer be drawn on from the page.
 */
import type { PlotScene } from './plot-scene';
import type { FromWorker, ToWorker } from './plot-worker';

export interface PlotSurface {
  /** Draws `scene` now, or as soon as the worker has started. The scene's arrays may be transferred. */
  draw(scene: PlotScene): void;
}

/** Where this page draws: not decided yet (worker starting), in the worker, or on the page. */
let mode: 'starting' | 'worker' | 'page' | undefined;
let worker: Worker | null = null;
const onDecided = new Set<() => void>();
const onFirstDrawn = new Map<number, () => void>();
let nextId = 0;

function startWorker(): void {
  if (mode) return;
  if (typeof OffscreenCanvas === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) {
    mode = 'page';
    return;
  }
  try {
    worker = new Worker(new URL('./plot-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    mode = 'page';
    return;
  }
  mode = 'starting';
  const decide = (where: 'worker' | 'page') => {
    if (mode !== 'starting') return;
    mode = where;
    if (where === 'page') worker?.terminate();
    onDecided.forEach((f) => f());
    onDecided.clear();
  };
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    if (data.kind === 'drawn') onFirstDrawn.get(data.id)?.();
    else decide(data.kind === 'ready' ? 'worker' : 'page');
  });
  // A worker that fails to load or to start, or cannot draw: the plots are drawn on the page instead.
  worker.addEventListener('error', () => decide('page'));
}

/** Every ArrayBuffer a scene holds, to transfer rather than copy when it is posted to the worker. */
function sceneBuffers(scene: PlotScene): ArrayBuffer[] {
  const arrays = [scene.grid, ...scene.curves.map((s) => s.points), ...scene.overlay.map((s) => s.points)];
  if (scene.marks) arrays.push(scene.marks.circles, scene.marks.diamonds);
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

function post(message: ToWorker, transfer: Transferable[] = []): void {
  worker!.postMessage(message, transfer);
}

/** The surface for `canvas`; `onFirstDraw` runs once, after its first scene is on screen. Released when `signal` aborts. */
export function plotSurface(canvas: HTMLCanvasElement, onFirstDraw: () => void, signal: AbortSignal): PlotSurface {
  startWorker();
  const id = nextId++;
  let draw: ((scene: PlotScene) => void) | null = null;
  let waiting: PlotScene | null = null;
  const use = (drawNow: (scene: PlotScene) => void) => {
    draw = drawNow;
    if (waiting) drawNow(waiting);
    waiting = null;
  };
  const settle = () => {
    if (signal.aborted) return;
    if (mode === 'worker') {
      const offscreen = canvas.transferControlToOffscreen();
      post({ kind: 'attach', id, canvas: offscreen }, [offscreen]);
      onFirstDrawn.set(id, () => {
        onFirstDrawn.delete(id);
        onFirstDraw();
      });
      signal.addEventListener('abort', () => {
        onFirstDrawn.delete(id);
        post({ kind: 'detach', id });
      });
      use((scene) => post({ kind: 'draw', id, scene }, sceneBuffers(scene)));
      return;
    }
    drawOnPage();
  };
  // The page's own drawing code is fetched only when it is needed. If that fails (the reader went
  // offline before the worker or this code arrived), the next scene tries again.
  let fetchingPageCode = false;
  const drawOnPage = () => {
    if (fetchingPageCode) return;
    fetchingPageCode = true;
    import('./plot-scene').then(
      ({ drawScene }) => {
        if (signal.aborted) return;
        const ctx = canvas.getContext('2d')!;
        let first = true;
        use((scene) => {
          drawScene(canvas, ctx, scene);
          if (!first) return;
          first = false;
          onFirstDraw();
        });
      },
      () => (fetchingPageCode = false),
    );
  };
  if (mode === 'starting') onDecided.add(settle);
  else settle();
  signal.addEventListener('abort', () => onDecided.delete(settle));
  return {
    draw: (scene) => {
      if (draw) return draw(scene);
      waiting = scene;
      if (mode === 'page') drawOnPage();
    },
  };
}
