/** The browser half of Readout.astro: writes a descriptor table into the elements the build rendered. */
import { readoutReason, readoutText, type ReadoutEntry } from '~/lib/format/readout';
import type { InfoUnit } from '~/lib/format/number';

/** Sets data-value (full precision) and the shown text of each entry's output, and its ∞ reason. */
export function renderReadout(root: ParentNode, entries: readonly ReadoutEntry[], unit: InfoUnit = 'nats'): void {
  for (const entry of entries) {
    const output = root.querySelector<HTMLElement>(`[data-testid="${entry.id}"]`);
    if (!output) throw new Error(`readout: no output for ${entry.id}`);
    output.dataset['value'] = String(entry.value);
    output.textContent = readoutText(entry, unit);
    const reason = root.querySelector<HTMLElement>(`[data-reason-for="${entry.id}"]`);
    if (reason) {
      reason.textContent = readoutReason(entry);
      reason.hidden = reason.textContent === '';
    }
  }
}
