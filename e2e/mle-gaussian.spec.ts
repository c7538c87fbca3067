import type { Page } from '@playwright/test';
import { test, expect, expectClose, expectEditsRefused, timeInputEvents } from './fixtures';
import { entropyByGrid, gaussianCrossEntropyClosedForm, moments, type Component } from './numeric';

const PAGE = 'maximum-likelihood/';
const WIDGET = '[data-widget="mle-gaussian"]';
const DEFAULT_TARGET: Component[] = [
  { w: 0.5, mu: -2, sigma: 0.6 },
  { w: 0.5, mu: 2, sigma: 0.6 },
];
const THREE_MODES: Component[] = [
  { w: 0.3, mu: -5, sigma: 0.6 },
  { w: 0.4, mu: 0, sigma: 0.8 },
  { w: 0.3, mu: 5, sigma: 0.6 },
];
const THREE_MODES_QUERY = 'w1=0.3&mu1=-5&sigma1=0.6&w2=0.4&mu2=0&sigma2=0.8&w3=0.3&mu3=5&sigma3=0.6';

/** The widget's output with this data-testid. */
const output = (page: Page, id: string) => page.locator(WIDGET).getByTestId(id);
const value = async (page: Page, id: string) => Number(await output(page, id).getAttribute('data-value'));

/**
 * Checks every output against formulas written here: the forward fit as the target's moments, H(p) on a
 * fine grid, and, from the shown μ̂ and σ̂, the train NLL ½ln(2πσ̂²) + ½, the closed-form test NLL and the KLs.
 */
async function expectConsistent(page: Page, target: Component[]) {
  const m = moments(target);
  await expect(output(page, 'forward-mu')).toHaveValueCloseTo(m.mu, 1e-9);
  await expect(output(page, 'forward-sigma')).toHaveValueCloseTo(m.sigma, 1e-9);
  const entropy = entropyByGrid(target);
  expect(Math.abs((await value(page, 'entropy-p')) - entropy)).toBeLessThan(1e-6);
  const floor = 0.5 * Math.log(2 * Math.PI * Math.E * m.sigma ** 2);
  expect(Math.abs((await value(page, 'forward-kl')) - (floor - entropy))).toBeLessThan(1e-6);
  expect(Math.abs((await value(page, 'nll-floor')) - floor)).toBeLessThan(1e-9);

  const mle = { mu: await value(page, 'mle-mu'), sigma: await value(page, 'mle-sigma') };
  expect(Number.isFinite(mle.mu) && mle.sigma > 0).toBe(true);
  await expect(output(page, 'sample-nll')).toHaveValueCloseTo(0.5 * Math.log(2 * Math.PI * mle.sigma ** 2) + 0.5, 1e-9);
  const testNll = gaussianCrossEntropyClosedForm(target, mle);
  expect(Math.abs((await value(page, 'test-nll')) - testNll)).toBeLessThan(1e-6);
  expect(Math.abs((await value(page, 'mle-forward-kl')) - (testNll - entropy))).toBeLessThan(1e-6);
  expect(await value(page, 'mle-forward-kl')).toBeGreaterThanOrEqual(await value(page, 'forward-kl'));
}

/** No output of the widget holds or shows NaN, undefined or nothing. */
async function expectNoNaN(page: Page) {
  const outputs = await page.locator(`${WIDGET} [data-testid]`).evaluateAll((els) => els.map((el) => [el.getAttribute('data-value') ?? '', el.textContent ?? '']));
  for (const [data, text] of outputs) {
    expect(data).not.toMatch(/NaN|undefined|^$/);
    expect(text).not.toMatch(/NaN|undefined|^\s*$/);
  }
}

test.describe('mle-gaussian', () => {
  test('the default sample is in the HTML without JavaScript, consistent, and equal to an independent transcription of the sampler', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectConsistent(page, DEFAULT_TARGET);
    // μ̂ and σ̂ of 1,000 draws with seed 42, from a Python transcription of the sampling contract (exact PCG32,
    // math.log) with exact rational sums.
    await expect(output(page, 'mle-mu')).toHaveValueCloseTo(0.030236143936659583, 1e-12);
    await expect(output(page, 'mle-sigma')).toHaveValueCloseTo(2.1116582911217363, 1e-12);
    await expect(page.locator(`${WIDGET} svg`)).toBeVisible();
    await context.close();
  });

  test('with JavaScript the widget shows the same numbers and draws its three charts', async ({ page }) => {
    await page.goto(PAGE);
    await expect(output(page, 'mle-mu')).toHaveValueCloseTo(0.030236143936659583, 1e-12);
    await expectConsistent(page, DEFAULT_TARGET);
    for (const canvas of await page.locator(`${WIDGET} canvas`).all()) {
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toHaveAttribute('data-chart-ready', '');
    }
    await expectNoNaN(page);
  });

  test('a link restores the target, n and the seed; the same seed gives the same sample after a reload', async ({ page }) => {
    await page.goto(`${PAGE}?${THREE_MODES_QUERY}&n=20000&seed=-3`);
    const widget = page.locator(WIDGET);
    await expect(widget.locator('input[name="n"]')).toHaveValue('20000');
    await expect(widget.locator('input[name="seed"]')).toHaveValue('-3');
    await expect(widget.locator('input[name="mu3"]')).toHaveValue('5');
    await expect(widget.getByText('n = 20,000 (log scale)')).toBeVisible();
    // The Python transcription's μ̂ and σ̂ for this target, n and seed.
    await expect(output(page, 'mle-mu')).toHaveValueCloseTo(-0.01970427481228525, 1e-11);
    await expect(output(page, 'mle-sigma')).toHaveValueCloseTo(3.9170715232083895, 1e-12);
    await expectConsistent(page, THREE_MODES);
    const first = await value(page, 'mle-mu');
    await page.reload();
    expect(await value(page, 'mle-mu')).toBe(first);
  });

  test('editing n, the seed and the target updates every number and the URL; "fresh sample" adds 1 to the seed', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator(WIDGET);
    await widget.locator('input[name="n"]').fill('5000');
    await expect(page).toHaveURL(/[?&]n=5000(&|$)/);
    await expectConsistent(page, DEFAULT_TARGET);
    const before = await value(page, 'mle-mu');
    await widget.getByRole('button', { name: /Fresh sample/ }).click();
    await expect(widget.locator('input[name="seed"]')).toHaveValue('43');
    await expect(page).toHaveURL(/seed=43/);
    await expect(output(page, 'mle-mu')).not.toHaveAttribute('data-value', String(before));
    await widget.getByRole('button', { name: 'Three modes' }).click();
    await expect(page).toHaveURL(/mu3=5/);
    await expectConsistent(page, THREE_MODES);
  });

  test('bad n, seed or target is refused with a message and changes nothing; so is a bad link', async ({ page }) => {
    test.slow(); // one page load per case
    await expectEditsRefused(
      page,
      PAGE,
      'mle-gaussian',
      [['n', '1'], ['n', '1000001'], ['n', '2.5'], ['n', 'many'], ['n', ''], ['seed', '1.5'], ['seed', 'x'], ['mu1', '20'], ['sigma2', '0']],
      'mle-mu',
    );
    const widget = page.locator(WIDGET);
    await page.goto(`${PAGE}?n=1&seed=5`);
    await expect(widget.getByRole('alert')).toContainText('not applied');
    await expect(widget.getByRole('alert')).toContainText('from 2 to 1,000,000');
    await expect(widget.locator('input[name="seed"]')).toHaveValue('42');
    await expect(output(page, 'mle-mu')).toHaveValueCloseTo(0.030236143936659583, 1e-12);
  });

  test('keyboard: the n slider steps with arrow keys and names its value; the fresh-sample button activates', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator(WIDGET);
    const slider = widget.getByRole('slider', { name: /^n = / });
    await expect(slider).toHaveAccessibleName('n = 1,000 (log scale)');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(widget.locator('input[name="n"]')).toHaveValue(String(Math.round(10 ** 3.01)));
    await expect(slider).toHaveAttribute('aria-valuetext', 'n = 1,023');
    await expect(widget.getByText('n = 1,023 (log scale)')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(widget.locator('input[name="n"]')).toHaveValue('2');
    await expectNoNaN(page);
    await page.keyboard.press('End');
    await expect(widget.locator('input[name="n"]')).toHaveValue('1000000');
    await widget.getByRole('button', { name: /Fresh sample/ }).focus();
    await page.keyboard.press('Enter');
    await expect(widget.locator('input[name="seed"]')).toHaveValue('43');
    await expectConsistent(page, DEFAULT_TARGET);
  });

  test('a million draws put the MLE within 6 standard errors of the forward fit', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator(`${WIDGET} input[name="n"]`).fill('1000000');
    // Each new seed draws all 10⁶ afresh; e2e/bench/mle-gaussian.spec.ts measures this properly.
    const timing = await timeInputEvents(page.locator(`${WIDGET} input[name="seed"]`), ['1', '2', '3', '42']);
    console.log(`mle-gaussian: 10⁶ fresh draws, fitted and written, median ${timing.median.toFixed(1)} ms (runs: ${timing.runs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    await expectConsistent(page, DEFAULT_TARGET);
    const m = moments(DEFAULT_TARGET);
    // κ for ½N(−2, 0.36) + ½N(2, 0.36), and the standard errors σ_F/√n and σ_F·√((κ − 1)/(4n)).
    const kappa = (16 + 6 * 4 * 0.36 + 3 * 0.36 ** 2) / 4.36 ** 2;
    expect(Math.abs((await value(page, 'mle-mu')) - m.mu)).toBeLessThan((6 * m.sigma) / 1000);
    expect(Math.abs((await value(page, 'mle-sigma')) - m.sigma)).toBeLessThan(6 * m.sigma * Math.sqrt((kappa - 1) / 4e6));
    await expect(page).toHaveURL(/n=1000000/);
  });

  test('extreme targets and sizes never show NaN: n = 2, and a narrow and a wide component far apart', async ({ page }) => {
    await page.goto(`${PAGE}?w1=0.3&mu1=-10&sigma1=0.1&mu2=10&sigma2=5&n=2&seed=9`);
    await expectNoNaN(page);
    await expectConsistent(page, [{ w: 0.3, mu: -10, sigma: 0.1 }, { w: 0.7, mu: 10, sigma: 5 }]);
    expectClose(await value(page, 'forward-mu'), 4, 1e-12);
  });
});
