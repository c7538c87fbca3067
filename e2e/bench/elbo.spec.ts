/**
 * Browser benchmark of the elbo widget (run by `npm run bench:browser`, not by `npm test`): main-thread
 * time per input — typing x or q, an arrow key on a handle, a pointer move while dragging — and, for
 * typing, the time until the widget's drawing in the next frame is done. Prints a table; no thresholds.
 */
import type { Page } from '@playwright/test';
import { test, timeInputEvents } from '../fixtures';
import { rawMouse } from './raw-mouse';

const PAGE = 'paradigms/';
const RUNS = 25;

const stats = (runs: number[]) => {
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};

/** Synchronous time of `count` keydowns of `key` dispatched on the handle. */
async function timeKeys(page: Page, handle: string, key: string, count: number): Promise<number[]> {
  return page.locator(`[data-widget="elbo"] [data-handle="${handle}"]`).evaluate(
    (el, [k, n]) => {
      const runs: number[] = [];
      for (let i = 0; i < (n as number); i++) {
        const start = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: k as string, bubbles: true, cancelable: true }));
        runs.push(performance.now() - start);
      }
      return runs;
    },
    [key, count] as const,
  );
}

/** Main-thread time of each pointermove while dragging a handle with the real mouse (capture-phase start to bubble-phase end). */
async function timeDrag(page: Page, handle: string, path: Array<[number, number]>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number[]; __start: number; __timing?: boolean };
    w.__moves = [];
    if (w.__timing) return;
    w.__timing = true;
    addEventListener('pointermove', () => (w.__start = performance.now()), { capture: true });
    addEventListener('pointermove', () => w.__moves.push(performance.now() - w.__start));
  });
  const target = page.locator(`[data-widget="elbo"] [data-handle="${handle}"]`);
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const [x0, y0] = path[0]!;
  const mouse = await rawMouse(page);
  await mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
  await mouse.down();
  for (const [fx, fy] of path.slice(1)) await mouse.move(box.x + fx * box.width, box.y + fy * box.height);
  await mouse.up();
  return page.evaluate(() => (window as unknown as { __moves: number[] }).__moves.slice(1));
}

/** For each value typed into the field: time from the input event to the end of the next animation frame's drawing. */
async function timeToFrame(page: Page, name: string, values: readonly string[]): Promise<number[]> {
  const input = page.locator(`[data-widget="elbo"] input[name="${name}"]`);
  const runs: number[] = [];
  for (const value of values) {
    runs.push(
      await input.evaluate(
        (el: HTMLInputElement, v) =>
          new Promise<number>((resolve) => {
            el.value = v;
            const start = performance.now();
            el.dispatchEvent(new Event('input', { bubbles: true }));
            // Registered after the widget's own frame task, so it runs right after the drawing.
            requestAnimationFrame(() => resolve(performance.now() - start));
          }),
        value,
      ),
    );
  }
  return runs;
}

test('elbo: main-thread time per input', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="elbo"]');
  await widget.scrollIntoViewIfNeeded();
  const xs = Array.from({ length: RUNS }, (_, i) => String(-14 + i * 1.17));
  const qs = Array.from({ length: RUNS }, (_, i) => `${(i + 1) / (RUNS + 2)},${1 - (i + 1) / (RUNS + 2)}`);
  const rows: Record<string, { median: number; max: number }> = {};
  rows['type x (handler)'] = stats((await timeInputEvents(widget.locator('input[name="x"]'), xs)).runs);
  rows['type q (handler)'] = stats((await timeInputEvents(widget.locator('input[name="q"]'), qs)).runs);
  rows['type x → drawn (next frame)'] = stats(await timeToFrame(page, 'x', xs));
  rows['arrow key on q1'] = stats(await timeKeys(page, 'q1', 'ArrowDown', RUNS));
  rows['arrow key on x'] = stats(await timeKeys(page, 'x', 'ArrowLeft', RUNS));
  const up = Array.from({ length: RUNS }, (_, i) => [0.5, 0.9 - (0.8 * i) / RUNS] as [number, number]);
  rows['drag q1 (pointermove)'] = stats(await timeDrag(page, 'q1', up));
  const along = Array.from({ length: RUNS }, (_, i) => [0.5 + i * 0.4, 0.95] as [number, number]);
  rows['drag x (pointermove)'] = stats(await timeDrag(page, 'x', along));
  // Far in the tails: the same numbers, no slower.
  await page.goto(`${PAGE}?w1=0.5&mu1=-10&sigma1=0.1&mu2=2&sigma2=0.6&x=15&q=0.5,0.5`);
  rows['type q, x = 15 tail (handler)'] = stats((await timeInputEvents(page.locator('[data-widget="elbo"] input[name="q"]'), qs)).runs);
  console.log(`elbo, ${RUNS} runs each (ms):`);
  console.table(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, { median: Number(v.median.toFixed(3)), max: Number(v.max.toFixed(3)) }])));
});
