/** Small DOM helpers every widget's client script shares: contract outputs, the alert, URL state. */
import { formatInformation, formatParameter, type InfoUnit } from '~/lib/format/number';

/** Writes a contract output: data-value holds the full-precision number in nats, the text its display. */
export function setOutput(el: HTMLElement, value: number, text: string): void {
  el.dataset['value'] = String(value);
  el.textContent = text;
}

/** Writes an information quantity (nats in data-value) shown in the reader's unit. */
export function setInformation(el: HTMLElement, nats: number, unit: InfoUnit): void {
  setOutput(el, nats, formatInformation(nats, unit));
}

/** Shows a message in the widget's role="alert" element, or hides it when the message is "". */
export function showAlert(alert: HTMLElement, message: string): void {
  alert.textContent = message;
  alert.hidden = message === '';
}

/** The first element of a widget kind on the page binds to the URL; later ones stay local. */
export function bindsToUrl(root: HTMLElement, widget: string): boolean {
  return document.querySelector(`[data-widget="${widget}"]`) === root;
}

/** Replaces the given query parameters (undefined removes one) without adding a history entry; commas stay readable. */
export function writeQuery(values: Record<string, string | undefined>): void {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString().replaceAll('%2C', ',');
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Writes a fitted mean or standard deviation (no unit). */
export function setParameter(el: HTMLElement, value: number): void {
  setOutput(el, value, formatParameter(value));
}
