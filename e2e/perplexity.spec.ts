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

test.describe('paradigm-table', () => {
  test('a real table with a caption and the five rows and their forward-KL cells', async ({ page }) => {
    await page.goto(PAGE);
    const table = page.locator('[data-widget="paradigm-table"] table');
    await expect(table.locator('caption')).not.toBeEmpty();
    for (const [id, text] of [['autoregressive', /exactly/], ['flow', /exactly/], ['vae', /lower bound/], ['gan', /No/], ['diffusion', /chain of equivalences/]] as const) {
      await expect(table.locator(`tr[data-paradigm="${id}"] [data-col="forward-kl"]`)).toContainText(text);
    }
  });

  test('without JavaScript every explanation is visible', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.locator('.paradigm-why')).toHaveCount(5);
    for (const row of await page.locator('.paradigm-why').all()) await expect(row).toBeVisible();
    await context.close();
  });

  test('keyboard opens one explanation at a time, and the filter hides GAN', async ({ page }) => {
    await page.goto(PAGE);
    const vae = page.getByRole('button', { name: 'VAE' });
    await expect(vae).toHaveAttribute('aria-expanded', 'false');
    await vae.focus();
    await page.keyboard.press('Enter');
    await expect(vae).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#paradigm-why-vae')).toBeVisible();
    await expect(page.locator('#paradigm-why-gan')).toBeHidden();
    await page.getByRole('button', { name: 'GAN' }).press('Space');
    await expect(page.locator('#paradigm-why-gan')).toBeVisible();
    await expect(page.locator('#paradigm-why-vae')).toBeHidden();
    await page.getByLabel(/Likelihood-based only/).check();
    await expect(page.locator('tr[data-paradigm="gan"]')).toBeHidden();
    await expect(page.locator('tr[data-paradigm="vae"]')).toBeVisible();
  });
});
