/**
 * The descent panel of the kl-fits widget: gradient descent from a start the reader picks, drawn on the two
 * landscapes KL(p‖q) and KL(q‖p) over (μ, σ), with axes, a colour scale in nats, contour lines at the
 * scale's labelled values, the minima and the descent's path.
 *
 * Lifecycle. The panel follows the widget's `fits` store. While it is closed nothing is computed. While
 * open, each new target starts a landscape computation that runs after the frame has been drawn (so the
 * widget's numbers and plots come first), a few milliseconds per frame, never more than one at a time.
 * While the target keeps changing (a drag) the grid is coarse (COARSE points a side) and a computation
 * always finishes, then the next starts from the latest target; once the target has rested for
 * SETTLE_MS, the landscapes are recomputed on the fine grid (FINE), and that one is dropped if the
 * target moves again. The browser's image smoothing interpolates either grid into a smooth picture.
 * Each landscape's heat image, contours and axes are painted once into an offscreen canvas; the path and
 * the markers go on top, so an animation frame costs two image copies and a few strokes (landscape-canvas.ts).
 */
import { writeText } from './shell/dom-write';
import { descentPath, type DescentFrame } from '~/lib/fits/descent';
import { defaultGrid, landscapeJob, type Landscape, type LandscapeJob } from '~/lib/fits/landscape';
import type { Objective } from '~/lib/fits/objectives';
import { heatParameters, heatScale, heatTicks } from '~/lib/plot/heatmap';
import { formatNumber, formatParameter } from '~/lib/format/number';
import { landscapeText, rankOptima } from '~/lib/fits/text';
import { parsePlainNumber } from '~/lib/input/parse';
import { onThemeChange, themeColors, type ThemeColors } from './theme-colors';
import { paintOverlay, paintStatic, plotBox, type Minimum, type Picture } from './landscape-canvas';
import type { Store } from './shell/store';
import type { Mixture } from '~/lib/mixture/mixture';
import type { FitsSummary } from '~/lib/fits/summary';

/** What the panel needs after each refit. */
export interface FitsChange {
  mixture: Mixture;
  summary: FitsSummary;
}

type Which = 'forward' | 'reverse';
const WHICH: readonly Which[] = ['forward', 'reverse'];
const NAMES: Record<Objective, string> = { forward: 'KL(p‖q)', reverse: 'KL(q‖p)', js: 'JS(p, q)' };

/** Grid points per axis while the target is changing (576 evaluations a landscape) and once it rests (2,304). */
const COARSE = 16;
const FINE = 48;
/** How long the target must rest before the fine grid is computed. */
const SETTLE_MS = 250;
/** Most main-thread time a landscape computation takes per frame. */
const SLICE_MS = 3;

export class KlDescentPanel {
  readonly #root: HTMLDetailsElement;
  readonly #onFrame: (q: { mu: number; sigma: number } | null) => void;
  readonly #canvases: Record<Which, HTMLCanvasElement>;
  #change: FitsChange | null = null;
  readonly #maps = new Map<Which, Picture>();
  /** Painted heat images with axes, by landscape, and the size and theme they were painted for. */
  readonly #statics = new Map<Which, { canvas: HTMLCanvasElement; key: string }>();
  #job: { change: FitsChange; jobs: LandscapeJob[]; fine: boolean } | null = null;
  /** Whether the landscapes shown are on the fine grid of the latest target. */
  #fineShown = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #changedAt = 0;
  /** The descent frames shown so far (the path), the last being the current q. */
  #path: DescentFrame[] = [];
  /** The current q when it was set by a click rather than a descent. */
  #picked: { mu: number; sigma: number } | null = null;
  #animation = 0;
  #afterFrame: (() => void) | null = null;
  #frameRequest = 0;
  readonly #channel = new MessageChannel();
  #colors: ThemeColors | null = null;

  constructor(
    root: HTMLDetailsElement,
    fits: Store<FitsChange | null>,
    onFrame: (q: { mu: number; sigma: number } | null) => void,
    signal: AbortSignal,
  ) {
    this.#root = root;
    this.#onFrame = onFrame;
    this.#change = fits.get();
    this.#canvases = {
      forward: root.querySelector<HTMLCanvasElement>('[data-landscape="forward"]')!,
      reverse: root.querySelector<HTMLCanvasElement>('[data-landscape="reverse"]')!,
    };
    const options = { signal };
    root.addEventListener('toggle', () => this.#refresh(), options);
    root.querySelector('[data-play]')!.addEventListener('click', () => this.#play(), options);
    for (const which of WHICH) {
      this.#canvases[which].addEventListener('click', (event) => this.#pickStart(which, event), options);
    }
    this.#channel.port1.onmessage = () => {
      const run = this.#afterFrame;
      this.#afterFrame = null;
      run?.();
    };
    const unsubscribe = fits.subscribe((change) => this.#follow(change));
    const resize = new ResizeObserver(() => this.#drawAll());
    for (const which of WHICH) resize.observe(this.#canvases[which]);
    const stopFollowingTheme = onThemeChange(() => {
      this.#colors = null;
      this.#drawAll();
    });
    signal.addEventListener('abort', () => {
      unsubscribe();
      clearTimeout(this.#settleTimer);
      resize.disconnect();
      stopFollowingTheme();
      cancelAnimationFrame(this.#animation);
      cancelAnimationFrame(this.#frameRequest);
      this.#afterFrame = null;
      this.#job = null;
      this.#channel.port1.close();
    });
    // Made after the panel was opened (the widget loads this module on first opening): start at once.
    if (root.open) this.#refresh();
  }

  /** After every refit: stop any run, forget its path, and recompute the landscapes for the new target. */
  #follow(change: FitsChange | null): void {
    this.#change = change;
    this.#stop();
    this.#path = [];
    this.#picked = null;
    this.#fineShown = false;
    // A fine computation for an older target is not worth finishing.
    if (this.#job?.fine) this.#job = null;
    clearTimeout(this.#settleTimer);
    this.#changedAt = performance.now();
    this.#settleTimer = setTimeout(() => this.#refresh(), SETTLE_MS);
    if (this.#root.open && this.#change && !this.#job) this.#startJob(this.#change, false);
  }

  /** On opening, and once the target has rested: the fine landscapes of the latest target, unless shown or under way. */
  #refresh(): void {
    if (!this.#root.open || !this.#change || this.#fineShown || this.#job) return;
    this.#startJob(this.#change, true);
  }

  #startJob(change: FitsChange, fine: boolean): void {
    const grid = defaultGrid(change.mixture, fine ? FINE : COARSE);
    this.#job = { change, fine, jobs: [landscapeJob(change.mixture, 'forward', grid), landscapeJob(change.mixture, 'reverse', grid)] };
    this.#whenDrawn(() => this.#work());
  }

  /** Runs `task` once the next frame has been rendered (a message posted from its animation-frame callback). */
  #whenDrawn(task: () => void): void {
    this.#afterFrame = task;
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = requestAnimationFrame(() => this.#channel.port2.postMessage(0));
  }

  /** One slice of the landscape computation; reschedules itself until done, then draws. */
  #work(): void {
    const job = this.#job;
    if (!job) return;
    if (!this.#root.open) {
      this.#job = null;
      return;
    }
    const start = performance.now();
    for (const j of job.jobs) {
      while (!j.fill(1)) {
        if (performance.now() - start >= SLICE_MS) return this.#whenDrawn(() => this.#work());
      }
    }
    this.#job = null;
    this.#setMaps(job.change, job.jobs.map((j) => j.landscape));
    this.#drawAll();
    const latest = this.#change;
    if (latest === job.change) {
      this.#fineShown = job.fine;
      // The coarse pass finished after the target came to rest (its timer found this job running): refine now.
      if (!job.fine && performance.now() - this.#changedAt >= SETTLE_MS) this.#refresh();
    } else if (latest) this.#startJob(latest, false);
  }

  #setMaps(change: FitsChange, [forward, reverse]: Landscape[]): void {
    const ranks = rankOptima(change.summary.reverseOptima);
    const minima: Record<Which, Minimum[]> = {
      forward: [{ ...change.summary.forward, kl: change.summary.forwardKlOfForward, rank: 'global minimum' }],
      reverse: change.summary.reverseOptima.map((o, k) => ({ ...o, rank: ranks[k]! })),
    };
    for (const [which, l] of [['forward', forward!], ['reverse', reverse!]] as const) {
      const scale = heatScale(l.values);
      const map: Picture = { l, scale, ticks: heatTicks(scale), minima: minima[which] };
      this.#maps.set(which, map);
      const layer = this.#statics.get(which);
      if (layer) layer.key = '';
      const canvas = this.#canvases[which];
      const ls = l.logSigmas;
      canvas.setAttribute(
        'aria-label',
        `${landscapeText({ name: NAMES[which], muMin: l.mus[0]!, muMax: l.mus.at(-1)!, sigmaMin: Math.exp(ls[0]!), sigmaMax: Math.exp(ls.at(-1)!), low: scale.min, high: scale.max, minima: map.minima })} Click to set the start.`,
      );
    }
  }

  #objective(): Objective {
    const checked = this.#root.querySelector<HTMLInputElement>('.objective input:checked');
    return (checked?.value ?? 'reverse') as Objective;
  }

  #start(): { mu: number; sigma: number } | string {
    const mu = parsePlainNumber(this.#root.querySelector<HTMLInputElement>('[data-start="mu"]')!.value);
    const sigma = parsePlainNumber(this.#root.querySelector<HTMLInputElement>('[data-start="sigma"]')!.value);
    if (mu === null || mu < -15 || mu > 15) return 'The start μ must be a number between −15 and 15.';
    if (sigma === null || sigma < 0.05 || sigma > 10) return 'The start σ must be a number between 0.05 and 10.';
    return { mu, sigma };
  }

  #status(text: string): void {
    writeText(this.#root.querySelector<HTMLElement>('[data-status]')!, text);
  }

  #play(): void {
    const change = this.#change;
    if (!change) return;
    const start = this.#start();
    if (typeof start === 'string') return this.#status(start);
    this.#stop();
    this.#picked = null;
    const objective = this.#objective();
    const frames = descentPath(change.mixture, start, objective, { maxFrames: 300 });
    const name = NAMES[objective];
    const show = (k: number) => {
      const f = frames[k]!;
      this.#path = frames.slice(0, k + 1);
      this.#onFrame(f);
      this.#drawAll();
      const where = `μ = ${formatParameter(f.mu)}, σ = ${formatParameter(f.sigma)}, ${name} = ${formatNumber(f.kl)} nats`;
      writeText(this.#root.querySelector<HTMLElement>('[data-frame]')!, `Step ${k} of ${frames.length - 1}: ${where}.`);
      // The live region speaks once, at the end, not on every frame.
      if (k === frames.length - 1) this.#status(`Converged after ${k} steps: ${where}.`);
    };
    this.#status('');
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return show(frames.length - 1);
    let k = 0;
    const step = () => {
      show(k);
      if (++k < frames.length) this.#animation = requestAnimationFrame(step);
    };
    step();
  }

  #stop(): void {
    cancelAnimationFrame(this.#animation);
    this.#onFrame(null);
  }

  #pickStart(which: Which, event: MouseEvent): void {
    const map = this.#maps.get(which);
    if (!map) return;
    const canvas = this.#canvases[which];
    const rect = canvas.getBoundingClientRect();
    const box = plotBox(rect.width, rect.height);
    const fx = (event.clientX - rect.left - box.left) / box.w;
    const fy = (event.clientY - rect.top - box.top) / box.h;
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
    const q = heatParameters(map.l, fx, fy);
    this.#root.querySelector<HTMLInputElement>('[data-start="mu"]')!.value = formatParameter(q.mu);
    this.#root.querySelector<HTMLInputElement>('[data-start="sigma"]')!.value = formatParameter(q.sigma);
    this.#stop();
    this.#path = [];
    this.#picked = q;
    this.#drawAll();
    this.#status(`Start set to μ = ${formatParameter(q.mu)}, σ = ${formatParameter(q.sigma)}. Press play.`);
  }

  #drawAll(): void {
    if (!this.#root.open) return;
    const colors = (this.#colors ??= themeColors());
    for (const which of WHICH) {
      const map = this.#maps.get(which);
      if (!map) continue;
      const canvas = this.#canvases[which];
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      if (width === 0 || height === 0) continue;
      const dpr = window.devicePixelRatio || 1;
      const key = `${width}x${height}@${dpr}:${colors.text}`;
      let layer = this.#statics.get(which);
      if (!layer || layer.key !== key) {
        // The offscreen canvas is kept and repainted, not made anew, for each new landscape.
        layer = { canvas: paintStatic(map, width, height, dpr, colors, layer?.canvas ?? document.createElement('canvas')), key };
        this.#statics.set(which, layer);
      }
      if (canvas.width !== layer.canvas.width || canvas.height !== layer.canvas.height) {
        canvas.width = layer.canvas.width;
        canvas.height = layer.canvas.height;
      }
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(layer.canvas, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      paintOverlay(ctx, map, plotBox(width, height), this.#path, this.#picked);
      canvas.setAttribute('data-chart-ready', '');
    }
  }
}

