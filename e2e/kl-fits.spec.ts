import { test, expect, valueOf, expectClose, expectEditsRefused, timeInputEvents } from './fixtures';
import { forwardKlByGrid, moments, reverseKlByGrid, type Component } from './numeric';
import type { Page } from '@playwright/test';

const PAGE = 'forward-vs-reverse/';
const DEFAULT: Component[] = [{ w: 0.5, mu: -2, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: 0.6 }];

const query = (c: Component[]) =>
  c.map((k, i) => `w${i + 1}=${k.w}&mu${i + 1}=${k.mu}&sigma${i + 1}=${k.sigma}`).join('&');

async function optima(page: Page) {
  return page.getByTestId('reverse-optima').locator('li').evaluateAll((items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return { mu: Number(d['mu']), sigma: Number(d['sigma']), kl: Number(d['value']) };
    }),
  );
}

/** Checks every number against the reference numerics: moments, KL by a fine grid, and local optimality. */
async function expectFitsMatch(page: Page, c: Component[]) {
  const m = moments(c);
  await expect(page.getByTestId('forward-mu')).toHaveValueCloseTo(m.mu, m.mu === 0 ? 0 : 1e-9);
  if (m.mu === 0) expect(Math.abs(await valueOf(page, 'forward-mu'))).toBeLessThan(1e-12);
  await expect(page.getByTestId('forward-sigma')).toHaveValueCloseTo(m.sigma, 1e-9);
  expect(Math.abs((await valueOf(page, 'forward-kl')) - forwardKlByGrid(c, m))).toBeLessThan(1e-6);
  const reverse = { mu: await valueOf(page, 'reverse-mu'), sigma: await valueOf(page, 'reverse-sigma') };
  const reverseKl = await valueOf(page, 'reverse-kl');
  expect(Math.abs(reverseKl - reverseKlByGrid(c, reverse))).toBeLessThan(1e-6);
  const list = await optima(page);
  expect(list.length).toBeGreaterThan(0);
  expect(list[0]!.kl).toBeCloseTo(reverseKl, 12);
  for (const o of list) {
    // A local minimum: no nearby Gaussian does better, by the grid reference.
    const here = reverseKlByGrid(c, o);
    for (const [dm, ds] of [[0.01, 0], [-0.01, 0], [0, 0.01], [0, -0.01]] as const) {
      expect(reverseKlByGrid(c, { mu: o.mu + dm, sigma: o.sigma * Math.exp(ds) })).toBeGreaterThan(here);
    }
  }
  // Global: a coarse scan over (μ, σ) finds nothing better than the reported optimum.
  const mus = c.map((k) => k.mu);
  for (let mu = Math.min(...mus) - 1; mu <= Math.max(...mus) + 1; mu += 0.5) {
    for (const sigma of [0.1, 0.3, 0.6, 1, 2, 4]) {
      expect(reverseKlByGrid(c, { mu, sigma }, 4000)).toBeGreaterThan(reverseKl - 1e-6);
    }
  }
}

test.describe('kl-fits', () => {
  test('default numbers are in the HTML without JavaScript, with the SVG plot', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectFitsMatch(page, DEFAULT);
    await expect(page.locator('[data-widget="kl-fits"] svg path')).toHaveCount(3);
    await context.close();
  });

  test('a symmetric target has mirror optima of equal KL; moving the modes together merges them', async ({ page }) => {
    await page.goto(PAGE);
    const list = await optima(page);
    const sides = list.filter((o) => Math.abs(o.mu) > 1);
    expect(sides).toHaveLength(2);
    expectClose(sides[0]!.mu, -sides[1]!.mu, 1e-6);
    expectClose(sides[0]!.kl, sides[1]!.kl, 1e-9);
    await page.goto(`${PAGE}?${query([{ w: 0.5, mu: -0.5, sigma: 1 }, { w: 0.5, mu: 0.5, sigma: 1 }])}`);
    const merged = await optima(page);
    expect(merged).toHaveLength(1);
    expect(Math.abs(merged[0]!.mu)).toBeLessThan(1e-6);
  });

  for (const target of [
    [{ w: 0.2, mu: -3, sigma: 0.8 }, { w: 0.8, mu: 2, sigma: 0.8 }],
    [{ w: 0.5, mu: -2.5, sigma: 0.4 }, { w: 0.5, mu: 2, sigma: 1.6 }],
    [{ w: 0.3, mu: -5, sigma: 0.6 }, { w: 0.4, mu: 0, sigma: 0.8 }, { w: 0.3, mu: 5, sigma: 0.6 }],
    [{ w: 0.1, mu: -10, sigma: 0.1 }, { w: 0.3, mu: -1, sigma: 5 }, { w: 0.2, mu: 4, sigma: 0.3 }, { w: 0.4, mu: 9, sigma: 1 }],
  ]) {
    test(`a link to ${target.length} components restores them and the fits match the reference (${target.map((c) => c.mu).join(', ')})`, async ({ page }) => {
      await page.goto(`${PAGE}?${query(target)}`);
      await expect(page.getByRole('alert').first()).toBeHidden();
      await expectFitsMatch(page, target);
    });
  }

  test('editing a field refits within a frame and writes the URL; w2 follows 1 − w1', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator('[data-widget="kl-fits"]');
    const timing = await timeInputEvents(widget.locator('input[name="mu1"]'), ['-3', '-2.5', '-1', '0.5', '-4']);
    console.log(`kl-fits: input event → numbers and plot updated, median ${timing.median.toFixed(2)} ms over ${timing.runs.length} edits`);
    await expect(page).toHaveURL(/mu1=-4/);
    await widget.locator('input[name="w1"]').fill('0.3');
    await expect(widget.locator('input[name="w2"]')).toHaveValue('0.7');
    await expect(page).not.toHaveURL(/w2=/);
    await expectFitsMatch(page, [{ w: 0.3, mu: -4, sigma: 0.6 }, { w: 0.7, mu: 2, sigma: 0.6 }]);
  });

  test('bad input and bad links are refused with a message and change nothing', async ({ page }) => {
    await page.goto(PAGE);
    await expectEditsRefused(page, PAGE, 'kl-fits', [['mu1', '11'], ['sigma2', '0.05'], ['w1', '1'], ['mu2', 'two'], ['sigma1', '']], 'reverse-kl');
    const widget = page.locator('[data-widget="kl-fits"]');
    const before = await valueOf(page, 'reverse-kl');
    for (const bad of ['w1=0.5&mu1=0&sigma1=1&w2=0.5&mu2=1', 'w1=0.5&mu1=0&sigma1=1&mu2=2&sigma2=1&w5=1&mu5=0&sigma5=1', 'w1=0.5&mu1=0&sigma1=9&mu2=2&sigma2=1']) {
      await page.goto(`${PAGE}?${bad}`);
      await expect(widget.getByRole('alert')).toContainText('not applied');
      expect(await valueOf(page, 'reverse-kl')).toBe(before);
    }
  });

  test('presets, components and the JS fit work from the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Three modes' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="mu3"]')).toBeVisible();
    await expectFitsMatch(page, [{ w: 0.3, mu: -5, sigma: 0.6 }, { w: 0.4, mu: 0, sigma: 0.8 }, { w: 0.3, mu: 5, sigma: 0.6 }]);
    await page.getByRole('button', { name: 'Remove the last component' }).press('Enter');
    await expect(page.locator('input[name="mu3"]')).toBeHidden();
    const slider = page.getByRole('slider', { name: /μ₁/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('input[name="mu1"]')).toHaveValue('-4.9');
    await page.getByRole('checkbox', { name: /Jensen–Shannon/ }).check();
    await expect(page.getByTestId('js-mu')).toBeVisible();
  });
});

test.describe('kl-fits descent panel', () => {
  test.use({ reducedMotion: 'reduce' });

  test('descent from either side ends in that side’s reverse-KL basin; the landscapes are drawn', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('[data-descent] summary').click();
    const panel = page.locator('[data-descent]');
    for (const [mu, side] of [['1.2', 1], ['-1.2', -1]] as const) {
      await panel.getByLabel('Start μ').fill(mu);
      await panel.getByLabel('Start σ').fill('1');
      await panel.getByRole('button', { name: 'Play' }).click();
      await expect(panel.locator('[data-status]')).toContainText('Converged');
      const text = (await panel.locator('[data-status]').textContent()) ?? '';
      const reached = Number(/μ = (−?[\d.]+)/.exec(text)![1]!.replace('−', '-'));
      const optimum = (await optima(page)).find((o) => Math.sign(o.mu) === side)!;
      expect(Math.abs(reached - optimum.mu)).toBeLessThan(1e-3);
    }
    const painted = await panel.locator('canvas[data-landscape="reverse"]').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return new Set(Array.from({ length: 50 }, (_, k) => data[k * 4 * 997]!)).size;
    });
    expect(painted).toBeGreaterThan(3);
  });
});
