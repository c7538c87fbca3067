/** The result of reading a reader's or a URL's text: the value, or the message that says what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a plain decimal or exponent-notation string denotes, or null for anything else ("", "1/2", "0x1", "Infinity"). */
export function parsePlainNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!PLAIN_NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
