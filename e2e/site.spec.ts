/**
 * Site-wide quality gates, run over EVERY page of the built site (see ./pages.ts: pages are found by
 * walking the build output, so new pages are covered automatically).
 *
 * Every test uses the `test` fixture from ./fixtures, which already fails a test on console errors,
 * uncaught exceptions, HTTP ≥ 400, CSP violations and any request that leaves the site. On top of
 * that, per page:
 *   - accessibility: axe-core (WCAG 2.0 A/AA, 2.1 AA) finds nothing, in the light and the dark theme;
 *   - CSP: the page carries a policy whose script-src has neither 'unsafe-inline' nor 'unsafe-eval',
 *     and every inline script in it is allowed by hash;
 *   - at 375 px: no horizontal overflow, no visible "NaN", no "undefined" inside a widget;
 *   - offline: once loaded (and scrolled, so lazy charts have arrived) the page keeps working with
 *     the network cut: widgets respond, nothing is requested;
 *   - without JavaScript: the content, the math and every widget's default numbers are in the HTML.
 * The tests tagged @subpath run in the `subpath` project (playwright.config.ts), against the build
 * under BASE_PATH=/kl-view/; the others in the `root` project, against dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DIST_DIR, fileInBuild, hasMath, sitePages, sourceOf, type SitePage } from './pages';
import { SUBPATH_DIST, SUBPATH_SITE } from '../scripts/subpath.mjs';

/** The pages of the build in `dir`; none when there is no build there (the first test of each project says so). */
const pagesOf = (dir: string): SitePage[] => (existsSync(dir) ? sitePages(dir) : []);
const PAGES = pagesOf(DIST_DIR);
const SUBPATH_PAGES = pagesOf(SUBPATH_DIST);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** URL for page.goto: relative to the configured baseURL, which ends with the site's base path. */
const urlOf = (path: string) => path || './';

/** The build in `dir` exists and has the landing page and at least one more. */
function expectPages(dir: string, pages: SitePage[], build: string) {
  expect(existsSync(dir), `a build in ${dir} (${build})`).toBe(true);
  expect(pages.map((p) => p.path)).toContain('');
  expect(pages.length).toBeGreaterThan(1);
}

/**
 * Opens a page and waits until the network has been idle for 500 ms after the load event, so anything
 * the page fetches on its own after load has arrived too.
 */
async function open(page: Page, path: string) {
  return page.goto(urlOf(path), { waitUntil: 'networkidle' });
}

/**
 * Brings every chart's canvas near the viewport in turn and waits until its chart exists and holds
 * data (chart-loader.ts marks such canvases data-chart-lazy, then data-chart-ready), then scrolls to
 * the bottom. A canvas that is not rendered (in a closed <details>) gets no chart until it is shown.
 */
async function scrollThrough(page: Page) {
  for (const canvas of await page.locator('canvas[data-chart-lazy]').all()) {
    if (!(await canvas.isVisible())) continue;
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-chart-ready', '');
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Let the charts paint their first frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Opens a page in the given theme (Starlight reads localStorage 'starlight-theme' before first paint). */
async function openInTheme(page: Page, path: string, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await open(page, path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await scrollThrough(page);
}

async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe.run() in the page itself (no cross-origin frames here): about twice as fast.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n') +
      (v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''),
  );
  expect(report, 'axe-core violations').toEqual([]);
}

/** The directives of a CSP string, by name. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Visible text that reads "NaN", and "undefined" shown inside a widget. */
async function expectNoBrokenNumbers(page: Page) {
  const body = await page.evaluate(() => document.body.innerText);
  const nan = body.split('\n').filter((line) => /\bNaN\b/.test(line));
  expect(nan, 'visible text containing "NaN"').toEqual([]);
  const widgets = await page.locator('[data-widget]').evaluateAll((els) =>
    els.map((el) => ({ widget: el.getAttribute('data-widget'), text: (el as HTMLElement).innerText })),
  );
  const undef = widgets.filter((w) => /\bundefined\b/.test(w.text)).map((w) => `${w.widget}: ${w.text.match(/.*\bundefined\b.*/)?.[0]}`);
  expect(undef, 'widgets showing "undefined"').toEqual([]);
  const values = await page.locator('[data-widget] [data-value]').evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-value') ?? '').filter((v) => /NaN|undefined/.test(v)),
  );
  expect(values, 'widget data-value attributes holding NaN/undefined').toEqual([]);
}

/** A data-value must hold a number (Infinity included), not be empty, NaN or undefined. */
const isNumeric = (raw: string | null) => raw !== null && raw.trim() !== '' && !Number.isNaN(Number(raw));

test('the site has pages to check', () => expectPages(DIST_DIR, PAGES, 'npm run build'));

fullGates();
test.describe('under the subpath', { tag: '@subpath' }, () => {
  test('the subpath build has pages to check', () => expectPages(SUBPATH_DIST, SUBPATH_PAGES, 'node scripts/build-subpath.mjs'));
  subpathGates();
});

function fullGates() {
  for (const sitePage of PAGES) {
    test.describe(`page ${sitePage.name}`, () => {
      for (const theme of ['light', 'dark'] as const) {
        test(`axe finds no WCAG 2.1 AA violations in the ${theme} theme`, async ({ page }) => {
          await openInTheme(page, sitePage.path, theme);
          await expectNoAxeViolations(page);
        });
      }

      test.describe('on a 375 px phone', () => {
        test.use({ viewport: { width: 375, height: 812 } });

        test('strict CSP; no overflow, NaN or undefined; keeps working offline', async ({ page, context, baseURL }) => {
          const loaded = new Set<string>();
          page.on('requestfinished', (request) => loaded.add(request.url()));
          const response = await open(page, sitePage.path);
          expect(response, 'navigation response').not.toBeNull();

          await test.step('the CSP forbids inline and eval scripts and lists every inline script', async () => {
            // From the <meta> Astro emits (and the header, if the server sends one).
            const policies = [
              ...(await page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((els) =>
                els.map((el) => el.getAttribute('content') ?? ''),
              )),
              ...(response!.headers()['content-security-policy'] ? [response!.headers()['content-security-policy']!] : []),
            ];
            expect(policies.length, 'a Content-Security-Policy on the page').toBeGreaterThan(0);
            const html = await response!.text();
            const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
              .filter(([, attributes = '', body]) => body !== '' && !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
              .map(([, , body]) => `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
            for (const policy of policies) {
              const csp = parseCsp(policy);
              const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
              expect(scriptSrc, `script-src in "${policy}"`).toBeDefined();
              for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
                const sources = csp.get(name) ?? [];
                expect(sources, `${name} must not allow inline scripts`).not.toContain("'unsafe-inline'");
                expect(sources, `${name} must not allow eval`).not.toContain("'unsafe-eval'");
              }
              expect(csp.get('object-src'), 'object-src').toEqual(["'none'"]);
              const allowed = csp.get('script-src-elem') ?? scriptSrc!;
              const missing = inlineScripts.filter((hash) => !allowed.includes(hash));
              expect(missing, 'inline scripts whose hash the CSP does not list').toEqual([]);
            }
          });

          await test.step('no horizontal overflow, no NaN, no undefined in widgets', async () => {
            await scrollThrough(page);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            if (width > 375) {
              const culprits = await page.evaluate(() =>
                [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > 376 && getComputedStyle(el).position !== 'fixed')
                  .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= 376)
                  .slice(0, 5)
                  .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`),
              );
              expect(width, `page wider than the phone; widest elements: ${culprits.join(', ')}`).toBeLessThanOrEqual(375);
            }
            await expectNoBrokenNumbers(page);
          });

          await test.step('offline, the loaded page keeps working and requests nothing new', async () => {
            // Cut the network. Anything already fetched is served from the build, as the browser's
            // cache would (the fixture's request routing disables Chromium's HTTP cache, and Chromium
            // re-requests the favicon when a widget updates the URL). Anything new would have failed.
            await (context as BrowserContext).setOffline(true);
            const fresh: string[] = [];
            await page.route('**/*', (route) => {
              const url = route.request().url();
              const file = loaded.has(url) ? fileInBuild(url, baseURL!) : undefined;
              if (file) return route.fulfill({ path: file });
              fresh.push(url);
              return route.abort('internetdisconnected');
            });
            try {
              // Nudge every slider in every widget, switch to the dark theme (charts re-colour), scroll.
              const sliders = page.locator('[data-widget] input[type="range"]');
              for (let i = 0; i < (await sliders.count()); i++) {
                const slider = sliders.nth(i);
                if (!(await slider.isVisible()) || (await slider.isDisabled())) continue;
                await slider.focus();
                await slider.press('ArrowRight');
              }
              await page.evaluate(() => {
                localStorage.setItem('starlight-theme', 'dark');
                document.documentElement.dataset['theme'] = 'dark';
              });
              await page.evaluate(() => window.scrollTo(0, 0));
              await scrollThrough(page);
              await expect(page.locator('main h1').first()).toBeVisible();
              expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(0);
              await expectNoBrokenNumbers(page);
            } finally {
              await (context as BrowserContext).setOffline(false);
            }
            expect(fresh, 'requests the page made after going offline').toEqual([]);
          });
        });
      });

      test('is readable without JavaScript: content, math, widget defaults', async ({ browser, baseURL }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
        try {
          const page = await context.newPage();
          const bad: string[] = [];
          page.on('response', (r) => {
            if (r.status() >= 400) bad.push(`HTTP ${r.status()} for ${r.url()}`);
          });
          await page.goto(urlOf(sitePage.path));
          await expect(page.locator('main h1').first()).toBeVisible();
          expect((await page.locator('main').innerText()).trim().length, 'text in <main>').toBeGreaterThan(0);

          const source = sourceOf(sitePage);
          if (source && hasMath(source)) {
            expect(await page.locator('main .katex').count(), 'rendered math (.katex)').toBeGreaterThan(0);
            await expect(page.locator('main .katex').first()).toBeVisible();
          }
          expect(await page.locator('.katex-error').count(), 'KaTeX errors').toBe(0);
          const rawTex = (await page.locator('main').innerText()).split('\n').filter((l) => /\$\$|\\(frac|mathrm|mathbb|sum|log)\b/.test(l));
          expect(rawTex, 'unrendered TeX in the text').toEqual([]);

          const outputs = await page.locator('[data-widget] [data-testid]').evaluateAll((els) =>
            els.map((el) => ({
              testId: el.getAttribute('data-testid') ?? '',
              widget: el.closest('[data-widget]')?.getAttribute('data-widget') ?? '',
              value: el.getAttribute('data-value'),
              // A list output (e.g. <ol data-testid="…">) carries its numbers on its items.
              items: [...el.querySelectorAll('[data-value]')].map((item) => item.getAttribute('data-value')),
            })),
          );
          const missing = outputs
            .filter((o) => (o.value === null ? o.items.length === 0 || !o.items.every(isNumeric) : !isNumeric(o.value)))
            .map((o) => `${o.widget} ${o.testId}: data-value=${JSON.stringify(o.value)}${o.value === null ? ` items=${JSON.stringify(o.items)}` : ''}`);
          expect(missing, 'widget outputs without a default number in the HTML').toEqual([]);
          expect(bad).toEqual([]);
        } finally {
          await context.close();
        }
      });
    });
  }

  test('search works under the CSP', async ({ page }) => {
    await page.goto('./');
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('dialog[open] input[type="search"], dialog[open] .pagefind-ui__search-input').first();
    await input.fill('entropy');
    await expect(page.locator('dialog[open] .pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
  });
}

/**
 * Under a subpath (BASE_PATH=/kl-view/): every page loads with all its assets (the fixture fails on
 * any HTTP ≥ 400, so a script, stylesheet, font or lazily imported chart that ignores the base
 * fails here), every same-site link stays inside the base, the sitemap lists pages that exist, and
 * search finds pages and links to them under the base. Link and #fragment targets of every page
 * are checked by linkinator in scripts/build-subpath.mjs.
 */
function subpathGates() {
  for (const sitePage of SUBPATH_PAGES) {
    test(`page ${sitePage.name} loads under the subpath with all its assets`, async ({ page, baseURL }) => {
      const base = new URL(baseURL!);
      await open(page, sitePage.path);
      await scrollThrough(page);
      await expect(page.locator('main h1').first()).toBeVisible();
      const outside = await page.locator('a[href], link[href], script[src], img[src]').evaluateAll(
        (els, b) =>
          els
            .map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src)
            .filter((href) => {
              const url = new URL(href, document.baseURI);
              return url.origin === location.origin && !url.pathname.startsWith(b);
            }),
        base.pathname,
      );
      expect(outside, `same-site URLs outside ${base.pathname}`).toEqual([]);
    });
  }

  test('the sitemap lists the pages of this build under the subpath', async ({ page, baseURL }) => {
    const site = SUBPATH_SITE;
    const base = new URL(baseURL!);
    const index = await (await page.request.get('sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(site + base.pathname), `${sitemap} is under ${site}${base.pathname}`).toBe(true);
      const xml = await (await page.request.get(new URL(sitemap.slice(site.length), base.origin).href)).text();
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    const lessonPages = SUBPATH_PAGES.filter((p) => !p.path.endsWith('.html'));
    expect(locs.length).toBe(lessonPages.length);
    for (const loc of locs) {
      expect(loc.startsWith(site + base.pathname), `${loc} is under ${site}${base.pathname}`).toBe(true);
      const response = await page.request.get(new URL(loc.slice(site.length), base.origin).href);
      expect(response.status(), loc).toBe(200);
    }
  });

  test('search finds pages and links to them under the subpath', async ({ page, baseURL }) => {
    await page.goto('./');
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog[open] input[type="search"], dialog[open] .pagefind-ui__search-input').first().fill('entropy');
    const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
    await expect(result).toBeVisible({ timeout: 10_000 });
    const href = await result.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).pathname.startsWith(new URL(baseURL!).pathname), href).toBe(true);
    await result.click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.+`));
    await expect(page.locator('main h1').first()).toBeVisible();
  });
}
