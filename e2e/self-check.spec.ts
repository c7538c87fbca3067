/**
 * The lesson pages as text: every page asks the reader at least one question ([data-check]) whose
 * answer sits in a <details> that is closed until asked, opens from the keyboard and is in the HTML
 * without JavaScript; and no display equation is cut off or scrolls sideways on a 1280 px screen.
 * Lesson pages are the built pages that have an MDX source (e2e/pages.ts), so a new page is covered.
 */
import { test, expect } from './fixtures';
import { sitePages, sourceOf } from './pages';

const LESSON_PAGES = sitePages().filter((p) => sourceOf(p) !== undefined);
const urlOf = (path: string) => path || './';

test('there are lesson pages to check', () => {
  expect(LESSON_PAGES.length).toBeGreaterThanOrEqual(10);
});

for (const sitePage of LESSON_PAGES) {
  test.describe(`lesson page ${sitePage.name}`, () => {
    test('asks a question whose answer is folded, and opens by keyboard', async ({ page }) => {
      await page.goto(urlOf(sitePage.path));
      const checks = page.locator('main [data-check]');
      expect(await checks.count(), 'self-check questions on the page').toBeGreaterThan(0);
      for (const check of await checks.all()) {
        const details = check.locator('details');
        await expect(details, 'one <details> answer per question').toHaveCount(1);
        await expect(details).not.toHaveAttribute('open');
        const summary = details.locator('summary');
        const answer = details.locator(':scope > :not(summary)').first();
        await expect(answer).toBeHidden();
        // The question comes before its answer and is not empty.
        const question = await check.evaluate((el) => {
          const d = el.querySelector('details')!;
          return [...el.childNodes]
            .filter((n) => n !== d && !(n as Element).contains?.(d))
            .map((n) => n.textContent ?? '')
            .join(' ')
            .trim();
        });
        expect(question.length, 'question text before the answer').toBeGreaterThan(20);

        // Reach the summary with Tab from just before the question, then open it with Enter.
        await check.evaluate((el) => {
          const before = document.createElement('button');
          before.textContent = 'before';
          before.dataset['testBefore'] = '';
          el.before(before);
          before.focus();
        });
        let reached = false;
        for (let i = 0; i < 20 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await summary.evaluate((el) => el === document.activeElement);
        }
        expect(reached, 'Tab reaches the answer’s summary').toBe(true);
        await page.keyboard.press('Enter');
        await expect(details).toHaveAttribute('open', '');
        await expect(answer).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(details).not.toHaveAttribute('open');
        await page.locator('[data-test-before]').evaluate((el) => el.remove());
      }
    });

    test('without JavaScript, questions and folded answers are in the page', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
      try {
        const page = await context.newPage();
        await page.goto(urlOf(sitePage.path));
        const checks = page.locator('main [data-check]');
        expect(await checks.count()).toBeGreaterThan(0);
        for (const check of await checks.all()) {
          await expect(check.locator('details > summary')).toBeVisible();
          expect((await check.locator('details').textContent())?.trim().length ?? 0, 'answer text').toBeGreaterThan(20);
        }
      } finally {
        await context.close();
      }
    });

    test.describe('at 1280 px', () => {
      test.use({ viewport: { width: 1280, height: 900 } });

      test('every display equation fits its column, without scrolling sideways', async ({ page }) => {
        await page.goto(urlOf(sitePage.path));
        // Open every answer so the equations inside them are laid out too.
        await page.locator('main [data-check] details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const wide = await page.locator('main .katex-display').evaluateAll((els) =>
          els
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.scrollWidth}px in ${el.clientWidth}px: ${(el.querySelector('annotation')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 80)}`),
        );
        expect(wide, 'display equations wider than their column').toEqual([]);
      });
    });
  });
}
