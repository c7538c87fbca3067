import { test, expect, expectEditsRefused } from './fixtures';

const PAGE = 'worked-anchor/';
/** KL([a, 1−a] ‖ [b, 1−b]) written out in the test, independent of the site's library. */
const binaryKl = (a: number, b: number) => a * Math.log(a / b) + (1 - a) * Math.log((1 - a) / (1 - b));
const ANCHOR = 0.5 * Math.log(25 / 21);

test.describe('kl-calculator', () => {
  test('the default numbers are in the HTML before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PAGE);
    const widget = page.locator('[data-widget="kl-calculator"]').first();
    await expect(widget.getByTestId('kl-pq')).toHaveText('0.087177 nats');
    await expect(widget.getByTestId('kl-pq')).toHaveValueCloseTo(ANCHOR);
    await expect(widget.getByTestId('kl-qp')).toHaveValueCloseTo(binaryKl(0.7, 0.5));
    await expect(widget.getByTestId('cross-entropy-pq')).toHaveValueCloseTo(-0.5 * Math.log(0.21));
    await expect(widget.getByTestId('entropy-p')).toHaveValueCloseTo(Math.LN2);
    await context.close();
  });

  test('sweeping the slider follows the two-outcome closed form and reaches 0 at q = p', async ({ page }) => {
    await page.goto(PAGE);
    const slider = page.getByRole('slider', { name: /q\(outcome 1\)/ }).first();
    for (const b of [0.05, 0.3, 0.5, 0.71, 0.99]) {
      await slider.fill(String(b));
      await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(b === 0.5 ? 0 : binaryKl(0.5, b), 1e-12);
      await expect(page.getByTestId('kl-qp')).toHaveValueCloseTo(b === 0.5 ? 0 : binaryKl(b, 0.5), 1e-12);
    }
    await expect(page).toHaveURL(/q=0\.99,0\.01/);
  });

  test('match the data gives exactly 0, and a zero in q gives ∞ with its reason', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('textbox', { name: /p \(data\)/ }).first().fill('0.2, 0.3, 0.5');
    await page.getByRole('textbox', { name: /q \(model\)/ }).first().fill('0.5, 0.5, 0');
    await expect(page.getByTestId('kl-pq').first()).toHaveAttribute('data-value', 'Infinity');
    await expect(page.getByTestId('kl-pq').first()).toHaveText('∞');
    await expect(page.getByText(/q gives outcome 3 probability 0/).first()).toBeVisible();
    await page.getByRole('button', { name: /Match the data/ }).first().click();
    await expect(page.getByTestId('kl-pq').first()).toHaveAttribute('data-value', '0');
    await expect(page.getByTestId('kl-qp').first()).toHaveAttribute('data-value', '0');
  });

  test('the URL holds the state and restores it on load', async ({ page }) => {
    await page.goto(`${PAGE}?p=0.2,0.8&q=0.6,0.4`);
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.2, 0.6));
    await page.getByRole('textbox', { name: /q \(model\)/ }).first().fill('0.25, 0.75');
    await expect(page).toHaveURL(/p=0\.2,0\.8&q=0\.25,0\.75/);
    await page.reload();
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.2, 0.25));
    await expect(page.getByRole('textbox', { name: /q \(model\)/ }).first()).toHaveValue('0.25,0.75');
  });

  test('unnormalized input is normalized and the widget says so', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('textbox', { name: /q \(model\)/ }).first().fill('3, 1');
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.5, 0.75));
    await expect(page.getByText(/q summed to 4/).first()).toBeVisible();
  });

  test('bad input shows the alert and changes nothing', async ({ page }) => {
    await expectEditsRefused(page, PAGE, 'kl-calculator', [['q', 'abc, 0.5'], ['q', '-0.2, 1.2'], ['p', ''], ['q', '0.2, 0.3, 0.5'], ['p', '1e999, 1']], 'kl-pq');
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(ANCHOR);
  });

  test('a link with a bad value applies nothing and says why', async ({ page }) => {
    await page.goto(`${PAGE}?p=0.5,0.5&q=0.7,banana`);
    await expect(page.getByRole('alert').first()).toContainText('not applied');
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(ANCHOR);
    await page.goto(`${PAGE}?p=0.5,0.5&q=0.2,0.3,0.5`);
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(ANCHOR);
  });

  test('the widget works from the keyboard alone', async ({ page }) => {
    await page.goto(PAGE);
    const slider = page.getByRole('slider', { name: /q\(outcome 1\)/ }).first();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(binaryKl(0.5, 0.69));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add outcome' }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: /q \(model\)/ }).first()).toHaveValue('0.69,0.31,0');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Match the data/ }).first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('kl-pq').first()).toHaveAttribute('data-value', '0');
  });

  test('switching to bits changes the display, not data-value', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('radio', { name: /bits/ }).first().check();
    await expect(page.getByTestId('kl-pq').first()).toHaveText('0.12577 bits');
    await expect(page.getByTestId('kl-pq')).toHaveValueCloseTo(ANCHOR);
    await expect(page).toHaveURL(/unit=bits/);
  });
});
