/**
 * Search (src/components/overrides/Search.astro): Starlight's dialog, with the Pagefind UI's
 * JavaScript imported on first use instead of on idle. Nothing of it is requested before the
 * reader opens search; once opened, by shortcut or click, a query finds pages.
 */
import { test as plain, type Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Script URLs (paths) the page requests from now on. */
function scriptRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

const searchInput = '#starlight__search .pagefind-ui__search-input';

test('the search UI is not requested before use; Ctrl+K opens it and a query finds pages', async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto('./');
  const home = page.url();
  await page.waitForLoadState('networkidle');
  // Starlight's own search would have imported the UI in an idle callback by now.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
  await expect(page.locator('button[data-open-modal]')).toBeEnabled();
  const beforeUse = [...scripts];
  expect(beforeUse.filter((path) => path.includes('/pagefind/') || /ui-core/.test(path)), 'search scripts before use').toEqual([]);
  await expect(page.locator('#starlight__search')).toBeEmpty();

  await page.keyboard.press('Control+k');
  const input = page.locator(`dialog[open] ${searchInput}`);
  await expect(input).toBeFocused();
  const uiScripts = scripts.slice(beforeUse.length).filter((path) => !path.includes('/pagefind/'));
  expect(uiScripts.length, 'the search UI is imported when search opens').toBeGreaterThan(0);

  await input.fill('entropy');
  const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
  await expect(result).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('dialog[open] .pagefind-ui__results')).toContainText(/entropy/i);

  // Closing and reopening reuses the one mounted UI.
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await page.locator('button[data-open-modal]').click();
  await expect(page.locator(searchInput)).toHaveCount(1);
  await expect(page.locator(`dialog[open] ${searchInput}`)).toBeFocused();
  await page.locator(`dialog[open] ${searchInput}`).fill('entropy');
  const target = await result.evaluate((a) => (a as HTMLAnchorElement).href);
  await result.click();
  await expect(page).toHaveURL(target);
  expect(page.url()).not.toBe(home);
  await expect(page.locator('main h1').first()).toBeVisible();
});

// Plain Playwright test: the refused import makes Chromium log a network error, which the shared
// fixture would count as a failure.
plain('if the search UI cannot load, the dialog says so, and the next open retries', async ({ page }) => {
  let refuse = true;
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await page.route('**/*.js', (route) => {
    const path = new URL(route.request().url()).pathname;
    return refuse && !path.includes('/pagefind/') ? route.abort('internetdisconnected') : route.continue();
  });
  const button = page.locator('button[data-open-modal]');
  await button.click();
  const status = page.locator('dialog[open] [data-search-status]');
  await expect(status).toHaveText(/could not be loaded/);
  await page.keyboard.press('Escape');

  refuse = false;
  await button.click();
  await expect(page.locator(`dialog[open] ${searchInput}`)).toBeFocused();
  await expect(status).toBeHidden();
  await page.locator(`dialog[open] ${searchInput}`).fill('entropy');
  await expect(page.locator('dialog[open] .pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
});

test('search excerpts show formulas as read, not as TeX source', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  const input = page.locator(`dialog[open] ${searchInput}`);
  await expect(input).toBeFocused();
  // Pages where this word sits next to display and inline math.
  await input.fill('divergence');
  const excerpts = page.locator('dialog[open] .pagefind-ui__result-excerpt');
  await expect(excerpts.first()).toBeVisible({ timeout: 10_000 });
  const texts = await excerpts.allInnerTexts();
  expect(texts.length).toBeGreaterThan(2);
  // KaTeX keeps the TeX source in a MathML annotation for screen readers; the index must not take it.
  for (const text of texts) expect(text, text).not.toMatch(/\\[a-zA-Z]+|\\\||[_^]\{/);
});
