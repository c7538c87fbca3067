/**
 * Dragging the bars of p and q (the editor that kl-calculator and mle-sampler share): a bar top is a
 * role="slider" handle; a drag or a key sets that entry, rescales the vector's other entries to keep the
 * sum 1, and changes the URL and the outputs exactly as typing the resulting vector does.
 */
import { test, expect } from './fixtures';
import type { Browser, Locator, Page } from '@playwright/test';

/** KL([a, 1−a] ‖ [b, 1−b]) written out in the test, independent of the site's library. */
const binaryKl = (a: number, b: number) => (a === 0 ? 0 : a * Math.log(a / b)) + (a === 1 ? 0 : (1 - a) * Math.log((1 - a) / (1 - b)));
/** H(p, q) = −Σ p ln q, written out here. */
const crossEntropy = (p: number[], q: number[]) => -p.reduce((s, pk, k) => s + (pk === 0 ? 0 : pk * Math.log(q[k]!)), 0);
const kl = (p: number[], q: number[]) => p.reduce((s, pk, k) => s + (pk === 0 ? 0 : pk * Math.log(pk / q[k]!)), 0);

const WIDGETS = [
  { page: 'worked-anchor/', name: 'kl-calculator', outputs: ['kl-pq', 'kl-qp', 'cross-entropy-pq', 'entropy-p'] },
  { page: 'maximum-likelihood/', name: 'mle-sampler', outputs: ['empirical-nll', 'cross-entropy', 'mle-kl'] },
] as const;

/** The widget's bar view, once its script has made the handles. */
async function bars(page: Page, widgetName: string): Promise<Locator> {
  const widget = page.locator(`[data-widget="${widgetName}"]`).first();
  await expect(widget.locator('[data-distribution-editor] [data-bars][data-chart-ready]')).toBeAttached();
  return widget;
}

/** Presses the pointer on the handle's centre (the bar's top) and drags it vertically to `value` on the bars' 0–1 scale. */
async function dragTo(page: Page, handle: Locator, value: number): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  const slot = (await handle.locator('..').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const target = slot.y + slot.height * (1 - value);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, (y + target) / 2, { steps: 3 });
  await page.mouse.move(x, target, { steps: 3 });
  await page.mouse.up();
}

/** Every contract output's data-value, plus the mle-q list for the sampler. */
async function outputs(widget: Locator, ids: readonly string[]): Promise<string[]> {
  const values = await Promise.all(ids.map((id) => widget.getByTestId(id).first().getAttribute('data-value')));
  const list = await widget.locator('[data-testid="mle-q"] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['value'] ?? ''));
  return [...values.map(String), ...list];
}

/** Opens `path` in a fresh page, types `text` into the field `name`, and returns the outputs and the query string. */
async function typed(browser: Browser, baseURL: string, w: (typeof WIDGETS)[number], name: 'p' | 'q', text: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(w.page);
  const widget = await bars(page, w.name);
  await widget.locator(`input[name="${name}"]`).fill(text);
  await expect(widget.locator(`input[name="${name}"]`)).toHaveValue(text);
  await expect(page).toHaveURL(new RegExp(`${name}=${text.replaceAll('.', '\\.')}`));
  const result = { outputs: await outputs(widget, w.outputs), search: new URL(page.url()).search };
  await context.close();
  return result;
}

for (const w of WIDGETS) {
  test.describe(`${w.name}: dragging the bars`, () => {
    test('dragging q1 changes the URL and the outputs exactly as typing the resulting vector does', async ({ page, browser, baseURL }) => {
      await page.goto(w.page);
      const widget = await bars(page, w.name);
      const q1 = widget.getByRole('slider', { name: 'q, outcome 1' });
      await dragTo(page, q1, 0.4);
      await expect(q1).toHaveAttribute('aria-valuenow', '0.4');
      await expect(q1).toHaveAttribute('aria-valuetext', 'q₁ = 0.40');
      await expect(widget.getByRole('slider', { name: 'q, outcome 2' })).toHaveAttribute('aria-valuetext', 'q₂ = 0.60');
      await expect(widget.locator('input[name="q"]')).toHaveValue('0.4,0.6');
      await expect(page).toHaveURL(/q=0\.4,0\.6/);
      // Independent values: the two-outcome closed forms.
      if (w.name === 'kl-calculator') {
        await expect(widget.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.5, 0.4), 1e-12);
        await expect(widget.getByTestId('kl-qp')).toHaveValueCloseTo(binaryKl(0.4, 0.5), 1e-12);
        await expect(widget.getByTestId('cross-entropy-pq')).toHaveValueCloseTo(crossEntropy([0.5, 0.5], [0.4, 0.6]), 1e-12);
      } else {
        await expect(widget.getByTestId('cross-entropy')).toHaveValueCloseTo(crossEntropy([0.5, 0.5], [0.4, 0.6]), 1e-12);
        const freq = (await outputs(widget, [])).map(Number);
        await expect(widget.getByTestId('empirical-nll')).toHaveValueCloseTo(-(freq[0]! * Math.log(0.4) + freq[1]! * Math.log(0.6)), 1e-9);
      }
      // The same vector typed into a fresh page gives the same numbers, bit for bit, and the same query.
      const reference = await typed(browser, baseURL!, w, 'q', '0.4,0.6');
      expect(await outputs(widget, w.outputs)).toEqual(reference.outputs);
      await expect.poll(() => new URL(page.url()).search).toBe(reference.search);
    });

    test('dragging p1 sets p as typing it does', async ({ page, browser, baseURL }) => {
      await page.goto(w.page);
      const widget = await bars(page, w.name);
      await dragTo(page, widget.getByRole('slider', { name: 'p, outcome 1' }), 0.8);
      await expect(widget.locator('input[name="p"]')).toHaveValue('0.8,0.2');
      await expect(page).toHaveURL(/p=0\.8,0\.2/);
      if (w.name === 'kl-calculator') await expect(widget.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.8, 0.7), 1e-12);
      else await expect(widget.getByTestId('cross-entropy')).toHaveValueCloseTo(crossEntropy([0.8, 0.2], [0.7, 0.3]), 1e-12);
      const reference = await typed(browser, baseURL!, w, 'p', '0.8,0.2');
      expect(await outputs(widget, w.outputs)).toEqual(reference.outputs);
    });

    test('arrow keys step a handle by 0.01 and rescale the other entries in proportion', async ({ page }) => {
      await page.goto(`${w.page}?p=0.2,0.3,0.5&q=0.2,0.3,0.5`);
      const widget = await bars(page, w.name);
      const q1 = widget.getByRole('slider', { name: 'q, outcome 1' });
      await q1.focus();
      await page.keyboard.press('ArrowUp');
      // The others, 0.3 and 0.5, share 0.79 instead of 0.8.
      const q = [0.21, (0.3 * 0.79) / 0.8, (0.5 * 0.79) / 0.8];
      await expect(q1).toHaveAttribute('aria-valuetext', 'q₁ = 0.21');
      await expect(widget.getByRole('slider', { name: 'q, outcome 2' })).toHaveAttribute('aria-valuetext', 'q₂ = 0.296');
      await expect(widget.getByRole('slider', { name: 'q, outcome 3' })).toHaveAttribute('aria-valuetext', 'q₃ = 0.494');
      const shown = (await widget.locator('input[name="q"]').inputValue()).split(',').map(Number);
      shown.forEach((v, k) => expect(Math.abs(v - q[k]!)).toBeLessThan(1e-12));
      const p = [0.2, 0.3, 0.5];
      if (w.name === 'kl-calculator') {
        await expect(widget.getByTestId('kl-pq')).toHaveValueCloseTo(kl(p, q), 1e-9);
        await expect(widget.getByTestId('kl-qp')).toHaveValueCloseTo(kl(q, p), 1e-9);
      } else {
        await expect(widget.getByTestId('cross-entropy')).toHaveValueCloseTo(crossEntropy(p, q), 1e-9);
      }
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(q1).toHaveAttribute('aria-valuenow', '0.19');
      await page.keyboard.press('PageUp');
      await expect(q1).toHaveAttribute('aria-valuenow', '0.29');
      await page.keyboard.press('End');
      await expect(q1).toHaveAttribute('aria-valuenow', '1');
      await expect(widget.locator('input[name="q"]')).toHaveValue('1,0,0');
      await expect(page).toHaveURL(/q=1,0,0/);
      // The others are all 0 now: a step down shares the remainder equally, and the note says so.
      await page.keyboard.press('ArrowDown');
      await expect(widget.locator('input[name="q"]')).toHaveValue('0.99,0.005,0.005');
      await expect(widget.getByText(/Every other outcome of q was at 0, so the remaining 0\.01 was shared equally/)).toBeVisible();
      await page.keyboard.press('Home');
      await expect(widget.locator('input[name="q"]')).toHaveValue('0,0.5,0.5');
    });

    test('handles have accessible names, live values and ≥ 24 px hit areas, one pair per outcome', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(w.page);
      const widget = await bars(page, w.name);
      const handles = widget.locator('[data-handle]:visible');
      await expect(handles).toHaveCount(4);
      await expect(widget.getByRole('slider', { name: 'q, outcome 1' })).toHaveAttribute('aria-valuetext', 'q₁ = 0.70');
      await expect(widget.getByRole('slider', { name: 'q, outcome 1' })).toHaveAttribute('aria-valuenow', '0.7');
      await expect(widget.getByRole('slider', { name: 'p, outcome 2' })).toHaveAttribute('aria-valuetext', 'p₂ = 0.50');
      await expect(widget.locator('[data-handle="q2"]')).toHaveAttribute('role', 'slider');
      await widget.getByRole('button', { name: 'Add outcome' }).click();
      await expect(handles).toHaveCount(6);
      await expect(widget.getByRole('slider', { name: 'q, outcome 3' })).toHaveAttribute('aria-valuetext', 'q₃ = 0.00');
      await widget.locator('input[name="p"]').fill('0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1');
      await widget.locator('input[name="q"]').fill('0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1');
      await expect(handles).toHaveCount(20);
      for (const handle of await handles.all()) {
        const box = (await handle.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    });

    test('dragging q1 to 0 makes KL(p‖q) infinite, with its reason', async ({ page }) => {
      await page.goto(w.page);
      const widget = await bars(page, w.name);
      await dragTo(page, widget.getByRole('slider', { name: 'q, outcome 1' }), -0.2);
      await expect(widget.locator('input[name="q"]')).toHaveValue('0,1');
      await expect(page).toHaveURL(/q=0,1/);
      const testId = w.name === 'kl-calculator' ? 'kl-pq' : 'cross-entropy';
      await expect(widget.getByTestId(testId)).toHaveAttribute('data-value', 'Infinity');
      await expect(widget.getByTestId(testId)).toContainText('∞');
      const reason = w.name === 'kl-calculator' ? /q gives outcome 1 probability 0, but p gives it 0\.5/ : /q gives probability 0 to an outcome that p can produce/;
      await expect(widget.getByText(reason).first()).toBeVisible();
    });
  });
}

test('without JavaScript the bars are drawn and no handle pretends to be a slider', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  for (const w of WIDGETS) {
    await page.goto(w.page);
    const widget = page.locator(`[data-widget="${w.name}"]`).first();
    await expect(widget.locator('[data-bar="q1"]')).toBeVisible();
    await expect(widget.locator('[data-bar-value="q1"]')).toHaveText('0.7');
    await expect(widget.locator('[data-handle], .bar-handle[role]')).toHaveCount(0);
  }
  await context.close();
});
