/**
 * The base class of every widget: the contract's common rules, written once.
 *
 * Lifecycle. connectedCallback reads the state the build rendered (initialState), lets the widget wire
 * its controls (setup), then, for the first widget of its kind on the page only, applies the query
 * string all or nothing (fromQuery), and renders. Every reader edit goes through commit(): a bad value
 * shows its message in the widget's role="alert" and changes nothing; a good one renders the numbers at
 * once, while drawing waits for one animation frame (scheduleFrame) and the URL is written once the
 * edits settle (URL_SETTLE_MS without another), or when the page is hidden or left. Writing it during a
 * drag would cost every few frames a replaceState and, in Chromium, a new fetch and decode of the
 * favicon (about 2 ms each, measured in e2e/bench/kl-fits.spec.ts); Chrome also throttles a flood of
 * replaceState calls.
 * disconnectedCallback aborts `lifetime`, which every listener, observer and chart loader is tied to,
 * and cancels the pending frame and URL write.
 */
import type { Parsed } from '~/lib/input/parse';
import { writeHidden, writeText } from './dom-write';

/** The one phrase that opens the message for a link whose values were refused. */
export const LINK_NOT_APPLIED = 'The link’s values were not applied:';

/** How long edits must pause before the URL is written. */
const URL_SETTLE_MS = 250;

export abstract class WidgetElement<State> extends HTMLElement {
  /** The current valid state; only commit() and the link restore replace it. */
  protected state!: State;
  /** Aborted when the element leaves the page: pass `{ signal: this.lifetime }` to listeners and loaders. */
  protected lifetime: AbortSignal = AbortSignal.abort();
  #controller: AbortController | null = null;
  #alert: HTMLElement | null = null;
  #bindsUrl = false;
  #frame = 0;
  readonly #frameTasks = new Map<string, () => void>();
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** The state the build rendered, read from the markup. */
  protected abstract initialState(): State;
  /** Wires the controls (with `{ signal: this.lifetime }`); runs once, before the link is read. */
  protected abstract setup(): void;
  /**
   * The state a query string asks for, missing parameters taken from `fallback`: null when it names
   * none of the widget's parameters, otherwise every value valid or the first problem.
   */
  protected abstract fromQuery(params: URLSearchParams, fallback: State): Parsed<State> | null;
  /** The query parameters that encode `state`; undefined removes one. */
  protected abstract toQuery(state: State): Record<string, string | undefined>;
  /** Puts `state` into the controls (after a link, a preset or a drag). */
  protected abstract show(state: State): void;
  /** Writes every number for `state` now; plots go through scheduleFrame. */
  protected abstract render(state: State): void;

  connectedCallback(): void {
    this.#controller = new AbortController();
    this.lifetime = this.#controller.signal;
    this.#alert = this.querySelector<HTMLElement>('[role="alert"]');
    this.state = this.initialState();
    this.setup();
    this.#bindsUrl = document.querySelector(`[data-widget="${this.dataset['widget']}"]`) === this;
    if (this.#bindsUrl) this.#restoreFromUrl();
    this.render(this.state);
    addEventListener('pagehide', () => this.#writeUrl(), { signal: this.lifetime });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#writeUrl(), { signal: this.lifetime });
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#frameTasks.clear();
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
  }

  /** Applies a reader's edit: refused with its message when not ok, else rendered and saved. Returns whether it was applied. */
  protected commit(next: Parsed<State>): boolean {
    if (!next.ok) {
      this.alert(next.message);
      return false;
    }
    this.alert('');
    this.state = next.value;
    this.render(this.state);
    this.#queueUrl();
    return true;
  }

  /** Shows `message` in the widget's role="alert" element, or hides the element when it is "". */
  protected alert(message: string): void {
    if (!this.#alert) return;
    writeText(this.#alert, message);
    writeHidden(this.#alert, message === '');
  }

  /** Runs `task` in the next animation frame; a later task with the same key replaces it, so a frame draws once. */
  protected scheduleFrame(key: string, task: () => void): void {
    this.#frameTasks.set(key, task);
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const tasks = [...this.#frameTasks.values()];
      this.#frameTasks.clear();
      for (const run of tasks) run();
    });
  }

  /** Runs `task` when the browser is next idle (within `timeoutMs`; after a short wait where requestIdleCallback is missing), unless the widget leaves the page first. */
  protected whenIdle(task: () => void, timeoutMs: number): void {
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(task, { timeout: timeoutMs });
      this.lifetime.addEventListener('abort', () => cancelIdleCallback(id));
    } else {
      const id = setTimeout(task, 200);
      this.lifetime.addEventListener('abort', () => clearTimeout(id));
    }
  }

  /**
   * Code the widget loads after the page (a panel, an option): fetched in advance when the browser is
   * idle, so it is there if the reader goes offline, or at once on first use. The returned function
   * resolves with the module, or with null once the widget has left the page or the fetch failed. A
   * failed fetch the reader asked for shows `failure` in the alert; the next call tries again.
   */
  protected later<T>(load: () => Promise<T>, failure: string): () => Promise<T | null> {
    let fetched: Promise<T> | null = null;
    let asked = false;
    const get = () => {
      fetched ??= load();
      return fetched.then(
        (module) => (this.lifetime.aborted ? null : module),
        () => {
          fetched = null;
          if (asked && !this.lifetime.aborted) this.alert(failure);
          return null;
        },
      );
    };
    this.whenIdle(() => void get(), 5000);
    return () => {
      asked = true;
      return get();
    };
  }

  /** Adds a listener that lives as long as the widget. */
  protected on<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
    target.addEventListener(type, listener as EventListener, { signal: this.lifetime });
  }

  #restoreFromUrl(): void {
    const parsed = this.fromQuery(new URLSearchParams(location.search), this.state);
    if (parsed === null) return;
    if (!parsed.ok) {
      this.alert(`${LINK_NOT_APPLIED} ${parsed.message}`);
      return;
    }
    this.state = parsed.value;
    this.show(this.state);
  }

  #queueUrl(): void {
    if (!this.#bindsUrl) return;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.#writeUrl(), URL_SETTLE_MS);
  }

  /** Writes the state now, if an edit is waiting to be written. */
  #writeUrl(): void {
    if (this.#urlTimer === undefined) return;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    writeQuery(this.toQuery(this.state));
  }
}

/** Replaces the given query parameters (undefined removes one) without a history entry; commas stay readable. */
function writeQuery(values: Record<string, string | undefined>): void {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString().replaceAll('%2C', ',');
  const search = query ? `?${query}` : '';
  // An unchanged link is not written again: Chromium refetches the favicon at every replaceState.
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
