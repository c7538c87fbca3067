/**
 * The elbo widget on the paradigms page: its numbers against an independent log-space computation written
 * here (not src/lib), the posterior button, drags and arrow keys against typing the same values, links,
 * bad input, and the far tails.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectEditsRefused } from './fixtures';

const PAGE = 'paradigms/';
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
type Component = { w: number; mu: number; sigma: number };
const DEFAULT_MODEL: Component[] = [
  { w: 0.5, mu: -2, sigma: 0.6 },
  { w: 0.5, mu: 2, sigma: 0.6 },
];

/** Every contract number for a model, x and q, by the textbook formulas in log space. */
function reference(components: Component[], x: number, q: number[]) {
  const total = components.reduce((s, c) => s + c.w, 0);
  const w = components.map((c) => c.w / total);
  const logLik = components.map((c) => -0.5 * ((x - c.mu) / c.sigma) ** 2 - Math.log(c.sigma) - LOG_SQRT_2PI);
  const joint = logLik.map((l, j) => Math.log(w[j]!) + l);
  const top = Math.max(...joint);
  const logPx = top + Math.log(joint.reduce((s, l) => s + Math.exp(l - top), 0));
  const logPost = joint.map((l) => l - logPx);
  let reconstruction = 0;
  let priorKl = 0;
  let gap = 0;
  q.forEach((qj, j) => {
    if (qj === 0) return;
    reconstruction += qj * logLik[j]!;
    priorKl += qj * Math.log(qj / w[j]!);
    gap += qj * (Math.log(qj) - logPost[j]!);
  });
  return { 'log-px': logPx, reconstruction, 'prior-kl': priorKl, elbo: reconstruction - priorKl, gap, posterior: logPost.map(Math.exp) };
}

const OUTPUTS = ['log-px', 'reconstruction', 'prior-kl', 'elbo', 'gap'] as const;

async function expectNumbers(widget: Locator, expected: ReturnType<typeof reference>, tolerance = 1e-12) {
  for (const id of OUTPUTS) await expect(widget.getByTestId(id)).toHaveValueCloseTo(expected[id], tolerance);
  const items = widget.getByTestId('posterior').locator('li');
  await expect(items).toHaveCount(expected.posterior.length);
  for (const [j, p] of expected.posterior.entries()) await expect(items.nth(j)).toHaveValueCloseTo(p, tolerance);
}

/** Every output's data-value, the posterior items included, as exact strings. */
async function snapshot(widget: Locator): Promise<string[]> {
  return widget.locator('[data-testid][data-value], [data-testid="posterior"] li').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-testid') ?? 'li'}=${el.getAttribute('data-value')}`));
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const elbo = (page: Page) => page.locator('[data-widget="elbo"]').first();

test.describe('elbo', () => {
  test('the default state is in the HTML and matches the independent values', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    await expectNumbers(widget, reference(DEFAULT_MODEL, 0.2, [0.5, 0.5]));
    // q is the prior: KL to the prior is exactly 0 and the ELBO is the reconstruction.
    await expect(widget.getByTestId('prior-kl')).toHaveAttribute('data-value', '0');
    await expect(widget.getByTestId('gap')).toContainText('nats');
  });

  test('“Set q to the posterior” makes the gap exactly 0 and the ELBO equal to log p(x); the link keeps it so', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    await widget.getByRole('button', { name: 'Set q to the posterior' }).click();
    await expect(widget.getByTestId('gap')).toHaveAttribute('data-value', '0');
    await expect(widget.getByTestId('gap')).toHaveText('0 nats');
    const posterior = await widget.getByTestId('posterior').locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    await expect.poll(() => param(page, 'q')).toBe(posterior.join(','));
    const logPx = Number(await widget.getByTestId('log-px').getAttribute('data-value'));
    await expect(widget.getByTestId('elbo')).toHaveValueCloseTo(logPx, 1e-15);
    await page.reload();
    await expect(elbo(page).getByTestId('gap')).toHaveAttribute('data-value', '0');
    await expect(elbo(page).locator('input[name="q"]')).toHaveValue(posterior.join(','));
    await widget.getByRole('button', { name: 'Set q to the prior p(z)' }).click();
    await expect(widget.getByTestId('prior-kl')).toHaveAttribute('data-value', '0');
  });

  test('typing x and q recomputes every output, and the URL follows', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    await widget.locator('input[name="x"]').fill('-1.3');
    await widget.locator('input[name="q"]').fill('0.9,0.1');
    await expectNumbers(widget, reference(DEFAULT_MODEL, -1.3, [0.9, 0.1]));
    await expect.poll(() => [param(page, 'x'), param(page, 'q')]).toEqual(['-1.3', '0.9,0.1']);
    // A vector that does not sum to 1 is divided by its sum, and the widget says so.
    await widget.locator('input[name="q"]').fill('1,3');
    await expect(widget.locator('[data-note]')).toContainText('divided by its sum');
    await expectNumbers(widget, reference(DEFAULT_MODEL, -1.3, [0.25, 0.75]));
    await expect.poll(() => param(page, 'q')).toBe('0.25,0.75');
  });

  test('dragging a q bar with the mouse sets q as typing the same vector does', async ({ page, context }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    const handle = widget.locator('[data-handle="q1"]');
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.4, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2, { steps: 4 });
    await page.mouse.up();
    // The URL is written once the edits settle (shell/widget-element.ts): wait for it to match the field.
    const qText = await widget.locator('input[name="q"]').inputValue();
    await expect.poll(() => param(page, 'q')).toBe(qText);
    const q = qText.split(',').map(Number);
    expect(q[0]).toBeCloseTo(0.8, 1);
    expect(q[0]! + q[1]!).toBeCloseTo(1, 14);
    await expect(handle).toHaveAttribute('aria-valuenow', String(q[0]));
    const dragged = await snapshot(widget);
    await expectNumbers(widget, reference(DEFAULT_MODEL, 0.2, q));

    const typedPage = await context.newPage();
    await typedPage.goto(PAGE);
    await elbo(typedPage).locator('input[name="q"]').fill(q.join(','));
    await expect.poll(() => snapshot(elbo(typedPage))).toEqual(dragged);
    await typedPage.close();
  });

  test('arrow keys on a q bar and on the x marker step them exactly as typing the result', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    await widget.locator('[data-handle="q2"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => param(page, 'q')).toBe('0.49,0.51');
    await expect(widget.locator('[data-handle="q2"]')).toHaveAttribute('aria-valuetext', 'q₂ = 0.51');
    await widget.locator('[data-handle="x"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'x')).toBe('0.4');
    await expect(widget.locator('[data-handle="x"]')).toHaveAttribute('aria-valuetext', 'x = 0.40');
    await expect(widget.locator('input[name="x"]')).toHaveValue('0.4');
    const keyed = await snapshot(widget);
    await page.goto(PAGE);
    await elbo(page).locator('input[name="x"]').fill('0.4');
    await elbo(page).locator('input[name="q"]').fill('0.49,0.51');
    await expect.poll(() => snapshot(elbo(page))).toEqual(keyed);
    await expectNumbers(elbo(page), reference(DEFAULT_MODEL, 0.4, [0.49, 0.51]));
  });

  test('dragging the x marker along the axis sets x as typing it does', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    const plot = widget.locator('[data-curves]');
    await plot.scrollIntoViewIfNeeded();
    const area = (await plot.boundingBox())!;
    const knob = (await widget.locator('[data-handle="x"]').boundingBox())!;
    const y = knob.y + knob.height - 10;
    await page.mouse.move(knob.x + knob.width / 2, y);
    await page.mouse.down();
    // Two thirds of the way along [−15, 15] is x = 5.
    await page.mouse.move(area.x + area.width * 0.6, y, { steps: 5 });
    await page.mouse.move(area.x + (area.width * 2) / 3, y, { steps: 5 });
    await page.mouse.up();
    const xText = await widget.locator('input[name="x"]').inputValue();
    await expect.poll(() => param(page, 'x')).toBe(xText);
    const x = Number(xText);
    expect(x).toBeCloseTo(5, 0);
    await expect(widget.locator('[data-handle="x"]')).toHaveAttribute('aria-valuenow', xText);
    await expectNumbers(widget, reference(DEFAULT_MODEL, x, [0.5, 0.5]));
    const dragged = await snapshot(widget);
    await page.goto(PAGE);
    await elbo(page).locator('input[name="x"]').fill(String(x));
    await expect.poll(() => snapshot(elbo(page))).toEqual(dragged);
  });

  test('a link restores the model, x and q, far in the tails too, with finite numbers', async ({ page }) => {
    // x = 15 against a component at −10 with σ = 0.1: its posterior is e^−31013, which underflows to 0.
    const model: Component[] = [
      { w: 0.5, mu: -10, sigma: 0.1 },
      { w: 0.5, mu: 2, sigma: 0.6 },
    ];
    await page.goto(`${PAGE}?w1=0.5&mu1=-10&sigma1=0.1&mu2=2&sigma2=0.6&x=15&q=0.25,0.75`);
    const widget = elbo(page);
    await expect(widget.locator('input[name="x"]')).toHaveValue('15');
    await expect(widget.locator('input[name="q"]')).toHaveValue('0.25,0.75');
    await expect(widget.locator('input[name="mu1"]')).toHaveValue('-10');
    await expectNumbers(widget, reference(model, 15, [0.25, 0.75]));
    await expect(widget.getByTestId('posterior').locator('li').first()).toHaveAttribute('data-value', '0');
    for (const id of OUTPUTS) expect(Number.isFinite(Number(await widget.getByTestId(id).getAttribute('data-value'))), id).toBe(true);
    await widget.getByRole('button', { name: 'Set q to the posterior' }).click();
    await expect(widget.getByTestId('gap')).toHaveAttribute('data-value', '0');
    await expect(widget).not.toContainText('NaN');

    // All components far away, their exponents near −31 250 but an O(1) apart: a non-trivial posterior.
    await page.goto(`${PAGE}?w1=0.5&mu1=-10&sigma1=0.1&mu2=-9.9996&sigma2=0.1&x=15&q=0.5,0.5`);
    await expect(elbo(page).getByTestId('posterior').locator('li').first()).toHaveValueCloseTo(0.2689429942679536119403045, 1e-12); // mpmath: exp(−1.3132558390574280)
    await expect(elbo(page).getByTestId('gap')).toHaveValueCloseTo(0.1201126584964276, 1e-11);
  });

  test('a bad x is refused with a message and changes nothing', async ({ page }) => {
    await expectEditsRefused(page, PAGE, 'elbo', [['x', '16'], ['x', '-15.5'], ['x', 'abc'], ['x', '']], 'gap');
  });

  test('a bad q is refused with a message and changes nothing', async ({ page }) => {
    await expectEditsRefused(
      page,
      PAGE,
      'elbo',
      [['q', '0.5'], ['q', '0.2,0.3,0.5'], ['q', '-0.5,1.5'], ['q', 'a,b'], ['q', '0,0']],
      'gap',
    );
  });

  test('a link with any bad value applies nothing and says so', async ({ page }) => {
    await page.goto(`${PAGE}?x=99&q=0.9,0.1`);
    const widget = elbo(page);
    await expect(widget.getByRole('alert')).toContainText('The link’s values were not applied');
    await expectNumbers(widget, reference(DEFAULT_MODEL, 0.2, [0.5, 0.5]));
    await page.goto(`${PAGE}?x=1&q=0.2,0.3,0.5`);
    await expect(elbo(page).getByRole('alert')).toContainText('one probability per component');
    await expect(elbo(page).locator('input[name="q"]')).toHaveValue('0.5,0.5');
  });

  test('changing the number of components resets q to uniform and shows one bar pair per component', async ({ page }) => {
    await page.goto(PAGE);
    const widget = elbo(page);
    await widget.locator('summary', { hasText: 'Change the model' }).click();
    await widget.getByRole('button', { name: 'Add a component' }).click();
    await expect(widget.locator('input[name="q"]')).toHaveValue([1 / 3, 1 / 3, 1 / 3].join(','));
    await expect(widget.locator('[data-note]')).toContainText('reset');
    await expect(widget.locator('[data-handle="q3"]')).toBeVisible();
    await expect(widget.getByTestId('posterior').locator('li')).toHaveCount(3);
    await expect.poll(() => param(page, 'mu3')).not.toBeNull();
    const components = await widget.locator('[data-component]:not([hidden])').evaluateAll((sets) =>
      sets.map((set) => ({
        w: Number(set.querySelector<HTMLInputElement>('[data-param^="w"]')!.value),
        mu: Number(set.querySelector<HTMLInputElement>('[data-param^="mu"]')!.value),
        sigma: Number(set.querySelector<HTMLInputElement>('[data-param^="sigma"]')!.value),
      })),
    );
    await expectNumbers(widget, reference(components, 0.2, [1 / 3, 1 / 3, 1 / 3]));
  });
});
