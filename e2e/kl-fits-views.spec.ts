/**
 * kl-fits views: the drag handles on the density plot (mouse and keyboard, validated exactly as typing),
 * tied optima, the fits table on a phone, and the landscapes' axes and colour scale.
 */
import { test, expect } from './fixtures';
import { moments } from './numeric';
import type { Locator, Page } from '@playwright/test';

const PAGE = 'forward-vs-reverse/';
/** Every output of the widget whose data-value a drag must leave exactly as typing does. */
const OUTPUTS = ['forward-mu', 'forward-sigma', 'forward-kl', 'forward-fit-reverse-kl', 'reverse-mu', 'reverse-sigma', 'reverse-fit-forward-kl', 'reverse-kl'];

const widgetOf = (page: Page) => page.locator('[data-widget="kl-fits"]');

async function openWithChart(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${PAGE}${query}`);
  const widget = widgetOf(page);
  await widget.locator('canvas[data-chart]').scrollIntoViewIfNeeded();
  await expect(widget.locator('canvas[data-chart][data-chart-ready]')).toHaveCount(1);
  await expect(widget.locator('[data-handle="mu1"]')).toBeVisible();
  return widget;
}

/** Every output's data-value, the reverse optima list and the query string. */
async function snapshot(page: Page) {
  const widget = widgetOf(page);
  const values: Record<string, string | null> = {};
  for (const id of OUTPUTS) values[id] = await widget.getByTestId(id).getAttribute('data-value');
  const optima = await widget.getByTestId('reverse-optima').locator('li').evaluateAll((items) => items.map((li) => li.outerHTML));
  return { values, optima, query: new URL(page.url()).search };
}

/** Drags the centre of `handle` by dx pixels with the mouse, in several moves. */
async function drag(page: Page, handle: Locator, dx: number): Promise<void> {
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + 3, { steps: 4 });
  await page.mouse.move(x + dx, y + 5, { steps: 4 });
  await page.mouse.up();
}

/** Drags `param`'s handle by dx, then types the value it reached into the field on a fresh page: both must agree exactly. */
async function expectDragEqualsTyping(page: Page, param: string, dx: number, from: number): Promise<number> {
  const widget = await openWithChart(page);
  await drag(page, widget.locator(`[data-handle="${param}"]`), dx);
  const reached = Number(await widget.locator(`input[name="${param}"]`).inputValue());
  expect(Math.sign(reached - from)).toBe(Math.sign(dx));
  // The URL is written once the edits settle (shell/widget-element.ts): wait for it.
  await expect(page).toHaveURL(new RegExp(`${param}=${String(reached).replace('.', '\\.')}(&|$)`));
  const dragged = await snapshot(page);
  await expect(widget.locator(`[data-handle="${param}"]`)).toHaveAttribute('aria-valuenow', String(reached));
  await expect(widget.getByRole('alert')).toBeHidden();

  const fresh = await openWithChart(page);
  await fresh.locator(`input[name="${param}"]`).fill(String(reached));
  await expect(page).toHaveURL(new RegExp(`${param}=${String(reached).replace('.', '\\.')}(&|$)`));
  expect(await snapshot(page)).toEqual(dragged);
  return reached;
}

test.describe('kl-fits drag handles', () => {
  test('dragging a μ handle with the mouse changes the URL and the outputs exactly as typing that value', async ({ page }) => {
    const mu1 = await expectDragEqualsTyping(page, 'mu1', 40, -2);
    // The forward fit moves with the mean: moment matching, in closed form.
    const m = moments([{ w: 0.5, mu: mu1, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: 0.6 }]);
    await expect(page.getByTestId('forward-mu')).toHaveValueCloseTo(m.mu, 1e-9);
  });

  test('dragging a σ handle with the mouse changes the URL and the outputs exactly as typing that value', async ({ page }) => {
    const sigma2 = await expectDragEqualsTyping(page, 'sigma2', 30, 0.6);
    const m = moments([{ w: 0.5, mu: -2, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: sigma2 }]);
    await expect(page.getByTestId('forward-sigma')).toHaveValueCloseTo(m.sigma, 1e-9);
  });

  test('after another control moves a component, its handles catch up with their marks once drawing pauses', async ({ page }) => {
    const widget = await openWithChart(page);
    const handle = widget.locator('[data-handle="mu1"]');
    const before = (await handle.boundingBox())!;
    await widget.locator('input[name="mu1"]').fill('-1');
    // The element moves a few frames after the plot (density-handles.ts): wait until it has.
    await expect
      .poll(async () => {
        const now = (await handle.boundingBox())!;
        return Math.hypot(now.x - before.x, now.y - before.y);
      })
      .toBeGreaterThan(10);
    // Grabbed where it now sits and nudged by a pixel, it reads the mean it is drawn at, not the old one.
    await drag(page, handle, 1);
    const reached = Number(await widget.locator('input[name="mu1"]').inputValue());
    expect(Math.abs(reached - -1)).toBeLessThan(0.06);
  });

  test('a drag past the supported range clamps to its end and raises no alert', async ({ page }) => {
    const widget = await openWithChart(page);
    // σ₁'s handle dragged far to the left of its mean: σ₁ stops at 0.1.
    await drag(page, widget.locator('[data-handle="sigma1"]'), -400);
    await expect(widget.locator('input[name="sigma1"]')).toHaveValue('0.1');
    await expect(page).toHaveURL(/sigma1=0\.1(&|$)/);
    await expect(widget.getByRole('alert')).toBeHidden();
  });

  test('arrow keys step a focused handle by the slider step, through the same path as typing', async ({ page }) => {
    const widget = await openWithChart(page);
    const mu1 = widget.locator('[data-handle="mu1"]');
    await mu1.focus();
    await page.keyboard.press('ArrowRight');
    await expect(mu1).toHaveAttribute('aria-valuenow', '-1.9');
    await expect(widget.locator('input[name="mu1"]')).toHaveValue('-1.9');
    await expect(page).toHaveURL(/mu1=-1\.9(&|$)/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(mu1).toHaveAttribute('aria-valuetext', 'μ₁ = −2.1');
    const m = moments([{ w: 0.5, mu: -2.1, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: 0.6 }]);
    await expect(page.getByTestId('forward-mu')).toHaveValueCloseTo(m.mu, 1e-9);

    const sigma2 = widget.locator('[data-handle="sigma2"]');
    await sigma2.focus();
    await page.keyboard.press('ArrowUp');
    await expect(sigma2).toHaveAttribute('aria-valuetext', 'σ₂ = 0.65');
    await expect(widget.locator('input[name="sigma2"]')).toHaveValue('0.65');
    await page.keyboard.press('Home');
    await expect(widget.locator('input[name="sigma2"]')).toHaveValue('0.1');
  });

  test('handles are sliders with accessible names and live values, one pair per component', async ({ page }) => {
    const widget = await openWithChart(page);
    const mean1 = widget.getByRole('slider', { name: 'The mean of component 1, on the plot' });
    await expect(mean1).toHaveAttribute('aria-valuetext', 'μ₁ = −2.0');
    await expect(mean1).toHaveAttribute('data-handle', 'mu1');
    await expect(mean1).toHaveAttribute('aria-valuemin', '-10');
    await expect(mean1).toHaveAttribute('aria-valuemax', '10');
    const width2 = widget.getByRole('slider', { name: 'The standard deviation of component 2, on the plot' });
    await expect(width2).toHaveAttribute('aria-valuetext', 'σ₂ = 0.60');
    await expect(width2).toHaveAttribute('aria-valuenow', '0.6');
    await expect(widget.locator('[data-handle]:visible')).toHaveCount(4);
    await widget.getByRole('button', { name: 'Three modes' }).click();
    await expect(widget.locator('[data-handle]:visible')).toHaveCount(6);
    await expect(widget.locator('[data-handle="mu3"]')).toHaveAttribute('aria-valuetext', 'μ₃ = 5.0');
  });
});

test.describe('kl-fits views', () => {
  test('mirror optima of a symmetric target are labelled tied; an asymmetric target has one global minimum', async ({ page }) => {
    await page.goto(PAGE);
    const items = page.getByTestId('reverse-optima').locator('li');
    await expect(items).toHaveCount(3);
    await expect(items.filter({ hasText: '(tied global minimum)' })).toHaveCount(2);
    await expect(items.filter({ hasText: '(local minimum)' })).toHaveCount(1);
    await expect(items.filter({ hasText: '(global minimum)' })).toHaveCount(0);
    await page.goto(`${PAGE}?w1=0.3&mu1=-2&sigma1=0.6&mu2=2&sigma2=0.6`);
    await expect(items.filter({ hasText: '(global minimum)' })).toHaveCount(1);
    await expect(items.filter({ hasText: 'tied' })).toHaveCount(0);
  });

  test('at 375 px the fits table does not scroll sideways and KL(q‖p) is on screen; the plot is tall enough to read', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const widget = await openWithChart(page);
    const table = widget.locator('table.fit-table');
    const fits = await table.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth, parent: el.parentElement!.clientWidth }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.width);
    expect(fits.width).toBeLessThanOrEqual(fits.parent);
    for (const id of ['forward-fit-reverse-kl', 'reverse-kl']) {
      const box = (await widget.getByTestId(id).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const chart = (await widget.locator('canvas[data-chart]').boundingBox())!;
    expect(chart.height).toBeGreaterThanOrEqual(300);
  });

  test('the landscapes have axes and a colour scale; their text alternative gives the ranges and the minima', async ({ page }) => {
    await page.goto(PAGE);
    const panel = page.locator('[data-descent]');
    await panel.locator('summary').click();
    const reverse = panel.locator('canvas[data-landscape="reverse"]');
    await expect(reverse).toHaveAttribute('data-chart-ready', '');
    // The default target ½N(−2, 0.6²) + ½N(2, 0.6²): μ over its components ± 2.5σ, i.e. −3.5 to 3.5; σ from half
    // the narrowest component (0.3) to twice p's standard deviation, 2·√(0.36 + 4) = 4.176.
    const label = (await reverse.getAttribute('aria-label'))!;
    expect(label).toContain('KL(q‖p) over μ from −3.5 to 3.5 (across) and σ from 0.3 to 4.18 on a log scale (up).');
    expect(label).toMatch(/Colour from [\d.]+ nats \(dark\) to [\d.]+ nats \(yellow\)\./);
    expect(label).toContain('μ = −1.997, σ = 0.6049 (tied global minimum');
    const forward = (await panel.locator('canvas[data-landscape="forward"]').getAttribute('aria-label'))!;
    expect(forward).toContain('Minimum: μ = 0, σ = 2.088 (global minimum');
    // The colour scale's low end is the grid's smallest value, at or above the optimum's KL.
    const low = Number(/Colour from ([\d.]+) nats/.exec(label)![1]);
    const best = Number(await page.getByTestId('reverse-kl').getAttribute('data-value'));
    expect(low).toBeGreaterThanOrEqual(best - 1e-3);
  });

  test('clicking a landscape still sets the start, and the descent from there converges', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(PAGE);
    const panel = page.locator('[data-descent]');
    await panel.locator('summary').click();
    const reverse = panel.locator('canvas[data-landscape="reverse"]');
    await expect(reverse).toHaveAttribute('data-chart-ready', '');
    const box = (await reverse.boundingBox())!;
    // Well inside the heat image, right of centre and low: the right-hand basin's side.
    await reverse.click({ position: { x: box.width * 0.55, y: box.height * 0.6 } });
    await expect(panel.locator('[data-status]')).toContainText('Start set to μ =');
    const startMu = Number((await panel.getByLabel('Start μ').inputValue()).replace('−', '-'));
    expect(startMu).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Play' }).click();
    await expect(panel.locator('[data-status]')).toContainText('Converged');
  });

  test('the numbers change in the same task as the input event, before any frame', async ({ page }) => {
    await openWithChart(page);
    const changed = await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('[data-widget="kl-fits"] input[data-slider="mu1"]')!;
      const out = document.querySelector<HTMLElement>('[data-testid="forward-mu"]')!;
      const before = out.dataset['value'];
      slider.value = '-3';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      return out.dataset['value'] !== before;
    });
    expect(changed).toBe(true);
    await expect(page.getByTestId('forward-mu')).toHaveValueCloseTo(moments([{ w: 0.5, mu: -3, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: 0.6 }]).mu, 1e-9);
  });

  // Where the plot is drawn: in the plot worker (its canvas handed over), or on the page when the browser
  // has no OffscreenCanvas, the worker's script cannot load, or the worker has no 2D context to draw with.
  // Each way the curves must be on screen and follow an edit.
  const WAYS = ['the plot worker', 'the page, without OffscreenCanvas', 'the page, when the worker cannot load', 'the page, when the worker cannot draw'] as const;
  for (const where of WAYS) {
    test(`the density plot is drawn by ${where}, and redrawn after an edit`, async ({ page }) => {
      if (where === 'the page, without OffscreenCanvas') await page.addInitScript(() => Reflect.deleteProperty(window, 'OffscreenCanvas'));
      if (where === 'the page, when the worker cannot load') await page.route('**/plot-worker*', (route) => route.abort());
      if (where === 'the page, when the worker cannot draw') {
        await page.route('**/plot-worker*', (route) => route.fulfill({ contentType: 'text/javascript', body: "postMessage({ kind: 'unable' });" }));
      }
      const widget = await openWithChart(page);
      const canvas = widget.locator('canvas[data-chart]');
      /** Pixels in the target's fill colour (the theme's accent), and a fingerprint of the picture. */
      const picture = () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          // A canvas handed to a worker can still be drawn from, as an image of its last frame.
          const copy = document.createElement('canvas');
          copy.width = c.clientWidth;
          copy.height = c.clientHeight;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(c, 0, 0, copy.width, copy.height);
          const d = ctx.getImageData(0, 0, copy.width, copy.height).data;
          let accent = 0;
          let fingerprint = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (Math.abs(d[i]! - 31) < 12 && Math.abs(d[i + 1]! - 95) < 12 && Math.abs(d[i + 2]! - 191) < 12) accent++;
            fingerprint = (fingerprint * 31 + d[i + 3]!) % 1_000_003;
          }
          let handedOver = false;
          try {
            c.getContext('2d');
          } catch {
            handedOver = true;
          }
          return { accent, fingerprint, handedOver };
        });
      await expect.poll(async () => (await picture()).accent).toBeGreaterThan(2000);
      const before = await picture();
      expect(before.handedOver).toBe(where === 'the plot worker');
      await widget.locator('input[data-param="mu1"]').fill('0');
      await expect.poll(async () => (await picture()).fingerprint).not.toBe(before.fingerprint);
      expect((await picture()).accent).toBeGreaterThan(2000);
    });
  }
});
