import { describe, expect, it } from 'vitest';
import { lessonTexts, pageTitle } from './lesson-texts';

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;

describe('lessonTexts', () => {
  it('lessonTexts holds one page out as the test text and joins the others, sorted by slug, as the training text', () => {
    const texts = lessonTexts(
      { b: page('Bee', 'Second $x$ page.'), a: page('Ay', 'First page.'), 'language-model': page('LM', 'Not used.'), t: page('Tee', 'Test page.') },
      't',
    );
    expect(texts.train).toBe('First page.\nSecond page.');
    expect(texts.test).toBe('Test page.');
    expect(texts.trainPages).toEqual([{ slug: 'a', title: 'Ay' }, { slug: 'b', title: 'Bee' }]);
    expect(texts.testPage).toEqual({ slug: 't', title: 'Tee' });
  });

  it('lessonTexts throws when the held-out page does not exist', () => {
    expect(() => lessonTexts({ a: 'x' }, 'missing')).toThrow(/missing/);
  });

  it('pageTitle reads a quoted or bare frontmatter title and falls back to the slug', () => {
    expect(pageTitle('---\ntitle: "Across: the paradigms"\n---\n', 's')).toBe('Across: the paradigms');
    expect(pageTitle('no frontmatter', 'slug')).toBe('slug');
  });
});
