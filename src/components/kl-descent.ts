/**
 * The descent panel of the kl-fits widget. It follows the widget's `fits` store, and only while open
 * recomputes the two landscapes (about 3,200 divergence evaluations, deferred to the next
 * frame so the widget's numbers come first). Play steps through descentPath frames one per animation
 * frame, or jumps to the last frame when the reader prefers reduced motion.
 */
import { descentPath } from '~/lib/fits/descent';
import { landscape, type Landscape } from '~/lib/fits/landscape';
import type { Objective } from '~/lib/fits/objectives';
import { heatLevels, heatParameters, heatPosition, viridis } from '~/lib/plot/heatmap';
import { formatNumber, formatParameter } from '~/lib/format/number';
import { parsePlainNumber } from '~/lib/input/parse';
import type { Store } from './shell/store';
import type { Mixture } from '~/lib/mixture/mixture';
import type { FitsSummary } from '~/lib/fits/summary';

/** What the panel needs after each refit. */
export interface FitsChange {
  mixture: Mixture;
  summary: FitsSummary;
}

export class KlDescentPanel {
  readonly #root: HTMLDetailsElement;
  readonly #onFrame: (q: { mu: number; sigma: number } | null) => void;
  #change: FitsChange | null = null;
  #landscapes = new Map<'forward' | 'reverse', Landscape>();
  #current: { mu: number; sigma: number } | null = null;
  #animation = 0;
  #pending = 0;

  constructor(
    root: HTMLDetailsElement,
    fits: Store<FitsChange | null>,
    onFrame: (q: { mu: number; sigma: number } | null) => void,
    signal: AbortSignal,
  ) {
    this.#root = root;
    this.#onFrame = onFrame;
    this.#change = fits.get();
    root.addEventListener('toggle', () => this.#refresh(), { signal });
    root.querySelector('[data-play]')!.addEventListener('click', () => this.#play(), { signal });
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('[data-landscape]')) {
      canvas.addEventListener('click', (event) => this.#pickStart(canvas, event), { signal });
    }
    const unsubscribe = fits.subscribe((change) => this.#follow(change));
    signal.addEventListener('abort', () => {
      unsubscribe();
      cancelAnimationFrame(this.#animation);
      cancelAnimationFrame(this.#pending);
    });
  }

  /** After every refit: stop any run and redraw the landscapes for the new target. */
  #follow(change: FitsChange | null): void {
    this.#change = change;
    this.#stop();
    this.#current = null;
    this.#refresh();
  }

  #refresh(): void {
    if (!this.#root.open || !this.#change) return;
    cancelAnimationFrame(this.#pending);
    this.#pending = requestAnimationFrame(() => {
      const p = this.#change!.mixture;
      this.#landscapes.set('forward', landscape(p, 'forward'));
      this.#landscapes.set('reverse', landscape(p, 'reverse'));
      this.#drawAll();
    });
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
    this.#root.querySelector<HTMLElement>('[data-status]')!.textContent = text;
  }

  #play(): void {
    const change = this.#change;
    if (!change) return;
    const start = this.#start();
    if (typeof start === 'string') return this.#status(start);
    this.#stop();
    const objective = this.#objective();
    const frames = descentPath(change.mixture, start, objective, { maxFrames: 300 });
    const name = { forward: 'KL(p‖q)', reverse: 'KL(q‖p)', js: 'JS(p, q)' }[objective];
    const show = (k: number) => {
      const f = frames[k]!;
      this.#current = f;
      this.#onFrame(f);
      this.#drawAll();
      const where = `μ = ${formatParameter(f.mu)}, σ = ${formatParameter(f.sigma)}, ${name} = ${formatNumber(f.kl)} nats`;
      this.#root.querySelector<HTMLElement>('[data-frame]')!.textContent = `Step ${k} of ${frames.length - 1}: ${where}.`;
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

  #pickStart(canvas: HTMLCanvasElement, event: MouseEvent): void {
    const l = this.#landscapes.get(canvas.dataset['landscape'] as 'forward' | 'reverse');
    if (!l) return;
    const box = canvas.getBoundingClientRect();
    const q = heatParameters(l, (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    this.#root.querySelector<HTMLInputElement>('[data-start="mu"]')!.value = formatParameter(q.mu);
    this.#root.querySelector<HTMLInputElement>('[data-start="sigma"]')!.value = formatParameter(q.sigma);
    this.#current = q;
    this.#drawAll();
    this.#status(`Start set to μ = ${formatParameter(q.mu)}, σ = ${formatParameter(q.sigma)}. Press play.`);
  }

  #drawAll(): void {
    const change = this.#change;
    if (!change) return;
    for (const canvas of this.#root.querySelectorAll<HTMLCanvasElement>('[data-landscape]')) {
      const which = canvas.dataset['landscape'] as 'forward' | 'reverse';
      const l = this.#landscapes.get(which);
      if (!l) continue;
      const optima = which === 'forward' ? [change.summary.forward] : change.summary.reverseOptima;
      drawHeatmap(canvas, l, optima, this.#current);
    }
  }
}

/** Paints the landscape cells, rings at the optima and a dot at the current q. */
function drawHeatmap(canvas: HTMLCanvasElement, l: Landscape, optima: ReadonlyArray<{ mu: number; sigma: number }>, current: { mu: number; sigma: number } | null): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const levels = heatLevels(l.values);
  const n = l.mus.length;
  const m = l.logSigmas.length;
  const cw = canvas.width / n;
  const ch = canvas.height / m;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) {
      const [r, g, b] = viridis(levels[j * n + i]!);
      ctx.fillStyle = `rgb(${r} ${g} ${b})`;
      // Row j = 0 is the smallest σ, drawn at the bottom.
      ctx.fillRect(i * cw, canvas.height - (j + 1) * ch, Math.ceil(cw), Math.ceil(ch));
    }
  }
  const mark = (q: { mu: number; sigma: number }, radius: number, fill: boolean) => {
    const { fx, fy } = heatPosition(l, q.mu, q.sigma);
    ctx.beginPath();
    ctx.arc(fx * canvas.width, fy * canvas.height, radius, 0, 2 * Math.PI);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#000';
    if (fill) {
      ctx.fillStyle = '#fff';
      ctx.fill();
    }
    ctx.stroke();
    if (!fill) {
      ctx.beginPath();
      ctx.arc(fx * canvas.width, fy * canvas.height, radius - 2, 0, 2 * Math.PI);
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }
  };
  for (const o of optima) mark(o, 7, false);
  if (current) mark(current, 4, true);
}

