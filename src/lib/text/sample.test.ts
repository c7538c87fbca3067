import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-points';
import { trainNgramModel } from './ngram';
import { sampleText } from './sample';

describe('sampleText', () => {
  const model = trainNgramModel('the cat sat on the mat', 'a hat');

  // From an independent Python transcription of PCG32 (big integers) and of the sampling rule in sample.ts's
  // file comment: u = uniform · (c(h) + k|V|); counts part walked in code-point order, else entry ⌊(u − c(h))/k⌋.
  // blind counts the draws made in a context with c(h) = 0.
  it.each([
    [3, 0.5, 42, 40, 'mhomooomstaat sammsnmeccnoahe eahonsscms', 32],
    [2, 0, 7, 40, 't cat the cathe mat t cat on the sathe t', 0],
    [1, 0.1, -3, 30, ' ttaoo  oeaaa hte mth seac  h ', 0],
  ])('sampleText(model, order %d, k = %d, seed %d, %d) matches the reference sampler', (order, k, seed, length, text, blind) => {
    expect(sampleText(model, order, k, seed, length)).toEqual({ text, stopped: false, blind });
  });

  it('sampleText at k = 0 retraces a text whose contexts are all distinct, and stops where the text ends', () => {
    const chain = trainNgramModel('abcdefg', 'a');
    for (const seed of [1, 2, 3]) expect(sampleText(chain, 2, 0, seed, 100)).toEqual({ text: 'abcdefg', stopped: true, blind: 0 });
  });

  it('sampleText at order 1, k = 0 draws characters with their training frequencies', () => {
    // P(a) = 2/3; 30,000 draws have standard deviation √(2/9 / 30000) ≈ 0.0027 in the fraction.
    const text = sampleText(trainNgramModel('aab', 'a'), 1, 0, 5, 30_000).text;
    const fraction = (text.match(/a/g)?.length ?? 0) / text.length;
    expect(Math.abs(fraction - 2 / 3)).toBeLessThan(4 * 0.0027);
  });

  it('sampleText with k > 0 also draws characters that occur only in the test text, with P = k / (c(h) + k|V|)', () => {
    // train "aaaa", test "b", k = 1: P(b) = 1/6; 30,000 draws: σ ≈ 0.0022.
    const text = sampleText(trainNgramModel('aaaa', 'b'), 1, 1, 9, 30_000).text;
    const fraction = (text.match(/b/g)?.length ?? 0) / text.length;
    expect(Math.abs(fraction - 1 / 6)).toBeLessThan(4 * 0.0022);
  });

  it('sampleText counts length in code points and repeats itself for the same seed', () => {
    const emoji = trainNgramModel('😀a😀b', 'a');
    const first = sampleText(emoji, 2, 0.5, 11, 50);
    expect(codePointLength(first.text)).toBe(50);
    expect(sampleText(emoji, 2, 0.5, 11, 50)).toEqual(first);
    expect(sampleText(emoji, 2, 0.5, 12, 50).text).not.toBe(first.text);
  });
});
