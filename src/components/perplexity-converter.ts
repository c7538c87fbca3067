/** Client behaviour of PerplexityConverter.astro: every valid edit recomputes all three outputs. */
import { WidgetElement } from './shell/widget-element';
import { renderReadout } from './shell/readout';
import { computeMetrics, metricsReadout, parseMetricInputs, validateImageShape, type MetricInputs } from '~/lib/metrics/perplexity';
import type { Parsed } from '~/lib/input/parse';

const FIELDS = ['nll', 'image-nll', 'dims'] as const;

export class PerplexityConverterElement extends WidgetElement<MetricInputs> {
  #field(name: (typeof FIELDS)[number]): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  protected initialState(): MetricInputs {
    const parsed = this.#fromFields({ nll: 0, imageNll: 0, dims: 1 });
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value;
  }

  protected setup(): void {
    for (const name of FIELDS) this.on(this.#field(name), 'input', () => this.commit(this.#fromFields(this.state)));
    for (const shape of this.querySelectorAll<HTMLInputElement>('[data-shape]')) this.on(shape, 'input', () => this.#readShape());
  }

  protected fromQuery(params: URLSearchParams, fallback: MetricInputs): Parsed<MetricInputs> | null {
    if (!FIELDS.some((key) => params.has(key))) return null;
    return parseMetricInputs({ nll: params.get('nll'), imageNll: params.get('image-nll'), dims: params.get('dims') }, fallback);
  }

  protected toQuery(state: MetricInputs): Record<string, string> {
    return { nll: String(state.nll), 'image-nll': String(state.imageNll), dims: String(state.dims) };
  }

  protected show(state: MetricInputs): void {
    this.#field('nll').value = String(state.nll);
    this.#field('image-nll').value = String(state.imageNll);
    this.#field('dims').value = String(state.dims);
  }

  protected render(state: MetricInputs): void {
    const readout = metricsReadout(computeMetrics(state));
    renderReadout(this, [...readout.text, ...readout.image]);
  }

  #fromFields(fallback: MetricInputs): Parsed<MetricInputs> {
    return parseMetricInputs({ nll: this.#field('nll').value, imageNll: this.#field('image-nll').value, dims: this.#field('dims').value }, fallback);
  }

  /** Height × width × channels, typed into the shape fields, becomes D. */
  #readShape(): void {
    const [h, w, c] = [...this.querySelectorAll<HTMLInputElement>('[data-shape]')].map((input) => input.value);
    const dims = validateImageShape(h ?? '', w ?? '', c ?? '');
    if (!dims.ok) {
      this.alert(dims.message);
      return;
    }
    this.#field('dims').value = String(dims.value);
    this.commit(this.#fromFields(this.state));
  }
}
