/**
 * A value several parts of a widget follow without importing each other (the pattern of Starlight's
 * theme designer, atom.ts): the widget sets it, panels and charts subscribe.
 */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  /** Calls `listener` on every later set; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

/** A store holding `initial`. */
export function store<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
