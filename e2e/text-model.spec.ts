import { test, expect } from './fixtures';
import { referenceNll } from './ngram-reference';

const PAGE = 'language-model/';
const widgetOf = (page: import('@playwright/test').Page) => page.locator('[data-widget="text-model"]');
const ln = Math.log;

test.describe('text-model', () => {
  test('without JavaScript the defaults are in the HTML and match an independent count of the built-in texts', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    const widget = widgetOf(page);
    const train = await widget.locator('[data-default-text="train"]').textContent();
    const test = await widget.locator('[data-default-text="test"]').textContent();
    expect(Array.from(train!).length).toBeGreaterThan(10_000);
    expect(Array.from(test!).length).toBeGreaterThan(1000);
    await expect(widget.locator('input[name="order"]')).toHaveValue('4');
    await expect(widget.locator('input[name="k"]')).toHaveValue('0.001');
    const expected = referenceNll(train!, test!, 4, 0.001);
    await expect(page.getByTestId('train-nll')).toHaveValueCloseTo(expected.train, 1e-10);
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(expected.test, 1e-10);
    await expect(page.getByTestId('test-bits')).toHaveValueCloseTo(expected.test / Math.LN2, 1e-10);
    await expect(page.getByTestId('test-perplexity')).toHaveValueCloseTo(Math.exp(expected.test), 1e-10);
    await expect(page.getByTestId('vocab-size')).toHaveAttribute('data-value', String(expected.vocabulary));
    // The table over n = 1…8, current row marked.
    for (const order of [1, 8]) {
      const row = widget.locator(`tr[data-order="${order}"]`);
      const ref = referenceNll(train!, test!, order, 0.001);
      await expect(row.locator('[data-col="train"]')).toHaveValueCloseTo(ref.train, 1e-10);
      await expect(row.locator('[data-col="test"]')).toHaveValueCloseTo(ref.test, 1e-10);
    }
    await expect(widget.locator('tr[aria-current="true"]')).toHaveAttribute('data-order', '4');
    await expect(widget.locator('[data-sample]')).not.toBeEmpty();
    await expect(widget.locator('[data-sample-caption]')).toContainText('Model output');
    await context.close();
  });

  test('with JavaScript the widget retrains on the texts in the page and shows the build’s numbers', async ({ page, browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const noJs = await context.newPage();
    await noJs.goto(PAGE);
    const built = await noJs.getByTestId('test-nll').getAttribute('data-value');
    const sample = await noJs.locator('[data-sample]').textContent();
    await context.close();
    await page.goto(PAGE);
    // A change and back forces the browser's own computation.
    const order = widgetOf(page).locator('input[name="order"]');
    await order.focus();
    await page.keyboard.press('ArrowRight');
    await expect(widgetOf(page).locator('[data-order-label]')).toHaveText('5');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(Number(built), 1e-12);
    await expect(widgetOf(page).locator('[data-sample]')).toHaveText(sample!);
    const chart = widgetOf(page).locator('canvas[data-nll-chart]');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-chart-ready', '');
    await expect(chart).toHaveAccessibleName(/training and test NLL against the order n/);
  });

  test('opened without a link, the widget trains when idle and then answers from its counts', async ({ page }) => {
    await page.goto(PAGE);
    const chart = widgetOf(page).locator('canvas[data-nll-chart]');
    await chart.scrollIntoViewIfNeeded();
    // The chart is drawn from the browser's own training, which ran without any input: its training-NLL
    // line (the light theme's accent, #1f5fbf) covers far more pixels than the legend's swatch alone (~260).
    await expect(chart).toHaveAttribute('data-chart-ready', '');
    await expect
      .poll(() =>
        chart.evaluate((canvas: HTMLCanvasElement) => {
          const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let accent = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 200 && d[i + 2]! > 150 && d[i]! < 90 && d[i + 1]! < 130) accent++;
          return accent;
        }),
      )
      .toBeGreaterThan(600);
    await widgetOf(page).getByRole('button', { name: 'k = 0.1', exact: true }).click();
    await expect(widgetOf(page).locator('[data-table-k]')).toHaveText('0.1');
    await expect(page).toHaveURL(/k=0\.1/);
  });

  test('a small text in the link gives the hand-computed numbers, and an infinite NLL its reason', async ({ page }) => {
    // train "aab", test "ab", |V| = 2. Order 2, k = 0: P(a|⊥) = 1, P(a|a) = P(b|a) = ½.
    await page.goto(`${PAGE}?order=2&k=0&train=aab&test=ab`);
    await expect(page.getByTestId('train-nll')).toHaveValueCloseTo((2 / 3) * Math.LN2, 1e-12);
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(Math.LN2 / 2, 1e-12);
    await expect(page.getByTestId('test-bits')).toHaveValueCloseTo(0.5, 1e-12);
    await expect(page.getByTestId('test-perplexity')).toHaveValueCloseTo(Math.SQRT2, 1e-12);
    await expect(page.getByTestId('vocab-size')).toHaveAttribute('data-value', '2');
    await expect(widgetOf(page).locator('[data-source="train"]')).toHaveText('your text, 3 characters');

    // Order 3: b never follows ⊥a in training, so the test NLL is +∞ with k = 0.
    await page.goto(`${PAGE}?order=3&k=0&train=aab&test=ab`);
    await expect(page.getByTestId('test-nll')).toHaveAttribute('data-value', 'Infinity');
    await expect(page.getByTestId('test-nll')).toHaveText('∞');
    await expect(widgetOf(page).locator('[data-reason-for="test-nll"]')).toContainText('“⟨start⟩a” is never followed by “b”');
    await expect(page.getByTestId('test-perplexity')).toHaveAttribute('data-value', 'Infinity');
    await expect(page.getByTestId('train-nll')).toHaveAttribute('data-value', '0');

    // k = 1 makes it finite: P(a|⊥⊥) = 2/3, P(b|⊥a) = 1/3.
    await widgetOf(page).getByRole('button', { name: 'k = 1', exact: true }).click();
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(-(ln(2 / 3) + ln(1 / 3)) / 2, 1e-12);
    await expect(widgetOf(page).locator('[data-reason-for="test-nll"]')).toBeHidden();
  });

  test('an emoji is one token, and a test-only character gets k / (c(h) + k|V|)', async ({ page }) => {
    await page.goto(`${PAGE}?order=1&k=0&train=${encodeURIComponent('a😀a')}&test=${encodeURIComponent('😀')}`);
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(ln(3), 1e-12);
    await expect(page.getByTestId('vocab-size')).toHaveAttribute('data-value', '2');
    // train "aab", test "abc", k = 0.5: P(a) = 5/9, P(b) = 1/3, P(c) = 1/9.
    await page.goto(`${PAGE}?order=1&k=0.5&train=aab&test=abc`);
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(-(ln(5 / 9) + ln(1 / 3) + ln(1 / 9)) / 3, 1e-12);
    await widgetOf(page).getByRole('button', { name: 'k = 0', exact: true }).click();
    await expect(widgetOf(page).locator('[data-reason-for="test-nll"]')).toContainText('“c” (character 3 of the test text) never occurs in the training text');
  });

  test('the sample follows the seed and matches an independent transcription of the sampler', async ({ page }) => {
    // From a Python transcription of PCG32 and of the sampling rule (see src/lib/text/sample.test.ts).
    await page.goto(`${PAGE}?order=3&k=0.5&seed=42&train=${encodeURIComponent('the cat sat on the mat')}&test=${encodeURIComponent('a hat')}`);
    const sample = widgetOf(page).locator('[data-sample]');
    await expect(sample).toHaveText(/^mhomooomstaat sammsnmeccnoahe eahonsscms/);
    await widgetOf(page).getByRole('button', { name: /Another sample/ }).click();
    await expect(widgetOf(page).locator('input[name="seed"]')).toHaveValue('43');
    await expect(page).toHaveURL(/seed=43/);
    await expect(sample).not.toHaveText(/^mhomooomstaat/);
    await expect(widgetOf(page).locator('[data-sample-caption]')).toContainText('seed 43');
  });

  test('controls write the URL, the URL restores them, and long own texts stay out of the link with a message', async ({ page }) => {
    await page.goto(PAGE);
    const widget = widgetOf(page);
    await widget.locator('input[name="order"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(widget.locator('input[name="order"]')).toHaveAttribute('aria-valuetext', 'n = 3');
    await widget.getByRole('button', { name: 'k = 0.01', exact: true }).press('Enter');
    await expect(widget.getByRole('button', { name: 'k = 0.01', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/order=3/);
    await expect(page).toHaveURL(/k=0\.01/);
    await expect(widget.locator('tr[aria-current="true"]')).toHaveAttribute('data-order', '3');

    await widget.getByText('Use your own texts').click();
    await widget.getByLabel('Training text', { exact: true }).fill('abab');
    await widget.getByLabel('Test text', { exact: true }).fill('ba');
    await expect(page.getByTestId('vocab-size')).toHaveAttribute('data-value', '2');
    await expect(page).toHaveURL(/train=abab/);
    await expect(page).toHaveURL(/test=ba/);
    const expected = referenceNll('abab', 'ba', 3, 0.01);
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(expected.test, 1e-12);

    await page.reload();
    await expect(widget.locator('input[name="order"]')).toHaveValue('3');
    await expect(widget.locator('input[name="k"]')).toHaveValue('0.01');
    await expect(widget.getByLabel('Training text', { exact: true })).toHaveValue('abab');
    await expect(page.getByTestId('test-nll')).toHaveValueCloseTo(expected.test, 1e-12);

    await widget.getByLabel('Training text', { exact: true }).fill('ab '.repeat(1000));
    await expect(widget.locator('[data-link-note]')).toContainText('the link keeps n, k and the seed but not the texts');
    await expect(page).not.toHaveURL(/train=/);
    await expect(page).toHaveURL(/order=3/);
    await widget.getByLabel('Training text', { exact: true }).fill('');
    await widget.getByLabel('Test text', { exact: true }).fill('');
    await expect(widget.locator('[data-source="test"]')).toContainText('held-out page');
    await expect(widget.locator('[data-link-note]')).toBeEmpty();
  });

  test('bad input is refused with a message and changes nothing', async ({ page }) => {
    await page.goto(PAGE);
    const widget = widgetOf(page);
    const before = await page.getByTestId('test-nll').getAttribute('data-value');
    for (const [name, bad] of [['k', '-1'], ['k', '11'], ['k', 'abc'], ['k', ''], ['seed', '1.5']] as const) {
      const url = page.url();
      await widget.locator(`input[name="${name}"]`).fill(bad);
      await expect(widget.getByRole('alert')).toBeVisible();
      await expect(widget.getByRole('alert')).not.toBeEmpty();
      await expect(page.getByTestId('test-nll')).toHaveAttribute('data-value', before!);
      expect(page.url()).toBe(url);
    }
    await widget.locator('input[name="seed"]').fill('1');
    await expect(widget.getByRole('alert')).toBeVisible();
    await widget.locator('input[name="k"]').fill('0.001');
    await expect(widget.getByRole('alert')).toBeHidden();

    for (const query of ['order=9', 'order=2.5', 'k=-0.5', 'k=10.5', 'train=', 'order=2&test=', 'seed=x']) {
      await page.goto(`${PAGE}?${query}`);
      await expect(widget.getByRole('alert')).toContainText('not applied');
      await expect(widget.locator('input[name="order"]')).toHaveValue('4');
      await expect(page.getByTestId('test-nll')).toHaveAttribute('data-value', before!);
    }
  });

  test('keyboard alone sets n, k and the seed', async ({ page }) => {
    await page.goto(PAGE);
    const widget = widgetOf(page);
    const order = widget.getByRole('slider', { name: /Order n = 4/ });
    await order.focus();
    await page.keyboard.press('End');
    await expect(widget.locator('[data-order-label]')).toHaveText('8');
    await expect(widget.locator('tr[aria-current="true"]')).toHaveAttribute('data-order', '8');
    await page.keyboard.press('Tab');
    await expect(widget.locator('input[name="k"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(widget.locator('input[name="k"]')).toHaveValue('0');
    await expect(page.getByTestId('test-nll')).toHaveAttribute('data-value', 'Infinity');
    await expect(widget.locator('[data-reason-for="test-nll"]')).toBeVisible();
    await widget.locator('input[name="seed"]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await expect(widget.locator('[data-sample-caption]')).toContainText('seed 7');
  });
});
