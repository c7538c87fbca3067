/**
 * DOM writes that happen only when they change something. Widgets rewrite their outputs at every input
 * event; in Chromium even an unchanged attribute or a text node replaced by an equal one invalidates
 * style (Starlight's `body:has(…)` rule makes every inserted node re-check the body), so each write here
 * compares first, and text is changed in its existing Text node rather than by a new one (textContent).
 */

/** Sets the text of `el`, in its only Text node when it has one. */
export function writeText(el: Element, text: string): void {
  const node = el.firstChild;
  if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) {
    const textNode = node as Text;
    if (textNode.data !== text) textNode.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

/** Shows or hides `el` with its hidden attribute. */
export function writeHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Sets an attribute. */
export function writeAttribute(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
