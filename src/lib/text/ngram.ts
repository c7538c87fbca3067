/**
 * Character n-gram language models of every order 1…8 at once, trained by counting (the maximum-
 * likelihood estimate) on a training text and scored on it and on a test text (contract: text-model).
 *
 * Tokens are code points, the vocabulary V is every code point of train ∪ test, and each text is
 * preceded by n − 1 copies of a boundary symbol outside V. Symbols are indices 0…|V|−1 into the sorted
 * vocabulary, and the boundary is |V|.
 *
 * Contexts live in a trie read backwards from the predicted position: the node of depth L is the
 * context of the L symbols before it, reached from the depth L − 1 node by the symbol L places back.
 * One pass over the training text therefore visits the contexts of all eight orders, each an exact
 * integer node id. c(h, a) is kept per (node, symbol) pair, and scoring a text groups its positions by
 * the pair of counts (c(h, a), c(h)) they see: the NLL for any k is then a short sum over those
 * groups, so a change of k costs microseconds and the counts are never redone.
 */
import { codePoints, toSymbols, vocabularyOf } from './code-points';
import { PairTable } from './pair-table';

/** The highest order: each character predicted from the 7 before it. */
export const MAX_ORDER = 8;
const DEPTH = MAX_ORDER - 1;

/** Positions of one text grouped by the counts they see at one order: times[i] positions with c(h, a) = pair[i] and c(h) = context[i]. */
export interface CountGroups {
  pair: Int32Array;
  context: Int32Array;
  times: Int32Array;
}

export interface NgramModel {
  /** V, the sorted distinct code points of train ∪ test. */
  vocabulary: Int32Array;
  /** Both texts as symbol indices into `vocabulary`. */
  train: Int32Array;
  test: Int32Array;
  /** Trie edges: (parent node, symbol) → child node − 1; node 0 is the empty context. */
  trie: PairTable;
  /** (context node, next symbol) → pair id. */
  pairs: PairTable;
  /** c(h, a) per pair id. */
  pairCount: Int32Array;
  /** c(h) per node: how often the context is followed by anything in the training text. */
  contextCount: Int32Array;
  /** Length of the context each node stands for. */
  nodeDepth: Uint8Array;
  /** Grouped counts of every training (index order − 1) and test position. */
  trainGroups: CountGroups[];
  testGroups: CountGroups[];
  /** Per order − 1, the first test position whose character never follows its context in the training text (−1: none). */
  firstZero: Int32Array;
}

/** An order n, a whole number from 1 to 8 (throws RangeError otherwise). */
function checkOrder(order: number): void {
  if (!Number.isInteger(order) || order < 1 || order > MAX_ORDER) {
    throw new RangeError(`The order must be a whole number from 1 to ${MAX_ORDER}, got ${String(order)}.`);
  }
}

/** Grows an Int32Array to at least `length`, keeping its contents. */
function ensureLength(array: Int32Array, length: number): Int32Array {
  if (length <= array.length) return array;
  const bigger = new Int32Array(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Collects (pair count, context count) → multiplicity for one order. */
class GroupBuilder {
  #table = new PairTable(64);
  #times = new Int32Array(64);

  add(pair: number, context: number, times: number): void {
    const id = this.#table.add(pair, context);
    this.#times = ensureLength(this.#times, id + 1);
    this.#times[id] = (this.#times[id] ?? 0) + times;
  }

  build(): CountGroups {
    const n = this.#table.size;
    return { pair: this.#table.keyA.slice(0, n), context: this.#table.keyB.slice(0, n), times: this.#times.slice(0, n) };
  }
}

/**
 * Counts every context of length 0…7 in `train` and scores every position of both texts; throws
 * RangeError when either text is empty (use parseTexts first for a message).
 */
export function trainNgramModel(trainText: string, testText: string): NgramModel {
  const trainPoints = codePoints(trainText);
  const testPoints = codePoints(testText);
  if (trainPoints.length === 0 || testPoints.length === 0) throw new RangeError('Both texts need at least one character.');
  const vocabulary = vocabularyOf(trainPoints, testPoints);
  const train = toSymbols(trainPoints, vocabulary);
  const test = toSymbols(testPoints, vocabulary);
  const boundary = vocabulary.length;

  const trie = new PairTable(train.length * 4);
  const pairs = new PairTable(train.length * 4);
  let pairCount = new Int32Array(train.length * 4);
  for (let t = 0; t < train.length; t++) {
    const a = train[t] ?? 0;
    let node = 0;
    for (let depth = 0; ; depth++) {
      const id = pairs.add(node, a);
      if (id >= pairCount.length) pairCount = ensureLength(pairCount, id + 1);
      pairCount[id] = (pairCount[id] ?? 0) + 1;
      if (depth === DEPTH) break;
      const back = t - depth - 1;
      node = trie.add(node, back >= 0 ? (train[back] ?? 0) : boundary) + 1;
    }
  }
  pairCount = pairCount.slice(0, pairs.size);

  const nodes = trie.size + 1;
  const nodeDepth = new Uint8Array(nodes);
  // A child is always created after its parent, so parents have smaller ids.
  for (let id = 0; id < trie.size; id++) nodeDepth[id + 1] = (nodeDepth[trie.keyA[id] ?? 0] ?? 0) + 1;
  const contextCount = new Int32Array(nodes);
  for (let id = 0; id < pairs.size; id++) {
    const node = pairs.keyA[id] ?? 0;
    contextCount[node] = (contextCount[node] ?? 0) + (pairCount[id] ?? 0);
  }

  // Training positions: the pair (h, a) is seen exactly c(h, a) times, so group pairs, not positions.
  const trainBuilders = Array.from({ length: MAX_ORDER }, () => new GroupBuilder());
  for (let id = 0; id < pairs.size; id++) {
    const node = pairs.keyA[id] ?? 0;
    const c = pairCount[id] ?? 0;
    trainBuilders[nodeDepth[node] ?? 0]?.add(c, contextCount[node] ?? 0, c);
  }

  const testBuilders = Array.from({ length: MAX_ORDER }, () => new GroupBuilder());
  const firstZero = new Int32Array(MAX_ORDER).fill(-1);
  for (let t = 0; t < test.length; t++) {
    const a = test[t] ?? 0;
    let node = 0;
    for (let depth = 0; depth <= DEPTH; depth++) {
      let c = 0;
      let ch = 0;
      if (node >= 0) {
        const id = pairs.get(node, a);
        c = id >= 0 ? (pairCount[id] ?? 0) : 0;
        ch = contextCount[node] ?? 0;
        if (depth < DEPTH) {
          const back = t - depth - 1;
          const child = trie.get(node, back >= 0 ? (test[back] ?? 0) : boundary);
          node = child >= 0 ? child + 1 : -1;
        }
      }
      testBuilders[depth]?.add(c, ch, 1);
      if (c === 0 && firstZero[depth] === -1) firstZero[depth] = t;
    }
  }

  return {
    vocabulary,
    train,
    test,
    trie,
    pairs,
    pairCount,
    contextCount,
    nodeDepth,
    trainGroups: trainBuilders.map((b) => b.build()),
    testGroups: testBuilders.map((b) => b.build()),
    firstZero,
  };
}

/**
 * ln P(a | h) for P = (c + k) / (ch + k·v) with v = |V| ≥ 1: −∞ when it is 0 (k = 0 and c = 0), ln(1/v) for an
 * unseen context with k > 0. Near P = 1 it goes through log1p of the exact-integer deficit, so a nearly
 * certain prediction keeps its relative accuracy.
 */
export function logProbability(c: number, ch: number, k: number, v: number): number {
  if (k === 0 && c === 0) return -Infinity;
  if (ch === 0) return -Math.log(v);
  const denominator = ch + k * v;
  const deficit = ch - c + k * (v - 1);
  if (deficit === 0) return 0;
  return deficit < 0.5 * denominator ? Math.log1p(-deficit / denominator) : Math.log((c + k) / denominator);
}

/** P(a | h) = (c(h, a) + k) / (c(h) + k·|V|), 0 when k = 0 and c(h) = 0. */
export function probability(c: number, ch: number, k: number, v: number): number {
  if (ch === 0) return k === 0 ? 0 : 1 / v;
  return (c + k) / (ch + k * v);
}

/** −(1/N) Σ_t ln P(a_t | h_t) over grouped positions (Neumaier-compensated), +∞ when any P is 0; N = Σ times. */
function groupsNll(groups: CountGroups, k: number, v: number): number {
  let sum = 0;
  let compensation = 0;
  let n = 0;
  for (let i = 0; i < groups.times.length; i++) {
    const times = groups.times[i] ?? 0;
    const logP = logProbability(groups.pair[i] ?? 0, groups.context[i] ?? 0, k, v);
    if (logP === -Infinity) return Infinity;
    const term = -times * logP;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    n += times;
  }
  return (sum + compensation) / n;
}

/** The NLL per character, in nats, of the training or test text under the order-n model with add-k smoothing (k ≥ 0); +∞ with an unseen event at k = 0 (test only). */
export function textNll(model: NgramModel, text: 'train' | 'test', order: number, k: number): number {
  checkOrder(order);
  if (!(k >= 0) || !Number.isFinite(k)) throw new RangeError(`k must be a finite number ≥ 0, got ${String(k)}.`);
  const groups = (text === 'train' ? model.trainGroups : model.testGroups)[order - 1];
  if (!groups) throw new RangeError(`No counts for order ${order}.`);
  return groupsNll(groups, k, model.vocabulary.length);
}

export interface NllRow {
  order: number;
  train: number;
  test: number;
}

/** Train and test NLL (nats per character) for every order 1…8 at one k. */
export function nllByOrder(model: NgramModel, k: number): NllRow[] {
  return Array.from({ length: MAX_ORDER }, (_, i) => ({
    order: i + 1,
    train: textNll(model, 'train', i + 1, k),
    test: textNll(model, 'test', i + 1, k),
  }));
}

/** The trie node of the context made of the last `length` symbols of `history` before index `end` (boundary before index 0); −1 when that context never occurs in training. */
export function contextNode(model: NgramModel, history: ArrayLike<number>, end: number, length: number): number {
  const boundary = model.vocabulary.length;
  let node = 0;
  for (let back = 1; back <= length; back++) {
    const i = end - back;
    const child = model.trie.get(node, i >= 0 ? (history[i] ?? 0) : boundary);
    if (child < 0) return -1;
    node = child + 1;
  }
  return node;
}

/** c(h) and c(h, a) for a context node (−1: unseen) and a symbol. */
export function countsAt(model: NgramModel, node: number, symbol: number): { pair: number; context: number } {
  if (node < 0) return { pair: 0, context: 0 };
  const id = model.pairs.get(node, symbol);
  return { pair: id >= 0 ? (model.pairCount[id] ?? 0) : 0, context: model.contextCount[node] ?? 0 };
}

/** P(· | h) over the whole vocabulary (in vocabulary order) for the context of the last n − 1 symbols of `history`; all zeros for an unseen context at k = 0. */
export function conditionalDistribution(model: NgramModel, order: number, history: ArrayLike<number>, k: number): Float64Array {
  checkOrder(order);
  const v = model.vocabulary.length;
  const node = contextNode(model, history, history.length, order - 1);
  const out = new Float64Array(v);
  for (let a = 0; a < v; a++) {
    const { pair, context } = countsAt(model, node, a);
    out[a] = probability(pair, context, k, v);
  }
  return out;
}
