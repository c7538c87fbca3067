/**
 * Text drawn from a trained n-gram model, one code point at a time, with the seeded PCG32 generator.
 *
 * The add-k distribution splits into two parts, which lets a step cost O(characters seen after the
 * context) rather than O(|V|):
 *   P(a | h) = c(h, a) / (c(h) + k|V|)  +  k / (c(h) + k|V|),
 * the counts part and a uniform part. One uniform u in [0, c(h) + k|V|) picks the counts part when
 * u < c(h), walking the characters seen after h in code-point order, and otherwise the vocabulary
 * entry ⌊(u − c(h)) / k⌋. At k = 0 a context whose only occurrence ends the training text has no
 * continuation, and the sample stops there.
 */
import { fromCodePoints } from './code-points';
import { contextNode, MAX_ORDER, type NgramModel } from './ngram';
import { createRng } from '../sampling/random';

/** For every context node, the symbols seen after it (ascending) and their counts: CSR arrays by node. */
interface Continuations {
  start: Int32Array;
  symbol: Int32Array;
  count: Int32Array;
}

const continuationCache = new WeakMap<NgramModel, Continuations>();

/** The continuation lists of every node, built once per model by a two-pass counting sort (by symbol, then stably by node). */
function continuations(model: NgramModel): Continuations {
  const cached = continuationCache.get(model);
  if (cached) return cached;
  const { tree, count } = model;
  const nodes = tree.size + 1;
  // Edges that are pairs seen in training (not the boundary strings, whose count is 0).
  const edges = Int32Array.from({ length: tree.size }, (_, id) => id).filter((id) => (count[id + 1] ?? 0) > 0);
  const bySymbol = countingSort(tree.keyB, model.vocabulary.length + 1, edges);
  const sorted = countingSort(tree.keyA, nodes, bySymbol);
  const start = new Int32Array(nodes + 1);
  for (const id of edges) {
    const slot = (tree.keyA[id] ?? 0) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let i = 0; i < nodes; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const symbol = new Int32Array(edges.length);
  const counts = new Int32Array(edges.length);
  sorted.forEach((id, i) => {
    symbol[i] = tree.keyB[id] ?? 0;
    counts[i] = count[id + 1] ?? 0;
  });
  const result = { start, symbol, count: counts };
  continuationCache.set(model, result);
  return result;
}

/** `ids` stably reordered by key[id] ∈ [0, range). */
function countingSort(key: Int32Array, range: number, ids: Int32Array): Int32Array {
  const offset = new Int32Array(range + 1);
  for (const id of ids) {
    const slot = (key[id] ?? 0) + 1;
    offset[slot] = (offset[slot] ?? 0) + 1;
  }
  for (let r = 0; r < range; r++) offset[r + 1] = (offset[r + 1] ?? 0) + (offset[r] ?? 0);
  const out = new Int32Array(ids.length);
  for (const id of ids) {
    const r = key[id] ?? 0;
    out[offset[r] ?? 0] = id;
    offset[r] = (offset[r] ?? 0) + 1;
  }
  return out;
}

export interface ModelSample {
  /** The sampled text. */
  text: string;
  /** True when the sample stopped before `length` characters at a context with no continuation (k = 0 only). */
  stopped: boolean;
  /** How many characters were drawn in a context the training text never continues (c(h) = 0), where every character has P = 1/|V|. */
  blind: number;
}

/**
 * `length` code points sampled from the order-n model with add-k smoothing, starting after n − 1
 * boundary symbols; the same (model, order, k, seed, length) gives the same text on every machine.
 */
export function sampleText(model: NgramModel, order: number, k: number, seed: number, length: number): ModelSample {
  if (!Number.isInteger(order) || order < 1 || order > MAX_ORDER) throw new RangeError(`Bad order ${String(order)}.`);
  const { start, symbol, count } = continuations(model);
  const v = model.vocabulary.length;
  const rng = createRng(seed);
  const out = new Int32Array(length);
  let blind = 0;
  for (let t = 0; t < length; t++) {
    const node = contextNode(model, out, t, order - 1);
    const seen = node >= 0 ? (model.contextCount[node] ?? 0) : 0;
    const total = seen + k * v;
    if (total === 0) {
      return { text: fromCodePoints(Array.from(out.subarray(0, t), (s) => model.vocabulary[s] ?? 0)), stopped: true, blind };
    }
    if (seen === 0) blind++;
    const u = rng() * total;
    let next: number;
    if (u < seen) {
      let i = start[node] ?? 0;
      let cumulative = count[i] ?? 0;
      while (cumulative <= u) cumulative += count[++i] ?? 0;
      next = symbol[i] ?? 0;
    } else {
      next = Math.min(v - 1, Math.floor((u - seen) / k));
    }
    out[t] = next;
  }
  return { text: fromCodePoints(Array.from(out, (s) => model.vocabulary[s] ?? 0)), stopped: false, blind };
}
