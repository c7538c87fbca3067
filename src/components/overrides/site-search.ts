/**
 * Client behaviour of overrides/Search.astro: Starlight's search dialog (open on click or Ctrl/⌘-K,
 * close on a link, outside click, Escape or Cancel), with the Pagefind UI imported on first use
 * rather than on idle. Pointing at or focusing the button starts the import early, so by the time
 * the click lands it has usually arrived; opening the dialog waits for it, then focuses the input
 * (which makes Pagefind fetch its index, as before). A failed import (offline) says so in the
 * dialog and is retried on the next open.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

export class SiteSearch extends HTMLElement {
  #ui: Promise<boolean> | undefined;

  connectedCallback(): void {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void this.#loadUi().then((loaded) => {
        if (loaded && dialog.open) this.querySelector<HTMLInputElement>('#starlight__search input')?.focus();
      });
    };

    const closeModal = () => dialog.close();

    const warmUp = () => void this.#loadUi();
    openBtn.addEventListener('pointerenter', warmUp, { once: true });
    openBtn.addEventListener('focus', warmUp, { once: true });
    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        dialog.open ? closeModal() : openModal();
        e.preventDefault();
      }
    });
  }

  /** Imports and mounts the Pagefind UI once; resolves to whether it is mounted. */
  #loadUi(): Promise<boolean> {
    if (import.meta.env.DEV) return Promise.resolve(false);
    if (this.#ui) return this.#ui;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    status.textContent = 'Loading search…';
    status.hidden = false;
    this.#ui = import('@pagefind/default-ui').then(
      ({ PagefindUI }) => {
        status.hidden = true;
        new PagefindUI({
          ...pagefindUserConfig,
          element: '#starlight__search',
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
          showImages: false,
          translations: this.#translations(),
          showSubResults: true,
          processResult: (result: PagefindResult) => {
            result.url = this.#formatUrl(result.url);
            for (const sub of result.sub_results) sub.url = this.#formatUrl(sub.url);
          },
        });
        return true;
      },
      () => {
        this.#ui = undefined;
        status.textContent = 'Search could not be loaded. Check the connection, then open search again.';
        return false;
      },
    );
    return this.#ui;
  }

  #translations(): Record<string, string> {
    try {
      return JSON.parse(this.dataset['translations'] || '{}') as Record<string, string>;
    } catch {
      return {};
    }
  }

  #formatUrl(path: string): string {
    return this.dataset['stripTrailingSlash'] === undefined ? path : path.replace(/(.)\/(#.*)?$/, '$1$2');
  }
}

interface PagefindResult {
  url: string;
  sub_results: Array<{ url: string }>;
}
