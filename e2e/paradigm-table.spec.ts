/**
 * The paradigm table (contract: paradigm-table) on the paradigms page: its table semantics in both
 * layouts, no horizontal scrolling at 1280 and 375 px with every forward-KL cell and formula in
 * view, explanations without JavaScript, and the keyboard.
 */
import { test, expect } from './fixtures';

const PAGE = 'paradigms/';

test.describe('paradigm-table', () => {
  test('a real table with a caption and the five rows and their forward-KL cells', async ({ page }) => {
    await page.goto(PAGE);
    const table = page.locator('[data-widget="paradigm-table"] table');
    await expect(table.locator('caption')).not.toBeEmpty();
    for (const [id, text] of [['autoregressive', /exactly/], ['flow', /exactly/], ['vae', /lower bound/], ['gan', /No/], ['diffusion', /chain of equivalences/]] as const) {
      await expect(table.locator(`tr[data-paradigm="${id}"] [data-col="forward-kl"]`)).toContainText(text);
    }
    for (const [id, text] of [['autoregressive', 'Exact NLL'], ['flow', 'Exact NLL'], ['vae', 'NLL bound'], ['gan', 'No likelihood'], ['diffusion', 'NLL bound']] as const) {
      await expect(table.locator(`tr[data-paradigm="${id}"] [data-col="reports"] .report`)).toHaveText(text);
    }
  });

  for (const width of [1280, 375]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });

      test('no horizontal scroll; the caption, every forward-KL cell and every formula fully visible', async ({ page }) => {
        await page.goto(PAGE);
        const widget = page.locator('[data-widget="paradigm-table"]');
        await widget.scrollIntoViewIfNeeded();
        const layout = () =>
          widget.evaluate((root) => {
            const box = root.getBoundingClientRect();
            const inside = (el: Element) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
            };
            const clipped = (el: Element) => el.scrollWidth > el.clientWidth + 1;
            return {
              pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
              widgetScrolls: clipped(root),
              scrollers: [...root.querySelectorAll('*')]
                // (not the visually hidden: the folded header row of the cards, KaTeX's MathML)
                .filter((el) => el.getBoundingClientRect().width > 1 && clipped(el) && getComputedStyle(el).overflowX !== 'visible')
                .map((el) => el.tagName),
              caption: inside(root.querySelector('caption')!) && !clipped(root.querySelector('caption')!),
              forwardKl: [...root.querySelectorAll('[data-col="forward-kl"]')].map((el) => inside(el) && !clipped(el)),
              formulas: [...root.querySelectorAll('.paradigm-why:not([hidden]) .key-formula')].map((el) => inside(el) && !clipped(el)),
            };
          });
        // Rows folded (as with JavaScript), then every detail open at once (as without it).
        expect(await layout()).toEqual({ pageScrolls: false, widgetScrolls: false, scrollers: [], caption: true, forwardKl: [true, true, true, true, true], formulas: [] });
        await widget.evaluate((root) => root.querySelectorAll<HTMLElement>('.paradigm-why').forEach((row) => (row.hidden = false)));
        const { formulas, ...open } = await layout();
        expect(open).toEqual({ pageScrolls: false, widgetScrolls: false, scrollers: [], caption: true, forwardKl: [true, true, true, true, true] });
        expect(formulas).toEqual(Array(10).fill(true));
      });

      test('keeps its table semantics: caption, column headers, row headers, cells', async ({ page }) => {
        await page.goto(PAGE);
        const table = page.getByRole('table', { name: /Five paradigms and forward KL/ });
        await expect(table).toBeVisible();
        await expect(table.getByRole('columnheader')).toHaveText(['Paradigm', /How .* is defined/, 'Relation to forward KL', 'Can report']);
        await expect(table.getByRole('rowheader')).toHaveText(['Autoregressive', 'Normalizing flow', 'VAE', 'GAN', 'Diffusion']);
        const vae = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'VAE' }) });
        await expect(vae.getByRole('cell')).toHaveCount(3);
        await expect(vae.getByRole('cell').nth(1)).toContainText('A lower bound, the ELBO');
      });
    });
  }

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
