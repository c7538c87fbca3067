import { test, expect, valueOf, dataValue, expectClose, expectEditsRefused, timeInputEvents } from './fixtures';
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

/** A local minimum of KL(q‖p) by the grid reference: each nearby Gaussian (μ ± 0.01, σ·e^±0.01) does worse. */
function expectLocalMinimum(c: Component[], o: { mu: number; sigma: number }) {
  const here = reverseKlByGrid(c, o);
  for (const [dm, ds] of [[0.01, 0], [-0.01, 0], [0, 0.01], [0, -0.01]] as const) {
    expect(reverseKlByGrid(c, { mu: o.mu + dm, sigma: o.sigma * Math.exp(ds) }), `KL(q‖p) next to (${o.mu}, ${o.sigma})`).toBeGreaterThan(here);
  }
}

/**
 * Checks every number against the reference numerics: moments, KL by a fine grid, and local and global
 * optimality of the reverse fit. The readouts are read together and retried until they all agree, so a
 * check never reads a half-updated widget.
 */
async function expectFitsMatch(page: Page, c: Component[]) {
  const m = moments(c);
  await expect(page.getByTestId('forward-mu')).toHaveValueCloseTo(m.mu, m.mu === 0 ? 0 : 1e-9);
  await expect(page.getByTestId('forward-sigma')).toHaveValueCloseTo(m.sigma, 1e-9);
  await expect(async () => {
    expect(Math.abs((await valueOf(page, 'forward-kl')) - forwardKlByGrid(c, m))).toBeLessThan(1e-6);
    const reverse = { mu: await valueOf(page, 'reverse-mu'), sigma: await valueOf(page, 'reverse-sigma') };
    const reverseKl = await valueOf(page, 'reverse-kl');
    expect(Math.abs(reverseKl - reverseKlByGrid(c, reverse))).toBeLessThan(1e-6);
    // The reverse fit shown is itself a minimum by the reference, not only a point whose KL is right.
    expectLocalMinimum(c, reverse);
    const list = await optima(page);
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.kl).toBeCloseTo(reverseKl, 12);
    for (const o of list) expectLocalMinimum(c, o);
    // Global: a coarse scan over (μ, σ) finds nothing better than the reported optimum.
    const mus = c.map((k) => k.mu);
    for (let mu = Math.min(...mus) - 1; mu <= Math.max(...mus) + 1; mu += 0.5) {
      for (const sigma of [0.1, 0.3, 0.6, 1, 2, 4]) {
        expect(reverseKlByGrid(c, { mu, sigma }, 4000)).toBeGreaterThan(reverseKl - 1e-6);
      }
    }
  }).toPass({ timeout: 5_000 });
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
    expectClose(sides[0]!.sigma, sides[1]!.sigma, 1e-6);
    expectClose(sides[0]!.kl, sides[1]!.kl, 1e-9);
    // Each side's KL is the reference's at its (μ, σ), and it is a minimum there.
    for (const side of sides) {
      expect(Math.abs(side.kl - reverseKlByGrid(DEFAULT, side))).toBeLessThan(1e-6);
      expectLocalMinimum(DEFAULT, side);
    }
    const close = [{ w: 0.5, mu: -0.5, sigma: 1 }, { w: 0.5, mu: 0.5, sigma: 1 }];
    await page.goto(`${PAGE}?${query(close)}`);
    await expect(page.getByTestId('reverse-optima').locator('li')).toHaveCount(1);
    await expect(async () => {
      const [merged] = await optima(page);
      expect(Math.abs(merged!.mu)).toBeLessThan(1e-6);
      expectLocalMinimum(close, merged!);
    }).toPass({ timeout: 5_000 });
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
    const before = await dataValue(page.getByTestId('reverse-kl'));
    for (const bad of ['w1=0.5&mu1=0&sigma1=1&w2=0.5&mu2=1', 'w1=0.5&mu1=0&sigma1=1&mu2=2&sigma2=1&w5=1&mu5=0&sigma5=1', 'w1=0.5&mu1=0&sigma1=9&mu2=2&sigma2=1']) {
      await page.goto(`${PAGE}?${bad}`);
      await expect(widget.getByRole('alert')).toContainText('not applied');
      await expect(page.getByTestId('reverse-kl')).toHaveAttribute('data-value', before);
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

  // The JS fit's and the descent panel's code are not part of the page's first load: each is fetched
  // when the browser is idle, or at once when the reader asks for it first.
  test('the JS fit and the descent panel still open after the reader goes offline, their code fetched while idle', async ({ page, context, watch }) => {
    // Both modules (named after their files) and whatever they import must have arrived.
    let inFlight = 0;
    const failed: string[] = [];
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', (request) => {
      inFlight--;
      failed.push(new URL(request.url()).pathname);
    });
    const fetched = Promise.all([/\/_astro\/kl-descent\.[\w-]+\.js$/, /\/_astro\/js\.[\w-]+\.js$/].map((url) => page.waitForResponse(url)));
    await page.goto(PAGE);
    await fetched;
    await expect.poll(() => inFlight, { intervals: [250] }).toBe(0);
    await context.setOffline(true);
    await page.getByRole('checkbox', { name: /Jensen–Shannon/ }).check();
    await expect(page.getByTestId('js-mu')).toBeVisible();
    expect(Number.isFinite(Number(await page.getByTestId('js-divergence').getAttribute('data-value')))).toBe(true);
    await page.locator('[data-descent] summary').click();
    await expect(page.locator('[data-descent] canvas[data-landscape="reverse"][data-chart-ready]')).toHaveCount(1);
    await context.setOffline(false);
    // Chromium fetches the favicon again when the link is first written (replaceState), which fails
    // offline; no other request may.
    expect(failed.filter((path) => !path.endsWith('/favicon.svg'))).toEqual([]);
    let favicons = failed.length;
    watch.problems.splice(0, watch.problems.length, ...watch.problems.filter((p) => !(p.includes('net::ERR_INTERNET_DISCONNECTED') && favicons-- > 0)));
  });

  test('offline before that code was fetched, the widget says so, and the next edit tries again', async ({ page, context, watch }) => {
    // No idle time ever comes, so nothing is fetched in advance.
    await page.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
    await page.goto(PAGE);
    await context.setOffline(true);
    await page.getByRole('checkbox', { name: /Jensen–Shannon/ }).check();
    const alert = page.locator('[data-widget="kl-fits"] [role="alert"]');
    await expect(alert).toContainText('The Jensen–Shannon fit could not be loaded');
    await expect(page.getByTestId('js-mu')).toBeHidden();
    await context.setOffline(false);
    await page.locator('input[name="mu1"]').fill('-1.5');
    await expect(page.getByTestId('js-mu')).toBeVisible();
    await expect(alert).toBeHidden();
    // The browser reports the fetch that failed while offline; nothing else may go wrong.
    const failedFetches = watch.problems.filter((p) => p.includes('net::ERR_INTERNET_DISCONNECTED'));
    expect(failedFetches.length).toBeGreaterThan(0);
    watch.problems.splice(0, watch.problems.length, ...watch.problems.filter((p) => !failedFetches.includes(p)));
  });
});

test.describe('kl-fits descent panel', () => {
  test.use({ reducedMotion: 'reduce' });

  test('descent from either side ends in that side’s reverse-KL basin; the landscapes are drawn', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('[data-descent] summary').click();
    const panel = page.locator('[data-descent]');
    const status = panel.locator('[data-status]');
    for (const [mu, side] of [['1.2', 1], ['-1.2', -1]] as const) {
      const optimum = (await optima(page)).find((o) => Math.sign(o.mu) === side)!;
      await panel.getByLabel('Start μ').fill(mu);
      await panel.getByLabel('Start σ').fill('1');
      await panel.getByRole('button', { name: 'Play' }).click();
      await expect(status).toContainText('Converged');
      // The μ the descent reached, from the status line.
      await expect
        .poll(async () => {
          const text = (await status.textContent()) ?? '';
          const reached = /Converged.*μ = (−?[\d.]+)/.exec(text)?.[1];
          return reached === undefined ? Infinity : Math.abs(Number(reached.replace('−', '-')) - optimum.mu);
        })
        .toBeLessThan(1e-3);
    }
    await expect
      .poll(() =>
        panel.locator('canvas[data-landscape="reverse"]').evaluate((canvas: HTMLCanvasElement) => {
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          return new Set(Array.from({ length: 50 }, (_, k) => data[k * 4 * 997]!)).size;
        }),
      )
      .toBeGreaterThan(3);
  });
});
