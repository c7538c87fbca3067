/** Client behaviour of PerplexityConverter.astro: every valid edit recomputes all three outputs. */
import { bindsToUrl, setOutput, showAlert, writeQuery } from './widget-dom';
import { computeMetrics, parseMetricInputs, validateImageShape, type MetricInputs } from '~/lib/metrics/perplexity';
import { formatNumber } from '~/lib/format/number';

export class PerplexityConverterElement extends HTMLElement {
  #state!: MetricInputs;
  #alert!: HTMLElement;
  #bindsUrl = false;

  connectedCallback(): void {
    this.#alert = this.querySelector<HTMLElement>('[role="alert"]')!;
    const initial = parseMetricInputs(this.#fieldTexts(), { nll: 0, imageNll: 0, dims: 1 });
    if (!initial.ok) throw new Error(initial.message);
    this.#state = initial.value;
    this.#bindsUrl = bindsToUrl(this, 'perplexity');
    if (this.#bindsUrl) this.#restoreUrl();

    for (const name of ['nll', 'image-nll', 'dims']) {
      this.#field(name).addEventListener('input', () => this.#readFields());
    }
    for (const shape of this.querySelectorAll<HTMLInputElement>('[data-shape]')) {
      shape.addEventListener('input', () => this.#readShape());
    }
  }

  #field(name: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  #fieldTexts() {
    return { nll: this.#field('nll').value, imageNll: this.#field('image-nll').value, dims: this.#field('dims').value };
  }

  #restoreUrl(): void {
    const params = new URLSearchParams(location.search);
    if (!['nll', 'image-nll', 'dims'].some((key) => params.has(key))) return;
    const parsed = parseMetricInputs({ nll: params.get('nll'), imageNll: params.get('image-nll'), dims: params.get('dims') }, this.#state);
    if (!parsed.ok) {
      showAlert(this.#alert, `The link's values were not applied: ${parsed.message}`);
      return;
    }
    this.#state = parsed.value;
    this.#field('nll').value = String(this.#state.nll);
    this.#field('image-nll').value = String(this.#state.imageNll);
    this.#field('dims').value = String(this.#state.dims);
    this.#render();
  }

  #readShape(): void {
    const [h, w, c] = [...this.querySelectorAll<HTMLInputElement>('[data-shape]')].map((input) => input.value);
    const dims = validateImageShape(h ?? '', w ?? '', c ?? '');
    if (!dims.ok) {
      showAlert(this.#alert, dims.message);
      return;
    }
    this.#field('dims').value = String(dims.value);
    this.#readFields();
  }

  #readFields(): void {
    const parsed = parseMetricInputs(this.#fieldTexts(), this.#state);
    if (!parsed.ok) {
      showAlert(this.#alert, parsed.message);
      return;
    }
    showAlert(this.#alert, '');
    this.#state = parsed.value;
    this.#render();
    if (this.#bindsUrl) {
      writeQuery({ nll: String(this.#state.nll), 'image-nll': String(this.#state.imageNll), dims: String(this.#state.dims) });
    }
  }

  #render(): void {
    const out = computeMetrics(this.#state);
    const output = (id: string) => this.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    setOutput(output('perplexity'), out.perplexity, formatNumber(out.perplexity));
    setOutput(output('nll-bits'), out.nllBits, `${formatNumber(out.nllBits)} bits`);
    setOutput(output('bits-per-dim'), out.bitsPerDim, `${formatNumber(out.bitsPerDim)} bits`);
  }
}
