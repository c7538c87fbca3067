/**
 * Behaviour of MixtureEditor.astro. It owns only the controls: every edit is checked with the library
 * (checkParam, withParam, withComponentAdded, …) and reported to the widget through `onChange` (the
 * new components) or `onInvalid` (a message; the widget keeps its last valid state).
 */
import {
  checkParam,
  paramLabel,
  withComponentAdded,
  withLastComponentRemoved,
  withParam,
  type ParamKind,
  type RawComponent,
} from '~/lib/mixture/params';
import { writeHidden, writeText } from './shell/dom-write';
import { FIT_PRESETS } from '~/lib/mixture/presets';
import type { Parsed } from '~/lib/input/parse';

interface EditorCallbacks {
  onChange(components: RawComponent[]): void;
  onInvalid(message: string): void;
}

const KINDS: readonly ParamKind[] = ['w', 'mu', 'sigma'];
const PARAM = /^(w|mu|sigma)(\d)$/;

export class MixtureEditor {
  readonly #root: HTMLElement;
  readonly #callbacks: EditorCallbacks;
  #components: RawComponent[];
  /** Each parameter's text field, slider and label, by name ("mu1"), found once: show() runs at every input. */
  readonly #controls = new Map<string, { field: HTMLInputElement; slider: HTMLInputElement; label: HTMLElement }>();
  readonly #fieldsets: HTMLFieldSetElement[];

  constructor(root: HTMLElement, callbacks: EditorCallbacks, signal: AbortSignal) {
    this.#root = root;
    this.#callbacks = callbacks;
    this.#fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('[data-component]')];
    for (const field of root.querySelectorAll<HTMLInputElement>('[data-param]')) {
      const name = field.dataset['param']!;
      this.#controls.set(name, { field, slider: this.#find(`[data-slider="${name}"]`), label: this.#find(`[data-param-label="${name}"]`) });
    }
    this.#components = this.#readVisibleFields();
    const on = (target: Element, type: string, listener: () => void) => target.addEventListener(type, listener, { signal });
    for (const [name, { field, slider }] of this.#controls) {
      on(field, 'input', () => this.#edit(name, field.value, name));
      on(slider, 'input', () => this.#edit(name, slider.value));
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      const preset = FIT_PRESETS.find((p) => p.id === button.dataset['preset'])!;
      on(button, 'click', () => this.#report({ ok: true, value: preset.components.map((c) => ({ ...c })) }));
    }
    on(root.querySelector('[data-action="add-component"]')!, 'click', () => this.#report(withComponentAdded(this.#components)));
    on(root.querySelector('[data-action="remove-component"]')!, 'click', () => this.#report(withLastComponentRemoved(this.#components)));
  }

  /** The components the build rendered (the visible fieldsets' text fields). */
  get components(): RawComponent[] {
    return this.#components.map((c) => ({ ...c }));
  }

  /** Shows valid components in every control, except the text field named `typing` (the reader is in it). */
  show(components: readonly RawComponent[], typing?: string): void {
    this.#components = components.map((c) => ({ ...c }));
    for (const fieldset of this.#fieldsets) {
      const i = Number(fieldset.dataset['component']);
      const c = this.#components[i];
      writeHidden(fieldset, !c);
      if (fieldset.disabled !== !c) fieldset.disabled = !c;
      if (!c) continue;
      for (const kind of KINDS) {
        const name = `${kind}${i + 1}`;
        const text = String(c[kind]);
        // Only what changed is written: while one slider is dragged the other controls stay untouched.
        const { field, slider, label } = this.#controls.get(name)!;
        if (name !== typing && field.value !== text) field.value = text;
        if (slider.value !== text) slider.value = text;
        writeText(label, paramLabel(kind, i, c[kind]));
      }
    }
  }

  /** Sets one parameter by name ("mu1") as typing it would: checked, then reported. */
  set(name: string, text: string): void {
    this.#edit(name, text);
  }

  #find<T extends HTMLElement>(selector: string): T {
    return this.#root.querySelector<T>(selector)!;
  }

  #readVisibleFields(): RawComponent[] {
    return this.#fieldsets.filter((f) => !f.hidden).map((_, i) => {
      const value = (kind: ParamKind) => Number(this.#controls.get(`${kind}${i + 1}`)!.field.value);
      return { w: value('w'), mu: value('mu'), sigma: value('sigma') };
    });
  }

  #edit(name: string, text: string, typing?: string): void {
    const [, kind, index] = PARAM.exec(name) as unknown as [string, ParamKind, string];
    const i = Number(index) - 1;
    const checked = checkParam(kind, i, text);
    if (!checked.ok) return this.#callbacks.onInvalid(checked.message);
    this.#report({ ok: true, value: withParam(this.#components, kind, i, checked.value) }, typing);
  }

  #report(next: Parsed<RawComponent[]>, typing?: string): void {
    if (!next.ok) return this.#callbacks.onInvalid(next.message);
    this.show(next.value, typing);
    this.#callbacks.onChange(next.value);
  }
}
