/**
 * Main-thread cost of one input event on the kl-fits μ₁ slider, drawing included, with the panels closed
 * and open. Prints a table of medians and 90th percentiles; asserts nothing
 * (`E2E_PORT=… npm run bench:browser -- e2e/bench/kl-fits.spec.ts`).
 *
 * Each scenario is driven twice under a DevTools trace, and a listener stamps the trace at every pointer
 * move (a mouse drag) or synthetic input event; an event's cost is the main thread's CPU time (trace `tdur`, so time the thread spent
 * descheduled on a busy machine does not count) in all tasks from its stamp to the next one: script,
 * style, layout, paint, commit, timers, GC, everything the event caused.
 * - "mouse drag": the reader's case. A mouse drag over the slider, one pixel (one slider value) per
 *   frame, sent as a real mouse's events are (raw-mouse.ts), with the waits between them outside the
 *   page. Chromium dispatches such input at the start of a frame, so the numbers and the coalesced plots
 *   are drawn in the same frame.
 * - "synthetic in rAF": one input event per frame, dispatched inside a requestAnimationFrame callback
 *   (frame N), so the plots wait for frame N+1: two renderings per event, an upper bound. "numbers in
 *   sync" is the share of these events after which forward-mu had changed when dispatch returned.
 * The breakdown columns are per-event means of the trace's script, style + layout, paint and commit time.
 *
 * Each mode is also driven with nothing for the widget to do ("harness" rows): the same mouse moves with
 * no button held, over a paragraph of the widget, and the same rAF loop without the event. That is what
 * Playwright's messages, the waits for a frame and the stamps cost; the "net" table subtracts its median,
 * leaving the work the input events themselves cause.
 *
 * A second table times synthetic events from JavaScript with no trace running (wall-clock, so a busy
 * machine inflates it): the handler, then every animation-frame callback and rendering until the plots
 * are drawn. A rendering's end is when a MessageChannel message posted at the end of its frame's
 * callbacks arrives. "in rAF": dispatched inside frame N's callbacks, so handler + rendering N + frame
 * N+1's callbacks + rendering N+1. "before a frame": dispatched in a task just after a rendering, as real
 * input arrives, so handler + the next frame's callbacks + its rendering.
 */
import { test, type Browser, type Locator, type Page } from '@playwright/test';
import { rawMouse, waitAFrame } from './raw-mouse';

const PAGE = 'forward-vs-reverse/';
const EVENTS = 80;
const WARMUP = 10;
const MARK = 'kl-fits-bench-input';

/**
 * Dispatches `count` synthetic input events on the μ₁ slider, one per frame inside rAF; returns the share
 * applied synchronously. With `dispatch` false it only stamps the trace where it would dispatch: the
 * harness's own cost.
 */
async function synthetic(page: Page, count: number, dispatch = true): Promise<number> {
  return page.evaluate(async ({ n, dispatch, mark }) => {
    const widget = document.querySelector('[data-widget="kl-fits"]')!;
    const slider = widget.querySelector<HTMLInputElement>('input[type="range"][data-slider="mu1"]')!;
    const out = widget.querySelector<HTMLElement>('[data-testid="forward-mu"]')!;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let inSync = 0;
    for (let k = 0; k < n; k++) {
      await nextFrame();
      const before = out.dataset['value'];
      // A triangle wave over [−4, 0] in steps of 0.1, so every event is a real change.
      const phase = k % 80;
      if (dispatch) {
        slider.value = (-4 + 0.1 * (phase < 40 ? phase : 80 - phase) + 0.05).toFixed(2);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      } else console.timeStamp(mark);
      if (out.dataset['value'] !== before) inSync++;
      // Leave a frame for the plots before the next event.
      await nextFrame();
    }
    return inSync / n;
  }, { n: count, dispatch, mark: MARK });
}

interface Timing {
  total: number;
  handler: number;
  frames: number;
  rendering: number;
  inSync: boolean;
}

/** Times `count` synthetic input events on the μ₁ slider from JavaScript, dispatched in rAF or just before a frame. */
async function timed(page: Page, count: number, inRaf: boolean): Promise<Timing[]> {
  return page.evaluate(
    async ({ n, inRaf }) => {
      const widget = document.querySelector('[data-widget="kl-fits"]')!;
      const slider = widget.querySelector<HTMLInputElement>('input[type="range"][data-slider="mu1"]')!;
      const out = widget.querySelector<HTMLElement>('[data-testid="forward-mu"]')!;
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      /** Resolves when a message posted now arrives: after the current frame's rendering. */
      const afterRendering = () =>
        new Promise<number>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        });
      /** The first and the last callback of the next frame, and the end of its rendering. */
      const frame = () => {
        let first = 0;
        requestAnimationFrame(() => (first = performance.now()));
        return {
          done: () =>
            new Promise<{ frames: number; rendering: number }>((resolve) =>
              // Registered after the widget's callbacks of that frame, so it runs last.
              requestAnimationFrame(() => {
                const last = performance.now();
                void afterRendering().then((end) => resolve({ frames: last - first, rendering: end - last }));
              }),
            ),
        };
      };
      const out2: Array<{ total: number; handler: number; frames: number; rendering: number; inSync: boolean }> = [];
      for (let k = 0; k < n; k++) {
        await nextFrame();
        if (!inRaf) await afterRendering();
        const next = frame();
        const phase = k % 80;
        slider.value = (-4 + 0.1 * (phase < 40 ? phase : 80 - phase) + 0.05).toFixed(2);
        const before = out.dataset['value'];
        const t0 = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        const inSync = out.dataset['value'] !== before;
        // In rAF, frame N still renders after the handler; before a frame, nothing runs until the next one.
        const renderingN = inRaf ? (await afterRendering()) - t1 : 0;
        const { frames, rendering } = await next.done();
        out2.push({ total: t1 - t0 + renderingN + frames + rendering, handler: t1 - t0, frames, rendering: renderingN + rendering, inSync });
      }
      return out2;
    },
    { n: count, inRaf },
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

interface Cost {
  cpu: number;
  script: number;
  layout: number;
  paint: number;
  commit: number;
}

const GROUPS: Record<string, keyof Omit<Cost, 'cpu'>> = {
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  FunctionCall: 'script',
  UpdateLayoutTree: 'layout',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
};

/** Per input event: the main thread's CPU time (ms) from its stamp to the next one, and its parts. */
function costsFromTrace(events: TraceEvent[]): Cost[] {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === MARK).sort((a, b) => a.ts - b.ts);
  if (stamps.length < 2) return [];
  const { pid, tid } = stamps[0]!;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  /** Outermost events only, by wall-clock nesting, so nested ones are not counted twice. */
  const outermost = (list: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    let end = -Infinity;
    for (const e of list) {
      if (e.ts < end) continue;
      out.push(e);
      end = e.ts + e.dur!;
    }
    return out;
  };
  const tasks = outermost(onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const parts = Object.fromEntries(['script', 'layout', 'paint', 'commit'].map((g) => [g, outermost(onMain.filter((e) => GROUPS[e.name] === g))]));
  /** CPU time of the events starting inside [from, to). */
  const within = (list: TraceEvent[], from: number, to: number) => list.reduce((sum, e) => (e.ts >= from && e.ts < to ? sum + (e.tdur ?? e.dur!) : sum), 0) / 1000;
  const costs: Cost[] = [];
  for (let k = 0; k + 1 < stamps.length; k++) {
    // The stamp sits inside the task that dispatched the event: start the window at that task.
    const stamp = stamps[k]!.ts;
    const owner = tasks.find((t) => t.ts <= stamp && stamp < t.ts + t.dur!);
    const from = owner ? owner.ts : stamp;
    const nextStamp = stamps[k + 1]!.ts;
    const nextOwner = tasks.find((t) => t.ts <= nextStamp && nextStamp < t.ts + t.dur!);
    const to = nextOwner ? nextOwner.ts : nextStamp;
    costs.push({
      cpu: within(tasks, from, to),
      script: within(parts['script']!, from, to),
      layout: within(parts['layout']!, from, to),
      paint: within(parts['paint']!, from, to),
      commit: within(parts['commit']!, from, to),
    });
  }
  return costs;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** Runs `drive` under a trace (each input event on the slider stamps it, see openPage); returns each event's cost. */
async function traced(browser: Browser, page: Page, drive: () => Promise<unknown>): Promise<Cost[]> {
  await browser.startTracing(page, { categories: CATEGORIES });
  await drive();
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return costsFromTrace(Array.isArray(trace) ? trace : trace.traceEvents);
}

/**
 * Drags the μ₁ slider's thumb with the mouse across [−4, 0] and back, `passes` times, a pixel per frame
 * (raw-mouse.ts: the events a real mouse sends, a frame apart). With `over` given, makes the same moves
 * with no button held over that element's text instead (nothing reacts there): the harness's own cost,
 * pointer events and hit testing included.
 */
async function mouseDrag(page: Page, slider: Locator, passes: number, over?: Locator): Promise<void> {
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const idle = over ? (await over.boundingBox())! : null;
  const y = idle ? idle.y + idle.height / 2 : box.y + box.height / 2;
  const xOf = (v: number) => box.x + 8 + ((v + 10) / 20) * (box.width - 16);
  const mouse = await rawMouse(page);
  await mouse.move(xOf(-2), y);
  if (!idle) await mouse.down();
  for (let pass = 0; pass < passes; pass++) {
    const [from, to] = pass % 2 === 0 ? [-4, 0] : [0, -4];
    const steps = Math.round(Math.abs(xOf(to) - xOf(from)));
    for (let s = 0; s <= steps; s++) {
      await mouse.move(xOf(from) + ((xOf(to) - xOf(from)) * s) / steps, y);
      await waitAFrame();
    }
  }
  if (!idle) await mouse.up();
}

function timingRow(scenario: string, mode: string, ts: Timing[]) {
  return {
    scenario,
    mode,
    'wall ms per event (median / p90)': stat(ts.map((t) => t.total)),
    handler: stat(ts.map((t) => t.handler)),
    'frame callbacks': stat(ts.map((t) => t.frames)),
    rendering: stat(ts.map((t) => t.rendering)),
    'numbers in sync': `${((100 * ts.filter((t) => t.inSync).length) / ts.length).toFixed(0)}%`,
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const stat = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.9).toFixed(2)}`;

function row(scenario: string, mode: string, costs: Cost[], inSync?: number) {
  const mean = (key: keyof Cost) => (costs.reduce((sum, c) => sum + c[key], 0) / costs.length).toFixed(2);
  return {
    scenario,
    mode,
    'CPU ms per event (median / p90)': stat(costs.map((c) => c.cpu)),
    script: mean('script'),
    'style+layout': mean('layout'),
    paint: mean('paint'),
    commit: mean('commit'),
    events: costs.length,
    'numbers in sync': inSync === undefined ? '' : `${(100 * inSync).toFixed(0)}%`,
  };
}

/** A scenario's median and p90 less the harness's median: what the input events themselves cost. */
function netRow(scenario: string, mode: string, costs: Cost[], harness: Cost[]) {
  const base = quantile(harness.map((c) => c.cpu), 0.5);
  const cpu = costs.map((c) => c.cpu);
  return {
    scenario,
    mode,
    'CPU ms per event, net (median / p90)': `${(quantile(cpu, 0.5) - base).toFixed(2)} / ${(quantile(cpu, 0.9) - base).toFixed(2)}`,
    'harness median': base.toFixed(2),
  };
}

async function openPage(page: Page) {
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="kl-fits"]');
  await widget.locator('canvas[data-chart]').first().scrollIntoViewIfNeeded();
  await widget.locator('canvas[data-chart][data-chart-ready]').first().waitFor();
  // Each event stamps the trace once: a pointer move (one per mouse step, which moves the slider), or a
  // synthetic input event.
  await widget.locator('input[type="range"][data-slider="mu1"]').evaluate((el, mark) => {
    el.addEventListener('input', (event) => event.isTrusted || console.timeStamp(mark));
    addEventListener('pointermove', () => console.timeStamp(mark), { capture: true });
  }, MARK);
  return widget;
}

async function openPanels(widget: Locator, js: boolean) {
  await widget.locator('[data-integrands] summary').click();
  await widget.locator('[data-descent] summary').click();
  await widget.locator('[data-integrand-chart][data-chart-ready]').waitFor();
  if (js) await widget.getByRole('checkbox', { name: /Jensen–Shannon/ }).check();
}

const SCENARIOS = [
  { name: 'panels closed', open: false, js: false },
  { name: 'integrands + descent open', open: true, js: false },
  { name: '… and the JS fit shown', open: true, js: true },
];

test.describe('kl-fits bench', () => {
  // Everything in view at once (the plots, the integrands and both landscapes): the costliest paint.
  test.use({ viewport: { width: 1280, height: 1800 } });

  test('one input event on the μ₁ slider: main-thread time per event, drawing included', async ({ page, browser }) => {
    test.setTimeout(300_000);
    const rows = [];
    const net = [];
    const wallRows = [];
    for (const scenario of SCENARIOS) {
      const widget = await openPage(page);
      if (scenario.open) await openPanels(widget, scenario.js);
      const slider = widget.locator('input[type="range"][data-slider="mu1"]');
      await synthetic(page, WARMUP);
      let inSync = 0;
      const syntheticCosts = await traced(browser, page, async () => (inSync = await synthetic(page, EVENTS)));
      const dragCosts = await traced(browser, page, () => mouseDrag(page, slider, 6));
      rows.push(row(scenario.name, 'mouse drag', dragCosts), row(scenario.name, 'synthetic in rAF', syntheticCosts, inSync));
      const harnessDrag = await traced(browser, page, () => mouseDrag(page, slider, 6, widget.locator('.widget-note').first()));
      const harnessSynthetic = await traced(browser, page, () => synthetic(page, EVENTS, false));
      rows.push(row(scenario.name, 'harness: mouse moves, no drag', harnessDrag), row(scenario.name, 'harness: synthetic, no event', harnessSynthetic));
      net.push(netRow(scenario.name, 'mouse drag', dragCosts, harnessDrag), netRow(scenario.name, 'synthetic in rAF', syntheticCosts, harnessSynthetic));
      wallRows.push(timingRow(scenario.name, 'in rAF', await timed(page, EVENTS, true)), timingRow(scenario.name, 'before a frame', await timed(page, EVENTS, false)));
    }
    console.log('kl-fits μ₁ slider: main-thread CPU time per input event (ms), from a DevTools trace');
    console.table(rows);
    console.log('The same, less what the harness costs with no event (its median): the work the input event causes');
    console.table(net);
    console.log('kl-fits μ₁ slider: wall-clock time per synthetic input event (ms), timed from JavaScript without a trace');
    console.table(wallRows);
  });
});
