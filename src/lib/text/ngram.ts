/**
 * Character n-gram language models of every order 1…8 at once, trained by counting (the maximum-
 * likelihood estimate) on a training text and scored on it and on a test text (contract: text-model).
 *
 * Tokens are code points, the vocabulary V is every code point of train ∪ test, and each text is
 * preceded by n − 1 copies of a boundary symbol outside V. Symbols are indices 0…|V|−1 into the sorted
 * vocabulary, and the boundary is |V|.
 *
 * Every string that occurs is a node of one prefix tree, keyed (node of the string minus its last
 * symbol, last symbol) → node, so each node is an exact integer id and no hash collision can merge two
 * strings. The pair (context h, next symbol a) counted for order n is the string h·a of length n, and
 * that same string is the order-(n + 1) context of the next position, so one table lookup per order
 * and position both counts and moves every order's context forward: a single pass over the training
 * text trains all eight orders. Scoring a text groups its positions by the counts they see,
 * (c(h, a), c(h)): the NLL for any k is then a short sum over those groups (a few thousand terms on
 * the lesson's texts, against tens of thousands of positions), and the counts are never redone.
 */
import { codePoints, toSymbols, vocabularyOf } from './code-points';
import { PairTable } from './pair-table';

/** The highest order: each character predicted from the 7 before it. */
export const MAX_ORDER = 8;

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
  /** The prefix tree: (node, symbol) → child node − 1; node 0 is the empty string. */
  tree: PairTable;
  /** Per node (a string h·a): c(h, a), how often it occurs as a context followed by its last symbol; 0 for strings of boundaries. */
  count: Int32Array;
  /** Per node (a string h): c(h), how often it is a context followed by anything in the training text. */
  contextCount: Int32Array;
  /** Per node: the length of its string. */
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
function ensureLength(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
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
 * RangeError when either text is empty (parseText gives the message).
 */
export function trainNgramModel(trainText: string, testText: string): NgramModel {
  const trainPoints = codePoints(trainText);
  const testPoints = codePoints(testText);
  if (trainPoints.length === 0 || testPoints.length === 0) throw new RangeError('Both texts need at least one character.');
  const vocabulary = vocabularyOf(trainPoints, testPoints);
  const train = toSymbols(trainPoints, vocabulary);
  const test = toSymbols(testPoints, vocabulary);
  const boundary = vocabulary.length;

  const tree = new PairTable(train.length * 2);
  // The contexts of lengths 0…7 at the current position, first the all-boundary strings before the text.
  let context = new Int32Array(MAX_ORDER + 1);
  let next = new Int32Array(MAX_ORDER + 1);
  for (let depth = 1; depth < MAX_ORDER; depth++) context[depth] = tree.add(context[depth - 1] ?? 0, boundary) + 1;
  let count = new Int32Array(train.length * 2);
  for (let t = 0; t < train.length; t++) {
    const a = train[t] ?? 0;
    for (let depth = 0; depth < MAX_ORDER; depth++) {
      const node = tree.add(context[depth] ?? 0, a) + 1;
      if (node >= count.length) count = ensureLength(count, node + 1);
      count[node] = (count[node] ?? 0) + 1;
      next[depth + 1] = node;
    }
    [context, next] = [next, context];
  }
  const nodes = tree.size + 1;
  count = count.slice(0, nodes);
  const nodeDepth = new Uint8Array(nodes);
  const contextCount = new Int32Array(nodes);
  // A child is always created after its parent, so parents have smaller ids.
  for (let node = 1; node < nodes; node++) {
    const parent = tree.keyA[node - 1] ?? 0;
    nodeDepth[node] = (nodeDepth[parent] ?? 0) + 1;
    contextCount[parent] = (contextCount[parent] ?? 0) + (count[node] ?? 0);
  }

  // Training positions: the pair (h, a) is seen exactly c(h, a) times, so group pairs, not positions.
  const trainBuilders = Array.from({ length: MAX_ORDER }, () => new GroupBuilder());
  for (let node = 1; node < nodes; node++) {
    const c = count[node] ?? 0;
    if (c > 0) trainBuilders[(nodeDepth[node] ?? 1) - 1]?.add(c, contextCount[tree.keyA[node - 1] ?? 0] ?? 0, c);
  }

  const testBuilders = Array.from({ length: MAX_ORDER }, () => new GroupBuilder());
  const firstZero = new Int32Array(MAX_ORDER).fill(-1);
  context.fill(0);
  for (let depth = 1; depth < MAX_ORDER; depth++) context[depth] = tree.get(context[depth - 1] ?? 0, boundary) + 1;
  for (let t = 0; t < test.length; t++) {
    const a = test[t] ?? 0;
    for (let depth = 0; depth < MAX_ORDER; depth++) {
      // Node 0 stands for an unseen context only at depth > 0, where the root cannot be.
      const h = context[depth] ?? 0;
      const seen = depth === 0 || h > 0;
      const node = seen ? tree.get(h, a) + 1 : 0;
      const c = node > 0 ? (count[node] ?? 0) : 0;
      testBuilders[depth]?.add(c, seen ? (contextCount[h] ?? 0) : 0, 1);
      if (c === 0 && firstZero[depth] === -1) firstZero[depth] = t;
      next[depth + 1] = node;
    }
    [context, next] = [next, context];
  }

  return {
    vocabulary,
    train,
    test,
    tree,
    count,
    contextCount,
    nodeDepth,
    trainGroups: trainBuilders.map((b) => b.build()),
    testGroups: testBuilders.map((b) => b.build()),
    firstZero,
  };
}

/**
 * ln P(a | h) for P = (c + k) / (ch + k·v) with v = |V| ≥ 1: −∞ when it is 0 (k = 0 and c = 0), ln(1/v) for an
 * unseen context with k > 0, finite for every k > 0 (even 5e-324). Near P = 1 it goes through log1p of
 * the exact-integer deficit, so a nearly certain prediction keeps its relative accuracy.
 */
export function logProbability(c: number, ch: number, k: number, v: number): number {
  if (k === 0 && c === 0) return -Infinity;
  if (ch === 0) return -Math.log(v);
  const denominator = ch + k * v;
  const deficit = ch - c + k * (v - 1);
  if (deficit === 0) return 0;
  // Far from 1, a difference of logs: the quotient (c + k)/(ch + k·v) underflows to 0 for k near 5e-324.
  return deficit < 0.5 * denominator ? Math.log1p(-deficit / denominator) : Math.log(c + k) - Math.log(denominator);
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

/** The share of test positions whose order-n context (the n − 1 symbols before) is never continued in the training text, c(h) = 0; 0 at n = 1. */
export function unseenContextShare(model: NgramModel, order: number): number {
  checkOrder(order);
  const groups = model.testGroups[order - 1];
  if (!groups) return 0;
  let unseen = 0;
  for (let i = 0; i < groups.times.length; i++) if (groups.context[i] === 0) unseen += groups.times[i] ?? 0;
  return unseen / model.test.length;
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

/** The node of the context made of the `length` symbols of `history` before index `end` (boundary before index 0): −1 when the string never occurs in training, a node with c(h) = 0 when it occurs only at the very end. */
export function contextNode(model: NgramModel, history: ArrayLike<number>, end: number, length: number): number {
  const boundary = model.vocabulary.length;
  let node = 0;
  for (let i = end - length; i < end; i++) {
    const child = model.tree.get(node, i >= 0 ? (history[i] ?? 0) : boundary);
    if (child < 0) return -1;
    node = child + 1;
  }
  return node;
}

/** c(h) and c(h, a) for a context node (−1: unseen) and a symbol. */
export function countsAt(model: NgramModel, node: number, symbol: number): { pair: number; context: number } {
  if (node < 0) return { pair: 0, context: 0 };
  const child = model.tree.get(node, symbol);
  return { pair: child >= 0 ? (model.count[child + 1] ?? 0) : 0, context: model.contextCount[node] ?? 0 };
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
