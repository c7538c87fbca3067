import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readoutReason, readoutText } from '../format/readout';
import { trainNgramModel } from './ngram';
import { contextLabel, nllCell, sampleNote, textModelView, unseenReason, visibleText } from './view';

describe('textModelView', () => {
  it('textModelView reports the current order’s NLLs, test bits = NLL / ln 2, perplexity = exp(NLL) and |V|', () => {
    // train "aab", test "ab", order 2, k = 0: train NLL (2/3) ln 2, test NLL ½ ln 2 (see ngram.test.ts).
    const view = textModelView(trainNgramModel('aab', 'ab'), { order: 2, k: 0, seed: 1 });
    const value = (id: string) => view.readout.find((e) => e.id === id)?.value;
    expect(value('train-nll')).toBeCloseTo((2 / 3) * Math.LN2, 15);
    expect(value('test-nll')).toBeCloseTo(Math.LN2 / 2, 15);
    expect(value('test-bits')).toBeCloseTo(0.5, 15);
    expect(value('test-perplexity')).toBeCloseTo(Math.SQRT2, 15);
    expect(value('vocab-size')).toBe(2);
    expect(view.rows).toHaveLength(8);
    expect(view.unseen).toBeNull();
  });

  it('textModelView at k = 0 gives the reason for an infinite test NLL and leaves it out of the plotted series', () => {
    const view = textModelView(trainNgramModel('aab', 'ab'), { order: 3, k: 0, seed: 1 });
    expect(view.current.test).toBe(Infinity);
    expect(view.readout.find((e) => e.id === 'test-nll')?.reason).toMatch(/never followed by “b”/);
    expect(view.readout.find((e) => e.id === 'test-bits')?.reason).toBe('∞ because the test NLL is ∞.');
    expect(view.series.test[2]).toBeNull();
    expect(view.series.test[1]).toBeCloseTo(Math.LN2 / 2, 15);
    // Orders 1 and 2 are finite: ½(ln 3/2 + ln 3) ≈ 0.752 and ½ ln 2 ≈ 0.347, so order 2 is best.
    expect(view.bestOrder).toBe(2);
  });

  it('textModelView’s best order is null when every test NLL is +∞', () => {
    expect(textModelView(trainNgramModel('aab', 'c'), { order: 1, k: 0, seed: 1 }).bestOrder).toBeNull();
  });
});

describe('sentences', () => {
  it('nllCell shows three decimals and ∞', () => {
    expect(nllCell(1.63)).toBe('1.630');
    expect(nllCell(Infinity)).toBe('∞');
  });

  it('visibleText shows spaces, line breaks and tabs', () => {
    expect(visibleText('a b\n\t')).toBe('a␣b↵⇥');
  });

  it('contextLabel marks the start of the text', () => {
    expect(contextLabel({ context: 'T', boundaries: 2 })).toBe('“⟨start⟩T”');
    expect(contextLabel({ context: 'he ', boundaries: 0 })).toBe('“he␣”');
  });

  it('unseenReason names the character, its position (1-based) and the reason of each kind', () => {
    expect(unseenReason({ kind: 'character', position: 2418, character: '1', context: '', boundaries: 0 })).toBe(
      '∞ because “1” (character 2,419 of the test text) never occurs in the training text, so with k = 0 its probability is 0.',
    );
    expect(unseenReason({ kind: 'context', position: 2, character: 'b', context: 'b', boundaries: 0 })).toMatch(
      /^∞ because the context “b” before character 3 of the test text is never followed by anything/,
    );
    expect(unseenReason({ kind: 'continuation', position: 0, character: 'P', context: '', boundaries: 3 })).toBe(
      '∞ because in the training text “⟨start⟩” is never followed by “P” (character 1 of the test text), so with k = 0 its probability is 0.',
    );
  });

  it('sampleNote counts blind draws and says when the sample stopped, and is "" otherwise', () => {
    expect(sampleNote({ text: 'ab', stopped: false, blind: 0 }, 5)).toBe('');
    expect(sampleNote({ text: 'ab', stopped: false, blind: 7 }, 5)).toMatch(/^7 characters were drawn .* each of the 5 characters/);
    expect(sampleNote({ text: 'a😀', stopped: true, blind: 0 }, 5)).toMatch(/stops after 2 characters/);
  });
});

describe('the readout over the whole supported input range', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', 'e\u0301', '\n'), minLength: 1, maxLength: 30 });
  const k = fc.oneof(fc.constantFrom(0, Number.MIN_VALUE, 1e-320, 1e-300, 1e-12, 10), fc.double({ min: 0, max: 10, noNaN: true }));

  it('textModelView’s readout is finite, or +∞ with a reason, for any texts, order 1–8 and k in [0, 10]', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 8 }), k, (train, test, order, kValue) => {
        const view = textModelView(trainNgramModel(train, test), { order, k: kValue, seed: 1 });
        for (const e of view.readout) {
          expect(Number.isNaN(e.value), e.id).toBe(false);
          expect(e.value, e.id).not.toBe(-Infinity);
          if (e.value === Infinity) expect(readoutReason(e), `${e.id} is ∞ without a reason`).not.toBe('');
          expect(readoutText(e)).not.toMatch(/NaN|undefined|—/);
        }
        // Only k = 0 can make the test NLL infinite; the training NLL never is.
        if (kValue > 0) expect(Number.isFinite(view.current.test)).toBe(true);
        expect(Number.isFinite(view.current.train)).toBe(true);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
