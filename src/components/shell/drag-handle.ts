/**
 * Direct manipulation, the contract's handle rule: an element of a plot becomes a role="slider" that a
 * pointer drags and the arrow keys move. Every move goes through the widget's `set`, the same path a
 * typed value takes, so validation, outputs and the URL behave exactly as for typing.
 */
import { writeAttribute } from './dom-write';

export interface HandleSpec {
  /** The query parameter it sets, written to data-handle. */
  param: string;
  /** Its accessible name ("mean of component 1"). */
  label: string;
  min: number;
  max: number;
  /** The arrow-key step; Page Up and Page Down move ten steps, Home and End to the ends. */
  step: number;
  /** The current value, read at every key press so the handle follows the widget's state. */
  get(): number;
  /** The value under the pointer during a drag (the widget maps pixels to its own scale). */
  fromPointer(event: PointerEvent): number;
  /** Applies a value as typing it would. */
  set(value: number): void;
}

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

/** Makes `el` a keyboard- and pointer-operable slider for `spec.param` until `signal` aborts. */
export function attachHandle(el: HTMLElement | SVGElement, spec: HandleSpec, signal: AbortSignal): void {
  el.setAttribute('data-handle', spec.param);
  el.setAttribute('role', 'slider');
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-label', spec.label);
  el.setAttribute('aria-valuemin', String(spec.min));
  el.setAttribute('aria-valuemax', String(spec.max));
  const clamp = (v: number) => Math.min(spec.max, Math.max(spec.min, v));
  const onStep = (v: number) => Number(clamp(v).toFixed(decimalsOf(spec.step)));
  const options = { signal };

  el.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      const now = spec.get();
      const moves: Record<string, number> = {
        ArrowRight: now + spec.step,
        ArrowUp: now + spec.step,
        ArrowLeft: now - spec.step,
        ArrowDown: now - spec.step,
        PageUp: now + 10 * spec.step,
        PageDown: now - 10 * spec.step,
        Home: spec.min,
        End: spec.max,
      };
      const next = moves[key];
      if (next === undefined) return;
      event.preventDefault();
      spec.set(onStep(next));
    },
    options,
  );
  el.addEventListener(
    'pointerdown',
    (event) => {
      const pointer = event as PointerEvent;
      if (pointer.button !== 0) return;
      event.preventDefault();
      el.setPointerCapture(pointer.pointerId);
      (el as HTMLElement).focus({ preventScroll: true });
      el.setAttribute('data-dragging', '');
    },
    options,
  );
  el.addEventListener(
    'pointermove',
    (event) => {
      const pointer = event as PointerEvent;
      if (!el.hasPointerCapture(pointer.pointerId)) return;
      spec.set(clamp(spec.fromPointer(pointer)));
    },
    options,
  );
  const release = (event: Event) => {
    const pointer = event as PointerEvent;
    if (el.hasPointerCapture(pointer.pointerId)) el.releasePointerCapture(pointer.pointerId);
    el.removeAttribute('data-dragging');
  };
  el.addEventListener('pointerup', release, options);
  el.addEventListener('pointercancel', release, options);
}

/** Shows a handle's current value to assistive technology: aria-valuenow and the live text ("σ₁ = 0.60"). */
export function showHandleValue(el: Element, value: number, text: string): void {
  writeAttribute(el, 'aria-valuenow', String(value));
  writeAttribute(el, 'aria-valuetext', text);
}
