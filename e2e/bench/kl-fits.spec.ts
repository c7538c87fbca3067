/**
 * Main-thread cost of one input event on the kl-fits μ₁ slider, drawing included, with the panels closed
 * and open. Prints tables of medians and 90th percentiles; asserts nothing
 * (`E2E_PORT=… npm run bench:browser -- e2e/bench/kl-fits.spec.ts`).
 *
 * Two measurements:
 * - "mouse drag (trace)": the reader's case. A real mouse drag over the slider (Chromium dispatches such
 *   input at the start of a frame, so the numbers and the coalesced plots land in the same frame). A
 *   DevTools trace records every main-thread task; an input listener stamps the trace at each input event,
 *   and an event's cost is all main-thread task time from its stamp to the next one (scripts, style,
 *   layout, paint, commit, timers, GC: everything the event caused).
 * - "synthetic, in rAF": an input event dispatched inside a requestAnimationFrame callback (frame N), one
 *   per frame, timed from JavaScript: the handler + frame N's rendering + frame N+1's animation-frame
 *   callbacks (where the plots draw) + frame N+1's rendering. A rendering's end is when a MessageChannel
 *   message posted at the end of its frame callbacks arrives. Dispatching inside rAF pushes the plots to
 *   the next frame, so this counts two renderings per event: an upper bound, and comparable with earlier
 *   figures. "numbers in sync": share of events after which forward-mu had changed when dispatch returned.
 */
import { test, type Browser, type Locator, type Page } from '@playwright/test';

const PAGE = 'forward-vs-reverse/';
const EVENTS = 80;
const WARMUP = 10;
const MARK = 'kl-fits-bench-input';

interface Sample {
  sync: number;
  renderN: number;
  frame: number;
  renderN1: number;
  total: number;
  inSync: boolean;
}

/** Dispatches `count` synthetic input events on the μ₁ slider, one per frame, and returns each one's costs. */
async function synthetic(page: Page, count: number): Promise<Sample[]> {
  return page.evaluate(async (n) => {
    const widget = document.querySelector('[data-widget="kl-fits"]')!;
    const slider = widget.querySelector<HTMLInputElement>('input[type="range"][data-slider="mu1"]')!;
    const out = widget.querySelector<HTMLElement>('[data-testid="forward-mu"]')!;
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    /** Resolves with the time at which a message posted now arrives: after the current frame's rendering. */
    const afterRendering = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    const samples = [];
    for (let k = 0; k < n; k++) {
      await nextFrame();
      // Inside frame N's animation-frame phase. This callback is the first of frame N+1.
      let frameStart = 0;
      requestAnimationFrame(() => (frameStart = performance.now()));
      const before = out.dataset['value'];
      // A triangle wave over [−4, 0] in steps of 0.1, so every event is a real change.
      const phase = k % 80;
      slider.value = (-4 + 0.1 * (phase < 40 ? phase : 80 - phase) + 0.05).toFixed(2);
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      const inSync = out.dataset['value'] !== before;
      const renderedN = await afterRendering();
      // Registered after the widget's own frame callbacks, so it runs last in frame N+1.
      const [frameEnd, renderedN1] = await new Promise<[number, number]>((resolve) =>
        requestAnimationFrame(() => {
          const end = performance.now();
          void afterRendering().then((t) => resolve([end, t]));
        }),
      );
      const sync = t1 - t0;
      const renderN = renderedN - t1;
      const frame = frameEnd - frameStart;
      const renderN1 = renderedN1 - frameEnd;
      samples.push({ sync, renderN, frame, renderN1, total: sync + renderN + frame + renderN1, inSync });
    }
    return samples;
  }, count);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

/** Per input event: main-thread task time (ms) from its stamp to the next stamp, from a Chromium trace. */
function costsFromTrace(events: TraceEvent[]): number[] {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === MARK).sort((a, b) => a.ts - b.ts);
  if (stamps.length < 2) return [];
  const { pid, tid } = stamps[0]!;
  // Top-level tasks of that thread, nested ones merged into their parent.
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .map((e) => [e.ts, e.ts + e.dur!] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const t of tasks) {
    const last = merged.at(-1);
    if (last && t[0] <= last[1]) last[1] = Math.max(last[1], t[1]);
    else merged.push([...t]);
  }
  const costs: number[] = [];
  for (let k = 0; k + 1 < stamps.length; k++) {
    const from = stamps[k]!.ts;
    const to = stamps[k + 1]!.ts;
    let busy = 0;
    for (const [a, b] of merged) {
      if (b <= from) continue;
      if (a >= to) break;
      busy += Math.min(b, to) - Math.max(a, from);
    }
    costs.push(busy / 1000);
  }
  return costs;
}

/** Drags the μ₁ slider's thumb with the mouse across its track and back, `passes` times, under a trace. */
async function traceDrag(browser: Browser, page: Page, slider: Locator, passes: number): Promise<number[]> {
  await slider.evaluate((el, mark) => {
    el.addEventListener('input', () => console.timeStamp(mark));
  }, MARK);
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const xOf = (v: number) => box.x + 8 + ((v + 10) / 20) * (box.width - 16);
  await page.mouse.move(xOf(-2), y);
  await page.mouse.down();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  for (let pass = 0; pass < passes; pass++) {
    // μ₁ from −4 to 0 and back, one pixel at a time (each pixel is a new slider value).
    const [from, to] = pass % 2 === 0 ? [-4, 0] : [0, -4];
    const steps = Math.round(Math.abs(xOf(to) - xOf(from)));
    for (let s = 0; s <= steps; s++) {
      await page.mouse.move(xOf(from) + ((xOf(to) - xOf(from)) * s) / steps, y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  }
  const buffer = await browser.stopTracing();
  await page.mouse.up();
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return costsFromTrace(Array.isArray(trace) ? trace : trace.traceEvents);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const stat = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.9).toFixed(2)}`;

function syntheticRow(name: string, samples: Sample[]) {
  const col = (key: 'sync' | 'renderN' | 'frame' | 'renderN1' | 'total') => stat(samples.map((s) => s[key]));
  const inSync = samples.filter((s) => s.inSync).length / samples.length;
  return {
    scenario: name,
    'total (median / p90)': col('total'),
    'sync handler': col('sync'),
    'render N': col('renderN'),
    'frame N+1 rAF': col('frame'),
    'render N+1': col('renderN1'),
    'numbers in sync': `${(100 * inSync).toFixed(0)}%`,
  };
}

async function openPage(page: Page) {
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="kl-fits"]');
  await widget.locator('canvas[data-chart]').first().scrollIntoViewIfNeeded();
  await widget.locator('canvas[data-chart][data-chart-ready]').first().waitFor();
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
    const dragRows = [];
    const syntheticRows = [];
    for (const scenario of SCENARIOS) {
      const widget = await openPage(page);
      if (scenario.open) await openPanels(widget, scenario.js);
      const slider = widget.locator('input[type="range"][data-slider="mu1"]');
      await synthetic(page, WARMUP);
      syntheticRows.push(syntheticRow(scenario.name, await synthetic(page, EVENTS)));
      const costs = await traceDrag(browser, page, slider, 6);
      dragRows.push({ scenario: scenario.name, 'ms per input event (median / p90)': stat(costs), 'input events': costs.length });
    }
    console.log('kl-fits μ₁ slider, mouse drag (trace): main-thread task time per input event (ms)');
    console.table(dragRows);
    console.log(`kl-fits μ₁ slider, synthetic input in rAF, ${EVENTS} events per scenario (ms)`);
    console.table(syntheticRows);
  });
});
