/**
 * An independent reference for the text-model tests, written from the contract's definitions and not
 * from src/lib: contexts are strings of code points (Array.from), counted in string-keyed maps.
 */
const BOUNDARY = '\u{10FFFF}\u0000'; // two code units, so no single code point of a text can equal it

/** Train and test NLL (nats per character) of the order-n add-k model; Infinity when a probability is 0. */
export function referenceNll(train: string, test: string, order: number, k: number): { train: number; test: number; vocabulary: number } {
  const tr = Array.from(train);
  const te = Array.from(test);
  const vocabulary = new Set([...tr, ...te]).size;
  const padded = (xs: string[]) => [...Array<string>(order - 1).fill(BOUNDARY), ...xs];
  const key = (xs: string[], t: number) => xs.slice(t, t + order - 1).join('\u0001');
  const pairs = new Map<string, number>();
  const contexts = new Map<string, number>();
  const p = padded(tr);
  for (let t = 0; t < tr.length; t++) {
    const h = key(p, t);
    contexts.set(h, (contexts.get(h) ?? 0) + 1);
    const ha = `${h}\u0002${p[t + order - 1]}`;
    pairs.set(ha, (pairs.get(ha) ?? 0) + 1);
  }
  const nll = (xs: string[]) => {
    const q = padded(xs);
    let sum = 0;
    for (let t = 0; t < xs.length; t++) {
      const h = key(q, t);
      const c = pairs.get(`${h}\u0002${q[t + order - 1]}`) ?? 0;
      const ch = contexts.get(h) ?? 0;
      const probability = ch === 0 && k === 0 ? 0 : (c + k) / (ch + k * vocabulary);
      sum -= Math.log(probability);
    }
    return sum / xs.length;
  };
  return { train: nll(tr), test: nll(te), vocabulary };
}
