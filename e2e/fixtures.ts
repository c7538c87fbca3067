/**
 * The test fixture every spec uses: each page is watched for console errors, uncaught exceptions,
 * CSP violations and requests to any host other than the site, and the test fails on any of them.
 */
import { test as base, expect as baseExpect, type Locator, type Page } from '@playwright/test';

interface Watch {
  problems: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const siteHost = new URL(baseURL ?? 'http://127.0.0.1').host;
      const problems: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === siteHost) return route.continue();
        problems.push(`request left the site: ${url.href}`);
        return route.abort();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const watch = { problems };
      await use(watch);
      expect(problems, 'console errors, page errors, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Relative error of `actual` against `expected`; equality for infinities and zero. */
function closeEnough(actual: number, expected: number, tolerance: number): boolean {
  if (!Number.isFinite(expected) || expected === 0) return actual === expected;
  return Math.abs(actual - expected) / Math.abs(expected) <= tolerance;
}

/**
 * Playwright's expect with one web-first matcher for the widget contract:
 * `await expect(locator).toHaveValueCloseTo(x, 1e-9)` retries until the element's data-value is within
 * the relative tolerance of x (exactly x for ±∞ and 0), or the timeout passes.
 */
export const expect = baseExpect.extend({
  async toHaveValueCloseTo(locator: Locator, expected: number, tolerance = 1e-12, options?: { timeout?: number }) {
    let actual = NaN;
    let pass = false;
    try {
      await baseExpect
        .poll(
          async () => {
            actual = Number(await locator.first().getAttribute('data-value'));
            return closeEnough(actual, expected, tolerance);
          },
          { timeout: options?.timeout ?? 5000 },
        )
        .toBe(!this.isNot);
      pass = !this.isNot;
    } catch {
      pass = this.isNot;
    }
    return {
      pass,
      name: 'toHaveValueCloseTo',
      message: () => `expected data-value ${this.isNot ? 'not ' : ''}within ${tolerance} (relative) of ${expected}, got ${actual}`,
    };
  },
});

/** The number a contract output holds in data-value (nats), read from the page. */
export async function valueOf(page: Page, testId: string): Promise<number> {
  const raw = await page.getByTestId(testId).first().getAttribute('data-value');
  return Number(raw);
}

/**
 * A contract output's data-value as written, for `toHaveAttribute('data-value', …)` checks that it
 * stays put; fails unless it holds a number (a missing value would otherwise "stay" missing).
 */
export async function dataValue(output: Locator): Promise<string> {
  const raw = (await output.first().getAttribute('data-value')) ?? '';
  expect(raw.trim() !== '' && !Number.isNaN(Number(raw)), `data-value ${JSON.stringify(raw)} is a number`).toBe(true);
  return raw;
}

/** Asserts a relative error ≤ tolerance (or equality for infinities and zero). */
export function expectClose(actual: number, expected: number, tolerance = 1e-12): void {
  if (!Number.isFinite(expected) || expected === 0) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance);
}

/**
 * Types each bad value into the widget's input of that name (reloading `page` between cases) and checks
 * that the alert shows while the output `testId` and the URL keep their values.
 */
export async function expectEditsRefused(
  page: Page,
  pagePath: string,
  widgetName: string,
  cases: ReadonlyArray<readonly [string, string]>,
  testId: string,
): Promise<void> {
  const widget = page.locator(`[data-widget="${widgetName}"]`).first();
  const output = page.getByTestId(testId).first();
  await page.goto(pagePath);
  const before = await dataValue(output);
  const urlBefore = page.url();
  for (const [name, text] of cases) {
    await widget.locator(`input[name="${name}"]`).fill(text);
    await expect(widget.getByRole('alert')).toBeVisible();
    await expect(widget.getByRole('alert')).not.toBeEmpty();
    await expect(output).toHaveAttribute('data-value', before);
    await expect(page).toHaveURL(urlBefore);
    await page.goto(pagePath);
  }
}

/** Sets the input to each value in turn and times the synchronous input handling; returns the median in ms and all runs. */
export async function timeInputEvents(input: Locator, values: readonly string[]): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (const value of values) {
    runs.push(
      await input.evaluate((element: HTMLInputElement, v) => {
        element.value = v;
        const start = performance.now();
        element.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - start;
      }, value),
    );
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs };
}
