/** Number formatting shared by build-time HTML and the browser, so both show the same text. */

export type InfoUnit = 'nats' | 'bits';

/** A value in nats expressed in the chosen unit (bits = nats / ln 2); ±∞ stays ±∞. */
export function fromNats(nats: number, unit: InfoUnit): number {
  return unit === 'bits' ? nats / Math.LN2 : nats;
}

/** x with `digits` significant digits, "∞"/"−∞" for infinities, never "-0", "NaN" shown as an em dash. */
export function formatNumber(x: number, digits = 5): string {
  if (Number.isNaN(x)) return '—';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  let text: string;
  if (abs >= 1e-4 && abs < 1e6) {
    text = Number(x.toPrecision(digits)).toString();
    if (text.includes('e')) text = x.toPrecision(digits);
  } else {
    const [mantissa = '', exponent = ''] = x.toExponential(digits - 1).split('e');
    text = `${mantissa.replace(/\.?0+$/, '')}×10${superscript(exponent)}`;
  }
  return text.replace(/^-/, '−');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(exponent: string): string {
  const n = Number(exponent);
  const digits = String(Math.abs(n))
    .split('')
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? '')
    .join('');
  return n < 0 ? `⁻${digits}` : digits;
}

/** An information quantity given in nats, shown in the chosen unit with its unit name ("0.087177 nats", "∞"). */
export function formatInformation(nats: number, unit: InfoUnit, digits = 5): string {
  const value = fromNats(nats, unit);
  if (!Number.isFinite(value)) return formatNumber(value, digits);
  return `${formatNumber(value, digits)} ${unit}`;
}

/** A fitted parameter (a mean or a standard deviation) for display: 4 significant digits, and round-off below 1e-9 shown as 0. */
export function formatParameter(x: number): string {
  return formatNumber(Math.abs(x) < 1e-9 ? 0 : x, 4);
}
