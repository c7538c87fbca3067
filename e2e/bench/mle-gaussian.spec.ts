/**
 * Browser benchmark of the mle-gaussian widget (run by `npm run bench:browser`; prints, asserts nothing).
 * Issue 11's budget: drawing 10⁶ samples and fitting within 50 ms in the browser.
 *
 * - fresh draw: n = 10⁶ and a new seed, so all 10⁶ draws are made; the time of the synchronous input handling
 *   (draw, prefix fits, histogram, curves, readout) and, separately, until the next frame has drawn the charts;
 * - extend: n from 500,000 to 1,000,000 with the same seed, where only the new half is drawn.
 */
import { test } from '@playwright/test';

const PAGE = 'maximum-likelihood/';

interface Timing {
  handler: number;
  frame: number;
}

test('mle-gaussian: 10⁶ draws + fit + render', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="mle-gaussian"]');
  for (const canvas of await widget.locator('canvas').all()) await canvas.scrollIntoViewIfNeeded();
  await widget.locator('canvas[data-chart-ready]').nth(2).waitFor({ state: 'attached' });
  await widget.locator('input[name="n"]').fill('1000000');

  /** Sets the input and times the handler, then the time until two animation frames later (the charts drawn). */
  const time = (name: string, value: string): Promise<Timing> =>
    widget.locator(`input[name="${name}"]`).evaluate(
      (element: HTMLInputElement, v) =>
        new Promise<Timing>((resolve) => {
          element.value = v;
          const start = performance.now();
          element.dispatchEvent(new Event('input', { bubbles: true }));
          const handler = performance.now() - start;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ handler, frame: performance.now() - start })));
        }),
      value,
    );

  const fresh: Timing[] = [];
  for (let seed = 1; seed <= 9; seed++) fresh.push(await time('seed', String(seed)));
  const extend: Timing[] = [];
  for (let k = 0; k < 5; k++) {
    // n first, so the new seed's stream holds only 500,000 draws when n goes up.
    await widget.locator('input[name="n"]').fill('500000');
    await widget.locator('input[name="seed"]').fill(String(100 + k));
    extend.push(await time('n', '1000000'));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const row = (label: string, runs: Timing[]) => ({
    case: label,
    'median handler (ms)': Number(median(runs.map((r) => r.handler)).toFixed(1)),
    'median to charts drawn (ms)': Number(median(runs.map((r) => r.frame)).toFixed(1)),
    'handler runs (ms)': runs.map((r) => r.handler.toFixed(0)).join(' '),
  });
  console.log('mle-gaussian browser benchmark');
  console.table([row('fresh 10⁶ draws (new seed)', fresh), row('extend 5×10⁵ → 10⁶ (same seed)', extend)]);
});
