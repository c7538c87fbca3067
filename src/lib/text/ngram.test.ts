import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from '../test-support/assertions';
import { conditionalDistribution, logProbability, MAX_ORDER, nllByOrder, textNll, trainNgramModel, unseenContextShare } from './ngram';
import { firstUnseen } from './unseen';

const ln = Math.log;
const TOL = 1e-13;

describe('trainNgramModel on a two-character alphabet (hand-computed fractions)', () => {
  // train "aab", test "ab", V = {a, b}; ⊥ is the boundary.
  //   order 1: c(a) = 2, c(b) = 1, c() = 3.
  //   order 2: ⊥→a once; a→a once, a→b once, so c(a) = 2.
  //   order 3: ⊥⊥→a, ⊥a→a, aa→b, each once.
  const model = trainNgramModel('aab', 'ab');

  it('trainNgramModel("aab", "ab") has |V| = 2', () => {
    expect(Array.from(model.vocabulary)).toEqual([0x61, 0x62]);
  });

  it('textNll at order 1, k = 0 uses P(a) = 2/3 and P(b) = 1/3', () => {
    expectRelativelyClose(textNll(model, 'train', 1, 0), -(2 * ln(2 / 3) + ln(1 / 3)) / 3, TOL);
    expectRelativelyClose(textNll(model, 'test', 1, 0), -(ln(2 / 3) + ln(1 / 3)) / 2, TOL);
  });

  it('textNll at order 2, k = 0 uses P(a | ⊥) = 1 and P(a | a) = P(b | a) = 1/2', () => {
    expectRelativelyClose(textNll(model, 'train', 2, 0), (2 / 3) * ln(2), TOL);
    expectRelativelyClose(textNll(model, 'test', 2, 0), ln(2) / 2, TOL);
  });

  it('textNll at order 2, k = 1 uses P(a | ⊥) = 2/3 and P(a | a) = P(b | a) = 2/4', () => {
    expectRelativelyClose(textNll(model, 'train', 2, 1), -(ln(2 / 3) + 2 * ln(1 / 2)) / 3, TOL);
    expectRelativelyClose(textNll(model, 'test', 2, 1), -(ln(2 / 3) + ln(1 / 2)) / 2, TOL);
  });

  it('textNll at order 3 is 0 on the training text and +∞ on "ab" at k = 0, because b never follows ⊥a', () => {
    expect(textNll(model, 'train', 3, 0)).toBe(0);
    expect(textNll(model, 'test', 3, 0)).toBe(Infinity);
    expect(firstUnseen(model, 3)).toEqual({ kind: 'continuation', position: 1, character: 'b', context: 'a', boundaries: 1 });
  });

  it('textNll at order 3, k = 1 gives P(a | ⊥⊥) = 2/3 and P(b | ⊥a) = 1/3', () => {
    expectRelativelyClose(textNll(model, 'test', 3, 1), -(ln(2 / 3) + ln(1 / 3)) / 2, TOL);
  });

  it('firstUnseen is null where the test NLL is finite at k = 0', () => {
    expect(firstUnseen(model, 1)).toBeNull();
    expect(firstUnseen(model, 2)).toBeNull();
  });
});

describe('tokens are code points', () => {
  it('trainNgramModel counts an emoji (two UTF-16 units) as one token', () => {
    // train "a😀a": c(a) = 2, c(😀) = 1, N = 3 although "a😀a".length is 4.
    const model = trainNgramModel('a😀a', '😀');
    expect(model.vocabulary.length).toBe(2);
    expect(model.train.length).toBe(3);
    expectRelativelyClose(textNll(model, 'train', 1, 0), -(2 * ln(2 / 3) + ln(1 / 3)) / 3, TOL);
    expectRelativelyClose(textNll(model, 'test', 1, 0), ln(3), TOL);
    // Order 2: the start of the training text is followed by "a", never by the emoji.
    expect(firstUnseen(model, 2)).toEqual({ kind: 'continuation', position: 0, character: '😀', context: '', boundaries: 1 });
  });

  it('trainNgramModel counts a combining mark as a token of its own, distinct from the precomposed letter', () => {
    // "e\u0301" is e + COMBINING ACUTE ACCENT: two tokens. Train "e\u0301e": c(e) = 2, c(◌́) = 1.
    const model = trainNgramModel('e\u0301e', 'e\u0301');
    expect(model.vocabulary.length).toBe(2);
    expectRelativelyClose(textNll(model, 'test', 1, 0), -(ln(2 / 3) + ln(1 / 3)) / 2, TOL);
    // Order 2: ⊥→e and e→◌́ are both certain (the final e of the training text predicts nothing).
    expect(textNll(model, 'test', 2, 0)).toBe(0);
    const precomposed = trainNgramModel('e\u0301e', '\u00e9');
    expect(precomposed.vocabulary.length).toBe(3);
    expect(firstUnseen(precomposed, 1)?.kind).toBe('character');
  });
});

describe('unseen events', () => {
  it('textNll with k = 0 is +∞ for a context never seen in training, and k = 1 gives it P = 1/|V|', () => {
    // train "ab", test "abb": ⊥→a and a→b are certain; the context b never occurs (b ends the training text).
    const model = trainNgramModel('ab', 'abb');
    expect(textNll(model, 'test', 2, 0)).toBe(Infinity);
    expect(firstUnseen(model, 2)).toEqual({ kind: 'context', position: 2, character: 'b', context: 'b', boundaries: 0 });
    // k = 1: P(a | ⊥) = (1 + 1)/(1 + 2), P(b | a) = 2/3, P(b | b) = 1/2.
    expectRelativelyClose(textNll(model, 'test', 2, 1), -(2 * ln(2 / 3) + ln(1 / 2)) / 3, TOL);
  });

  it('textNll with k > 0 gives a test-only character the probability k / (c(h) + k|V|)', () => {
    // train "aab", test "abc", V = {a, b, c}. k = 0.5, order 1: P(a) = 2.5/4.5, P(b) = 1.5/4.5, P(c) = 0.5/4.5.
    const model = trainNgramModel('aab', 'abc');
    expect(model.vocabulary.length).toBe(3);
    expect(textNll(model, 'test', 1, 0)).toBe(Infinity);
    expect(firstUnseen(model, 1)).toEqual({ kind: 'character', position: 2, character: 'c', context: '', boundaries: 0 });
    expectRelativelyClose(textNll(model, 'test', 1, 0.5), -(ln(5 / 9) + ln(1 / 3) + ln(1 / 9)) / 3, TOL);
    expectRelativelyClose(textNll(model, 'train', 1, 0.5), -(2 * ln(5 / 9) + ln(1 / 3)) / 3, TOL);
  });

  it('firstUnseen reports a character seen in training but not after its context as a continuation', () => {
    const model = trainNgramModel('the cat', 'tea');
    expect(firstUnseen(model, 3)).toEqual({ kind: 'continuation', position: 1, character: 'e', context: 't', boundaries: 1 });
  });

  it('unseenContextShare counts test positions whose context the training text never continues', () => {
    // train "ab", test "abb", order 2: contexts ⊥, a, b; only b (the end of the training text) is never continued.
    const model = trainNgramModel('ab', 'abb');
    expect(unseenContextShare(model, 1)).toBe(0);
    expect(unseenContextShare(model, 2)).toBeCloseTo(1 / 3, 15);
    // Order 3: ⊥⊥ is continued; ⊥a is continued by b; ab never occurs as a context (it ends the text).
    expect(unseenContextShare(model, 3)).toBeCloseTo(1 / 3, 15);
  });

  it('trainNgramModel throws RangeError on an empty text', () => {
    expect(() => trainNgramModel('', 'a')).toThrow(RangeError);
    expect(() => trainNgramModel('a', '')).toThrow(RangeError);
  });
});

describe('logProbability', () => {
  it('logProbability(c, ch, k, v) is ln((c + k)/(ch + k·v)), −∞ for k = 0 and c = 0, −ln v for an unseen context', () => {
    expect(logProbability(0, 5, 0, 3)).toBe(-Infinity);
    expect(logProbability(0, 0, 0, 3)).toBe(-Infinity);
    expect(logProbability(0, 0, 0.2, 3)).toBeCloseTo(-ln(3), 15);
    expect(logProbability(2, 4, 1, 3)).toBeCloseTo(ln(3 / 7), 15);
    expect(logProbability(4, 4, 0, 3)).toBe(0);
  });

  it('logProbability stays finite for the smallest k, where (c + k)/(ch + k·v) would underflow', () => {
    // ln(5e-324 / 1000) = ln(5e-324) − ln 1000 ≈ −744.44007 − 6.90776.
    expect(logProbability(0, 1000, Number.MIN_VALUE, 68)).toBeCloseTo(Math.log(Number.MIN_VALUE) - Math.log(1000), 10);
  });

  it('logProbability keeps its relative accuracy for a prediction within 1e-13 of certainty', () => {
    // (1 + 1e-12)/(1 + 3e-12) = 1 − 2e-12/(1 + 3e-12); ln of it ≈ −2e-12 + 6e-24 + 2e-24 (series).
    const exact = -2e-12 / (1 + 3e-12) - (2e-12 / (1 + 3e-12)) ** 2 / 2;
    expectRelativelyClose(logProbability(1, 1, 1e-12, 3), exact, 1e-12);
  });
});

/** An independent, slow reference: the contract's definitions with string-keyed maps. */
function referenceNll(train: string, test: string, order: number, k: number): { train: number; test: number } {
  const tr = Array.from(train);
  const te = Array.from(test);
  const v = new Set([...tr, ...te]).size;
  const BOUNDARY = '\u0000⊥';
  const pad = (xs: string[]) => [...Array<string>(order - 1).fill(BOUNDARY), ...xs];
  const pair = new Map<string, number>();
  const ctx = new Map<string, number>();
  const padded = pad(tr);
  for (let t = 0; t < tr.length; t++) {
    const h = JSON.stringify(padded.slice(t, t + order - 1));
    const a = padded[t + order - 1];
    ctx.set(h, (ctx.get(h) ?? 0) + 1);
    pair.set(`${h}|${a}`, (pair.get(`${h}|${a}`) ?? 0) + 1);
  }
  const nll = (xs: string[]) => {
    const p = pad(xs);
    let s = 0;
    for (let t = 0; t < xs.length; t++) {
      const h = JSON.stringify(p.slice(t, t + order - 1));
      const c = pair.get(`${h}|${p[t + order - 1]}`) ?? 0;
      const ch = ctx.get(h) ?? 0;
      const prob = ch === 0 && k === 0 ? 0 : (c + k) / (ch + k * v);
      s -= Math.log(prob);
    }
    return s / xs.length;
  };
  return { train: nll(tr), test: nll(te) };
}

const smallText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '😀', 'e\u0301'), minLength: 1, maxLength: 40 });

describe('properties', () => {
  it('textNll agrees with a direct string-keyed implementation of the definitions, at every order', () => {
    fc.assert(
      fc.property(smallText, smallText, fc.integer({ min: 1, max: MAX_ORDER }), fc.constantFrom(0, 1e-3, 0.5, 1, 10), (train, test, order, k) => {
        const model = trainNgramModel(train, test);
        const expected = referenceNll(train, test, order, k);
        for (const which of ['train', 'test'] as const) {
          const got = textNll(model, which, order, k);
          if (expected[which] === Infinity) expect(got).toBe(Infinity);
          else expect(Math.abs(got - expected[which])).toBeLessThanOrEqual(1e-12 * Math.max(1, expected[which]));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('conditionalDistribution sums to 1 over V for every context when k > 0, and for every seen context at k = 0', () => {
    fc.assert(
      fc.property(smallText, smallText, fc.integer({ min: 1, max: MAX_ORDER }), fc.double({ min: 0, max: 10, noNaN: true }), fc.nat(), (train, test, order, k, start) => {
        const model = trainNgramModel(train, test);
        // A context taken from the training text (seen) and one from the test text (maybe unseen).
        for (const text of [model.train, model.test]) {
          const end = start % (text.length + 1);
          const dist = conditionalDistribution(model, order, text.subarray(0, end), k);
          const total = dist.reduce((s, p) => s + p, 0);
          if (k > 0 || text === model.train) expect(Math.abs(total - 1)).toBeLessThan(1e-12);
          else expect([0, 1].some((x) => Math.abs(total - x) < 1e-12)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('textNll on the training text at k = 0 (the MLE) is at most its value at any k > 0', () => {
    fc.assert(
      fc.property(smallText, smallText, fc.integer({ min: 1, max: MAX_ORDER }), fc.double({ min: 1e-9, max: 10, noNaN: true }), (train, test, order, k) => {
        const model = trainNgramModel(train, test);
        expect(textNll(model, 'train', order, 0)).toBeLessThanOrEqual(textNll(model, 'train', order, k) * (1 + 1e-12));
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('nllByOrder at k = 0 never lets the training NLL rise with the order', () => {
    fc.assert(
      fc.property(smallText, smallText, (train, test) => {
        const rows = nllByOrder(trainNgramModel(train, test), 0);
        for (let i = 1; i < rows.length; i++) expect(rows[i]!.train).toBeLessThanOrEqual(rows[i - 1]!.train * (1 + 1e-12) + 1e-15);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
