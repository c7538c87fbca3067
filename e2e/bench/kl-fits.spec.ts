/**
 * Main-thread cost of one input event on the kl-fits μ₁ slider, drawing included. Prints a table of
 * medians and 90th percentiles; asserts nothing (run with `E2E_PORT=… npm run bench:browser`).
 *
 * One event per frame: inside a requestAnimationFrame callback (frame N) the slider gets a new value and
 * an input event; the cost counted is
 *   the synchronous handling (numbers, URL) + frame N's rendering after it (style, layout, paint)
 *   + frame N+1's animation-frame callbacks (the coalesced plots) + frame N+1's rendering.
 * "After a frame's rendering" is measured by a MessageChannel message posted at the end of its rAF
 * callbacks, which runs once the rendering update is done. Idle time between frames is not counted.
 * "in sync" is the share of events after which forward-mu had already changed when dispatch returned.
 */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

const PAGE = 'forward-vs-reverse/';
const EVENTS = 80;
const WARMUP = 10;

interface Sample {
  sync: number;
  renderN: number;
  frame: number;
  renderN1: number;
  total: number;
  inSync: boolean;
}

/** Dispatches `count` input events on the μ₁ slider, one per frame, and returns each one's costs. */
async function measure(page: Page, count: number): Promise<Sample[]> {
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

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

function row(name: string, samples: Sample[]) {
  const col = (key: 'sync' | 'renderN' | 'frame' | 'renderN1' | 'total') => {
    const xs = samples.map((s) => s[key]);
    return `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.9).toFixed(2)}`;
  };
  const inSync = samples.filter((s) => s.inSync).length / samples.length;
  return { scenario: name, 'total ms (median / p90)': col('total'), 'sync handler': col('sync'), 'render N': col('renderN'), 'frame N+1 rAF': col('frame'), 'render N+1': col('renderN1'), 'numbers in sync': `${(100 * inSync).toFixed(0)}%` };
}

async function openPage(page: Page) {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="kl-fits"]');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('canvas[data-chart]').first().waitFor({ state: 'visible' });
  await page.locator('[data-widget="kl-fits"] canvas[data-chart][data-chart-ready]').first().waitFor();
  return widget;
}

test.describe('kl-fits bench', () => {
  test('one input event on the μ₁ slider: main-thread time per event, drawing included', async ({ page }) => {
    test.setTimeout(180_000);
    const rows = [];

    await openPage(page);
    await measure(page, WARMUP);
    rows.push(row('panels closed', await measure(page, EVENTS)));

    const widget = await openPage(page);
    await widget.locator('[data-integrands] summary').click();
    await widget.locator('[data-descent] summary').click();
    await widget.locator('[data-integrand-chart][data-chart-ready]').waitFor();
    await measure(page, WARMUP);
    rows.push(row('integrands + descent open', await measure(page, EVENTS)));

    await widget.getByRole('checkbox', { name: /Jensen–Shannon/ }).check();
    await measure(page, WARMUP);
    rows.push(row('… and the JS fit shown', await measure(page, EVENTS)));

    console.log(`kl-fits, ${EVENTS} input events per scenario, one per frame (ms):`);
    console.table(rows);
  });
});
