/** The claims content/language-model.mdx makes in words about the lesson's own texts, checked on the current content. */
import { describe, expect, it } from 'vitest';
import { LESSON_MODEL, LESSON_TEXTS } from '~/components/lesson-texts';
import { nllByOrder, textNll } from './ngram';
import { DEFAULT_SETTINGS, textModelView } from './view';

describe('the language-model page’s claims', () => {
  const rows = nllByOrder(LESSON_MODEL, DEFAULT_SETTINGS.k);
  const best = textModelView(LESSON_MODEL, DEFAULT_SETTINGS).bestOrder ?? 0;

  it('the held-out page is “What changes for you”, and it is not in the training text', () => {
    expect(LESSON_TEXTS.testPage.slug).toBe('what-changes');
    expect(LESSON_TEXTS.trainPages.map((p) => p.slug)).not.toContain('what-changes');
    expect(LESSON_TEXTS.trainPages.map((p) => p.slug)).not.toContain('language-model');
  });

  it('at the default k the training NLL falls at every step from n = 1 to n = 8', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.train).toBeLessThan(rows[i - 1]!.train);
  });

  it('at the default k the test NLL falls to an interior minimum and rises at every step after it', () => {
    expect(best).toBeGreaterThan(1);
    expect(best).toBeLessThan(8);
    for (let i = 1; i < rows.length; i++) {
      if (i < best) expect(rows[i]!.test).toBeLessThan(rows[i - 1]!.test);
      else expect(rows[i]!.test).toBeGreaterThan(rows[i - 1]!.test);
    }
  });

  it('at k = 0 the test NLL is infinite at n = 8 (the page’s “fluent but infinite” example)', () => {
    expect(textNll(LESSON_MODEL, 'test', 8, 0)).toBe(Infinity);
  });
});
