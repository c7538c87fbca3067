import { describe, expect, it } from 'vitest';
import { createUint32Rng } from '../sampling/random';
import { PairTable } from './pair-table';

describe('PairTable', () => {
  it('PairTable.add hands out ids in insertion order and returns the same id for the same pair', () => {
    const table = new PairTable(1);
    expect(table.add(3, 4)).toBe(0);
    expect(table.add(4, 3)).toBe(1);
    expect(table.add(3, 4)).toBe(0);
    expect(table.get(4, 3)).toBe(1);
    expect(table.get(5, 5)).toBe(-1);
    expect(table.size).toBe(2);
  });

  it('PairTable keeps 100,000 random pairs apart through many rehashes, like a Map keyed by the pair', () => {
    const next = createUint32Rng(1);
    const table = new PairTable();
    const reference = new Map<string, number>();
    let mismatches = 0;
    for (let i = 0; i < 100_000; i++) {
      // Small ranges force many repeated pairs as well as new ones.
      const a = next() % 5000;
      const b = next() % 300;
      const key = `${a},${b}`;
      if (!reference.has(key)) reference.set(key, reference.size);
      if (table.add(a, b) !== reference.get(key)) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(table.size).toBe(reference.size);
    for (const [key, id] of reference) {
      const [a = -1, b = -1] = key.split(',').map(Number);
      if (table.get(a, b) !== id || table.keyA[id] !== a || table.keyB[id] !== b) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});
