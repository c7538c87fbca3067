/**
 * Main-thread cost of one input on a bar handle of the p/q editor (kl-calculator, mle-sampler), drawing
 * included. Prints a table of medians and 90th percentiles; asserts nothing (run with
 * `E2E_PORT=… npm run bench:browser`).
 *
 * Keys: inside a requestAnimationFrame callback (frame N) the q₁ handle gets a keydown (ArrowUp or
 * ArrowDown, alternating in runs so every event is a real change); the cost counted is the synchronous
 * handling (numbers, note, URL) + frame N's rendering after it + frame N+1's animation-frame callbacks
 * (the bars, the charts) + frame N+1's rendering. "After a frame's rendering" is the arrival of a
 * MessageChannel message posted at the end of its rAF callbacks. The text-field row does the same with an
 * input event on the q field, for comparison.
 *
 * Drag: real pointer moves (raw-mouse.ts, one per frame) on the q₁ handle. The handler's time is taken
 * between a capturing and a bubbling pointermove listener on window (the handle holds the pointer
 * capture, so the event passes both); then the next frame's rAF callbacks and its rendering.
 */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { rawMouse } from './raw-mouse';

const EVENTS = 60;
const WARMUP = 8;

interface Sample {
  sync: number;
  renderN: number;
  frame: number;
  renderN1: number;
  total: number;
}

/** One event per frame on the widget's q₁ handle (keys) or q field (typing); each event's costs. */
async function measureInPage(page: Page, widgetName: string, kind: 'keys' | 'field', count: number): Promise<Sample[]> {
  return page.evaluate(
    async ({ widgetName, kind, count }) => {
      const widget = document.querySelector(`[data-widget="${widgetName}"]`)!;
      const handle = widget.querySelector<HTMLElement>('[data-handle="q1"]')!;
      const field = widget.querySelector<HTMLInputElement>('input[name="q"]')!;
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const afterRendering = () =>
        new Promise<number>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        });
      const samples = [];
      for (let k = 0; k < count; k++) {
        await nextFrame();
        let frameStart = 0;
        requestAnimationFrame(() => (frameStart = performance.now()));
        // Runs of 20 up, then 20 down, between q₁ = 0.3 and 0.7.
        const up = Math.floor(k / 20) % 2 === 0;
        const t0 = performance.now();
        if (kind === 'keys') {
          handle.dispatchEvent(new KeyboardEvent('keydown', { key: up ? 'ArrowUp' : 'ArrowDown', bubbles: true, cancelable: true }));
        } else {
          const q1 = 0.3 + 0.01 * (up ? k % 20 : 20 - (k % 20));
          field.value = `${q1.toFixed(2)},${(1 - q1).toFixed(2)}`;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const t1 = performance.now();
        const renderedN = await afterRendering();
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
        samples.push({ sync, renderN, frame, renderN1, total: sync + renderN + frame + renderN1 });
      }
      return samples;
    },
    { widgetName, kind, count },
  );
}

/** Real pointer moves dragging q₁ up and down, one per frame; each move's costs. */
async function measureDrag(page: Page, widgetName: string, count: number): Promise<Sample[]> {
  const handle = page.locator(`[data-widget="${widgetName}"] [data-handle="q1"]`);
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __drag: Sample[]; __t0: number; __frameStart: number };
    w.__drag = [];
    addEventListener(
      'pointermove',
      () => {
        w.__t0 = performance.now();
        // Registered before the widget's scheduleFrame callback: this one runs first in the next frame.
        requestAnimationFrame(() => (w.__frameStart = performance.now()));
      },
      { capture: true },
    );
    addEventListener('pointermove', () => {
      const sync = performance.now() - w.__t0;
      // Registered after the widget's scheduleFrame callback: this one runs last in that frame.
      requestAnimationFrame(() => {
        const end = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const renderN1 = performance.now() - end;
          const frame = end - w.__frameStart;
          w.__drag.push({ sync, renderN: 0, frame, renderN1, total: sync + frame + renderN1 });
        };
        channel.port2.postMessage(0);
      });
    });
  });
  const mouse = await rawMouse(page);
  await mouse.move(x, y);
  await mouse.down();
  // About 4 px per move (0.025 on the 0–1 scale), 20 moves up then 20 down.
  for (let k = 0; k < count; k++) {
    const up = Math.floor(k / 20) % 2 === 0;
    const offset = 4 * (up ? (k % 20) + 1 : 20 - (k % 20) - 1);
    await mouse.move(x, y - offset);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await mouse.up();
  return page.evaluate(() => (window as unknown as { __drag: Sample[] }).__drag);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

function row(scenario: string, samples: Sample[]) {
  const col = (key: keyof Sample) => {
    const xs = samples.map((s) => s[key]);
    return `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.9).toFixed(2)}`;
  };
  return { scenario, events: samples.length, 'total ms (median / p90)': col('total'), 'sync handler': col('sync'), 'render N': col('renderN'), 'frame N+1 rAF': col('frame'), 'render N+1': col('renderN1') };
}

async function open(page: Page, path: string, widgetName: string) {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.goto(path);
  const widget = page.locator(`[data-widget="${widgetName}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-distribution-editor] [data-bars][data-chart-ready]').waitFor({ state: 'attached' });
  // The sampler's Chart.js charts too, so their redraw is counted.
  for (const canvas of await widget.locator('canvas').all()) await canvas.and(page.locator('[data-chart-ready]')).waitFor({ state: 'attached' });
}

const SCENARIOS = [
  { name: 'kl-calculator', widget: 'kl-calculator', path: 'worked-anchor/?p=0.5,0.5&q=0.5,0.5' },
  { name: 'kl-calculator (5 outcomes)', widget: 'kl-calculator', path: 'worked-anchor/?p=0.1,0.2,0.3,0.2,0.2&q=0.5,0.1,0.1,0.1,0.2' },
  { name: 'mle-sampler, n = 1,000', widget: 'mle-sampler', path: 'maximum-likelihood/?p=0.5,0.5&q=0.5,0.5&n=1000' },
  { name: 'mle-sampler, n = 1,000,000', widget: 'mle-sampler', path: 'maximum-likelihood/?p=0.5,0.5&q=0.5,0.5&n=1000000' },
] as const;

test.describe('drag-bars bench', () => {
  test('one input on a bar handle: main-thread time per event, drawing included', async ({ page }) => {
    test.setTimeout(300_000);
    const rows = [];
    for (const s of SCENARIOS) {
      const widget = s.widget;
      await open(page, s.path, widget);
      await measureInPage(page, widget, 'keys', WARMUP);
      rows.push(row(`${s.name}: arrow key on q₁`, await measureInPage(page, widget, 'keys', EVENTS)));
      await open(page, s.path, widget);
      const drag = await measureDrag(page, widget, EVENTS + WARMUP);
      rows.push(row(`${s.name}: pointer drag of q₁`, drag.slice(WARMUP)));
      await open(page, s.path, widget);
      await measureInPage(page, widget, 'field', WARMUP);
      rows.push(row(`${s.name}: typing q (comparison)`, await measureInPage(page, widget, 'field', EVENTS)));
    }
    console.log(`Bar handles, one event per frame (ms; drag rows have no separate "render N": the move arrives at a frame's start):`);
    console.table(rows);
  });
});
