/**
 * Every widget on every page, by keyboard alone: Tab from just before the widget reaches each of its
 * visible controls in order, and operating the focused controls (arrow keys on sliders, Space on
 * buttons and checkboxes) never raises an error or leaves a NaN behind.
 */
import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { sitePages } from './pages';

const WIDGET_PAGES = sitePages().filter((p) => readFileSync(p.file, 'utf8').includes('data-widget='));

for (const sitePage of WIDGET_PAGES) {
  test(`keyboard reaches and operates every widget control on ${sitePage.name}`, async ({ page }) => {
    await page.goto(sitePage.path);
    const widgets = page.locator('[data-widget]');
    const count = await widgets.count();
    expect(count).toBeGreaterThan(0);
    for (let w = 0; w < count; w++) {
      const widget = widgets.nth(w);
      // Open folded panels so their controls are in the tab order too.
      for (const summary of await widget.locator('details > summary').all()) {
        await summary.evaluate((el) => ((el.parentElement as HTMLDetailsElement).open = true));
      }
      const controls = widget.locator('input:visible, button:visible, summary:visible, [tabindex="0"]:visible');
      const expected = await controls.count();
      await widget.evaluate((el) => {
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
      });
      const reached = new Set<string>();
      for (let k = 0; k < expected * 2 + 5; k++) {
        await page.keyboard.press('Tab');
        const inside = await widget.evaluate((el) => el.contains(document.activeElement));
        if (!inside) {
          if (reached.size > 0) break;
          continue;
        }
        const handle = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          el.dataset['kbSeen'] = '1';
          return `${el.tagName}:${el.getAttribute('type') ?? ''}:${el.getAttribute('name') ?? el.textContent?.slice(0, 20) ?? ''}`;
        });
        reached.add(handle);
        const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
        if (type === 'range') await page.keyboard.press('ArrowRight');
        if (type === 'checkbox') await page.keyboard.press('Space');
      }
      const missed = await widget.evaluate((el) =>
        [...el.querySelectorAll<HTMLElement>('input, button, summary, [tabindex="0"]')]
          .filter((c) => c.offsetParent !== null && !(c as HTMLInputElement).disabled && c.dataset['kbSeen'] !== '1')
          // Radio groups take one Tab stop; the other radios are reached with arrow keys.
          .filter((c) => !((c as HTMLInputElement).type === 'radio' && el.querySelector(`input[name="${(c as HTMLInputElement).name}"][data-kb-seen]`)))
          .map((c) => c.outerHTML.slice(0, 80)),
      );
      expect(reached.size, `Tab stops inside widget ${w + 1}`).toBeGreaterThan(2);
      expect(missed, `controls Tab never reached in widget ${w + 1}`).toEqual([]);
      await expect(widget).not.toContainText('NaN');
    }
  });
}
