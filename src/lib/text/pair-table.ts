/**
 * An open-addressing hash table from pairs of non-negative 32-bit integers to dense ids 0, 1, 2, … in
 * insertion order. The n-gram model keys its trie edges (parent context, symbol) and its counts
 * (context, next symbol) with it: integer keys and typed arrays keep the counting loop free of strings
 * and of Map's boxed keys, and the full pair is stored and compared on every probe, so two keys whose
 * hashes collide are still told apart (no hash is ever taken for the key itself).
 */

const EMPTY = 0;

/** The slot a pair hashes to before probing (a 32-bit mix of both halves; any value works, collisions are resolved by comparing keys). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}

export class PairTable {
  /** First and second key of each id. */
  keyA: Int32Array;
  keyB: Int32Array;
  /** Number of ids handed out so far. */
  size = 0;
  #slots: Int32Array; // id + 1, or EMPTY
  #mask: number;

  /** An empty table with room for about `expected` pairs before it first grows (any expected ≥ 0). */
  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Int32Array(capacity);
    this.#mask = capacity - 1;
    this.keyA = new Int32Array(capacity >> 1);
    this.keyB = new Int32Array(capacity >> 1);
  }

  /** The id of (a, b), or −1 when the pair was never added. */
  get(a: number, b: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hashPair(a, b) & mask;
    for (;;) {
      const entry = slots[slot] ?? EMPTY;
      if (entry === EMPTY) return -1;
      const id = entry - 1;
      if (this.keyA[id] === a && this.keyB[id] === b) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** The id of (a, b), adding the pair with the next free id (= the previous size) when it is new. */
  add(a: number, b: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hashPair(a, b) & mask;
    for (;;) {
      const entry = slots[slot] ?? EMPTY;
      if (entry === EMPTY) break;
      const id = entry - 1;
      if (this.keyA[id] === a && this.keyB[id] === b) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    if (id >= this.keyA.length) this.#grow();
    this.keyA[id] = a;
    this.keyB[id] = b;
    if (this.size * 2 > this.#slots.length) this.#rehash();
    else slots[slot] = id + 1;
    return id;
  }

  /** Doubles the key arrays (ids stay valid). */
  #grow(): void {
    const a = new Int32Array(this.keyA.length * 2);
    const b = new Int32Array(this.keyB.length * 2);
    a.set(this.keyA);
    b.set(this.keyB);
    this.keyA = a;
    this.keyB = b;
  }

  /** Doubles the slot array and reinserts every id, keeping the load factor at most ½. */
  #rehash(): void {
    const capacity = this.#slots.length * 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = hashPair(this.keyA[id] ?? 0, this.keyB[id] ?? 0) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}
