/** The browser half of Readout.astro: writes a descriptor table into the elements the build rendered. */
import { readoutReason, readoutText, type ReadoutEntry } from '~/lib/format/readout';
import type { InfoUnit } from '~/lib/format/number';
import { writeAttribute, writeHidden, writeText } from './dom-write';

/** Sets data-value (full precision) and the shown text of each entry's output, and its ∞ reason. */
export function renderReadout(root: ParentNode, entries: readonly ReadoutEntry[], unit: InfoUnit = 'nats'): void {
  for (const entry of entries) {
    const output = root.querySelector<HTMLElement>(`[data-testid="${entry.id}"]`);
    if (!output) throw new Error(`readout: no output for ${entry.id}`);
    writeAttribute(output, 'data-value', String(entry.value));
    writeText(output, readoutText(entry, unit));
    const reason = root.querySelector<HTMLElement>(`[data-reason-for="${entry.id}"]`);
    if (reason) {
      const text = readoutReason(entry);
      writeText(reason, text);
      writeHidden(reason, text === '');
    }
  }
}
