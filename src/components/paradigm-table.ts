/**
 * Client behaviour of ParadigmTable.astro: every row's detail is open in the HTML (readable without
 * JavaScript); here they fold, and a row's name opens its detail, one at a time. A filter hides the
 * paradigms with no likelihood (GAN). Nothing goes into the URL.
 */
import { writeHidden } from './shell/dom-write';
import { WidgetElement } from './shell/widget-element';

interface TableState {
  /** The row whose detail is open, if any (a paradigm id). */
  open: string | null;
  /** Show only the likelihood-based paradigms. */
  likelihoodOnly: boolean;
}

export class ParadigmTableElement extends WidgetElement<TableState> {
  #toggles(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('[data-toggle]')];
  }

  #filter(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('[data-filter]')!;
  }

  protected initialState(): TableState {
    return { open: null, likelihoodOnly: this.#filter().checked };
  }

  protected setup(): void {
    for (const toggle of this.#toggles()) {
      const id = toggle.closest('tr')!.dataset['paradigm']!;
      this.on(toggle, 'click', () => this.commit({ ok: true, value: { ...this.state, open: this.state.open === id ? null : id } }));
    }
    const filter = this.#filter();
    writeHidden(filter.closest('label')!, false);
    this.on(filter, 'change', () => {
      this.commit({ ok: true, value: { ...this.state, likelihoodOnly: filter.checked } });
      this.querySelector<HTMLElement>('[data-status]')!.textContent = filter.checked
        ? 'Showing likelihood-based paradigms only; GAN is hidden.'
        : 'Showing all five paradigms.';
    });
  }

  protected fromQuery(): null {
    return null;
  }

  protected toQuery(): Record<string, string | undefined> {
    return {};
  }

  protected show(state: TableState): void {
    this.#filter().checked = state.likelihoodOnly;
  }

  protected render(state: TableState): void {
    for (const toggle of this.#toggles()) {
      const open = toggle.closest('tr')!.dataset['paradigm'] === state.open;
      toggle.setAttribute('aria-expanded', String(open));
      writeHidden(this.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!, !open);
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-row-group]')) {
      writeHidden(group, state.likelihoodOnly && group.dataset['likelihood'] !== 'true');
    }
  }
}
