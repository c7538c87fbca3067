import { test, expect, valueOf, dataValue, expectClose, expectEditsRefused, timeInputEvents } from './fixtures';

const PAGE = 'maximum-likelihood/';

/** The MLE frequencies the page lists, read from the contract's <ol data-testid="mle-q">. */
async function mleFrequencies(page: import('@playwright/test').Page): Promise<number[]> {
  const values = await page.getByTestId('mle-q').locator('li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['value'] ?? ''));
  return values.map(Number);
}

/**
 * Checks the outputs against each other with formulas written here: NLL = −Σ q̂ ln q, KL(p‖q̂), H(p, q).
 * The frequencies and the numbers made from them are read together and retried until they agree, so a
 * check never pairs the new sample's frequencies with the old sample's NLL.
 */
async function expectConsistent(page: import('@playwright/test').Page, p: number[], q: number[]) {
  await expect(page.getByTestId('cross-entropy')).toHaveValueCloseTo(-p.reduce((s, pk, k) => s + pk * Math.log(q[k]!), 0), 1e-12);
  await expect(async () => {
    const freq = await mleFrequencies(page);
    expect(freq).toHaveLength(p.length);
    expectClose(freq.reduce((a, b) => a + b, 0), 1, 1e-12);
    expectClose(await valueOf(page, 'empirical-nll'), -freq.reduce((s, f, k) => s + (f === 0 ? 0 : f * Math.log(q[k]!)), 0), 1e-9);
    const klHat = p.some((pk, k) => pk > 0 && freq[k] === 0) ? Infinity : p.reduce((s, pk, k) => s + (pk === 0 ? 0 : pk * Math.log(pk / freq[k]!)), 0);
    expectClose(await valueOf(page, 'mle-kl'), klHat, 1e-9);
  }).toPass({ timeout: 5_000 });
}

test.describe('mle-sampler', () => {
  test('the default draw is in the HTML without JavaScript, and consistent', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectConsistent(page, [0.5, 0.5], [0.7, 0.3]);
    await context.close();
  });

  test('the same seed gives the same sample after a reload; a new seed a new one', async ({ page }) => {
    await page.goto(`${PAGE}?p=0.1,0.2,0.3,0.4&q=0.25,0.25,0.25,0.25&n=5000&seed=7`);
    const first = await mleFrequencies(page);
    await expectConsistent(page, [0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]);
    await page.reload();
    await expect.poll(() => mleFrequencies(page)).toEqual(first);
    await page.getByRole('button', { name: /fresh sample/ }).click();
    await expect(page).toHaveURL(/seed=8/);
    await expect.poll(() => mleFrequencies(page)).not.toEqual(first);
    await expectConsistent(page, [0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]);
  });

  test('a tiny sample leaves an outcome unseen: KL(p‖q̂) is ∞ and the widget says why', async ({ page }) => {
    await page.goto(`${PAGE}?p=0.25,0.25,0.5&q=0.2,0.3,0.5&n=1&seed=3`);
    await expect(page.getByTestId('mle-kl')).toHaveAttribute('data-value', 'Infinity');
    await expect(page.getByText(/not been drawn yet/)).toBeVisible();
  });

  test('a million draws land within ±4 standard errors of H(p, q), and quickly', async ({ page }) => {
    await page.goto(PAGE);
    const field = page.locator('[data-widget="mle-sampler"] input[name="n"]');
    const timing = await timeInputEvents(field, ['999999', '1000000', '999998', '999997', '1000000']);
    console.log(`mle-sampler: n ≈ 1,000,000 drawn and rendered, median ${timing.median.toFixed(1)} ms (runs: ${timing.runs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    await expectConsistent(page, [0.5, 0.5], [0.7, 0.3]);
    const sd = 0.5 * Math.log(7 / 3);
    await expect(page).toHaveURL(/n=1000000/);
    await expect(page.getByTestId('empirical-nll')).toHaveValueCloseTo(-0.5 * Math.log(0.21), (4 * sd) / 1000 / (-0.5 * Math.log(0.21)));
  });

  test('bad n, seed or distribution is refused with a message and changes nothing', async ({ page }) => {
    await page.goto(PAGE);
    await expectEditsRefused(page, PAGE, 'mle-sampler', [['n', '0'], ['n', '2000000'], ['n', 'many'], ['seed', '1.5'], ['q', '0.5,-1']], 'empirical-nll');
    const widget = page.locator('[data-widget="mle-sampler"]');
    const before = await dataValue(page.getByTestId('empirical-nll'));
    await page.goto(`${PAGE}?n=-5`);
    await expect(widget.getByRole('alert')).toContainText('not applied');
    await expect(page.getByTestId('empirical-nll')).toHaveAttribute('data-value', before);
  });

  test('keyboard: the n slider steps with arrow keys and the fresh-sample button activates', async ({ page }) => {
    await page.goto(PAGE);
    const slider = page.locator('[data-widget="mle-sampler"]').getByRole('slider', { name: /n =/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-widget="mle-sampler"] input[name="n"]')).toHaveValue(String(Math.round(10 ** 3.01)));
    await page.getByRole('button', { name: /fresh sample/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-widget="mle-sampler"] input[name="seed"]')).toHaveValue('43');
    await expectConsistent(page, [0.5, 0.5], [0.7, 0.3]);
  });
});
