import { test, expect, expectEditsRefused } from './fixtures';

const PAGE = 'paradigms/';

test.describe('perplexity', () => {
  test('defaults are in the HTML and follow exp, /ln 2 and /(D ln 2)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.getByTestId('perplexity')).toHaveValueCloseTo(Math.exp(3));
    await expect(page.getByTestId('nll-bits')).toHaveValueCloseTo(3 / Math.LN2);
    await expect(page.getByTestId('bits-per-dim')).toHaveValueCloseTo(6400 / (3072 * Math.LN2));
    await context.close();
  });

  test('typing values recomputes all three and writes the URL; the URL restores them', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator('[data-widget="perplexity"]');
    await widget.getByLabel('Average NLL per token (nats)').fill(String(Math.log(50)));
    await expect(page.getByTestId('perplexity')).toHaveValueCloseTo(50, 1e-12);
    await expect(page.getByTestId('nll-bits')).toHaveValueCloseTo(Math.log(50) / Math.LN2);
    await widget.getByLabel('Height', { exact: true }).fill('64');
    await expect(widget.locator('input[name="dims"]')).toHaveValue(String(64 * 32 * 3));
    await expect(page.getByTestId('bits-per-dim')).toHaveValueCloseTo(6400 / (6144 * Math.LN2));
    await page.goto(`${PAGE}?nll=700&image-nll=0&dims=1`);
    await expect(page.getByTestId('perplexity')).toHaveValueCloseTo(Math.exp(700));
    await expect(page.getByTestId('bits-per-dim')).toHaveAttribute('data-value', '0');
  });

  test('bad input is refused with a message and changes nothing', async ({ page }) => {
    await expectEditsRefused(page, PAGE, 'perplexity', [['nll', '701'], ['nll', '-1'], ['nll', 'abc'], ['image-nll', '-3'], ['dims', '2.5'], ['dims', '0']], 'perplexity');
    await expectEditsRefused(page, PAGE, 'perplexity', [['image-nll', '-3'], ['dims', '2.5']], 'bits-per-dim');
    const widget = page.locator('[data-widget="perplexity"]');
    await page.goto(`${PAGE}?nll=1e9`);
    await expect(widget.getByRole('alert')).toContainText('not applied');
    await expect(page.getByTestId('perplexity')).toHaveValueCloseTo(Math.exp(3));
  });
});
