/**
 * Browser timings of the text-model widget on the lesson's texts: the synchronous work of one input
 * event (validation, counting or re-reading the counts, readout, table and sample; the chart follows in
 * the next frame). Prints a table; asserts nothing.
 */
import { test, timeInputEvents } from '../fixtures';

const PAGE = 'language-model/';

test('text-model: retraining on the lesson’s texts, a change of k, a change of n', async ({ page }) => {
  await page.goto(PAGE);
  const widget = page.locator('[data-widget="text-model"]');
  await widget.getByText('Use your own texts').click();
  const train = widget.locator('textarea[name="train"]');
  // The built-in training text typed as the reader's own (a new string each run, so every run retrains).
  const retrain = await train.evaluate(async (box: HTMLTextAreaElement) => {
    const text = document.querySelector('[data-default-text="train"]')!.textContent ?? '';
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) {
      box.value = `${text}${' '.repeat(1 + (i % 2))}`;
      const start = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      runs.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { units: text.length, runs };
  });
  const k = await timeInputEvents(widget.locator('input[name="k"]'), ['0.01', '0.1', '1', '0', '0.5', '2', '0.001', '0.02', '3', '0.3', '0.004']);
  const order = await timeInputEvents(widget.locator('input[name="order"]'), ['1', '2', '3', '4', '5', '6', '7', '8', '3', '5', '2']);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\ntext-model in the browser (ms per input event, median of runs; training text ${retrain.units} UTF-16 units)`);
  console.table({
    'retrain all 8 orders (new training text)': { median: +median(retrain.runs).toFixed(2), min: +Math.min(...retrain.runs).toFixed(2), max: +Math.max(...retrain.runs).toFixed(2) },
    'change of k (counts kept)': { median: +k.median.toFixed(2), min: +Math.min(...k.runs).toFixed(2), max: +Math.max(...k.runs).toFixed(2) },
    'change of n (counts kept)': { median: +order.median.toFixed(2), min: +Math.min(...order.runs).toFixed(2), max: +Math.max(...order.runs).toFixed(2) },
  });
});
