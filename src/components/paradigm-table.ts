/**
 * Client behaviour of ParadigmTable.astro: explanations start open in the HTML (readable without
 * JavaScript) and are folded here, one opened at a time by its row's button; a filter hides GAN.
 */
export class ParadigmTableElement extends HTMLElement {
  connectedCallback(): void {
    const toggles = [...this.querySelectorAll<HTMLButtonElement>('[data-toggle]')];
    for (const toggle of toggles) {
      this.#setOpen(toggle, false);
      toggle.addEventListener('click', () => {
        const opening = toggle.getAttribute('aria-expanded') !== 'true';
        for (const other of toggles) this.#setOpen(other, other === toggle && opening);
      });
    }
    const filter = this.querySelector<HTMLInputElement>('[data-filter]')!;
    filter.closest('label')!.hidden = false;
    filter.addEventListener('change', () => {
      for (const group of this.querySelectorAll<HTMLElement>('[data-row-group]')) {
        group.hidden = filter.checked && group.dataset['likelihood'] !== 'true';
      }
      this.querySelector<HTMLElement>('[data-status]')!.textContent = filter.checked
        ? 'Showing likelihood-based paradigms only; GAN is hidden.'
        : 'Showing all five paradigms.';
    });
  }

  #setOpen(toggle: HTMLButtonElement, open: boolean): void {
    toggle.setAttribute('aria-expanded', String(open));
    const panel = this.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    panel.hidden = !open;
  }
}
