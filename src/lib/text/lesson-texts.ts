/**
 * The text model's built-in texts: the lesson's own pages as plain text. One page is held out as the
 * test text; every other lesson page, in file-name order and one line break apart, is the training text.
 *
 * The held-out page is "What changes for you", the lesson's last page. It retells the earlier pages'
 * ideas in new sentences, so it is text from the same source the model has not seen, which is the
 * situation a test set stands for. It is also the page a reader of the model's own page has not read
 * yet. The model's own page is left out of both texts, so that describing the model does not change it.
 */
import { extractPlainText } from './extract';

/** The slug (file name without .mdx) of the held-out test page. */
export const HELD_OUT_PAGE = 'what-changes';
/** Pages in neither text: the language-model page itself. */
export const EXCLUDED_PAGES: readonly string[] = ['language-model'];

export interface LessonTexts {
  train: string;
  test: string;
  /** Slugs and titles of the training pages, in order. */
  trainPages: { slug: string; title: string }[];
  testPage: { slug: string; title: string };
}

/** The `title:` of an MDX page's frontmatter (quotes removed), or the slug when it has none. */
export function pageTitle(source: string, slug: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const title = /^title:\s*(.+?)\s*$/m.exec(frontmatter)?.[1];
  return title ? title.replace(/^(['"])(.*)\1$/, '$2') : slug;
}

/** Splits the lesson's pages (slug → MDX source) into the training and test texts; throws when the held-out page is missing. */
export function lessonTexts(pages: Readonly<Record<string, string>>, heldOut = HELD_OUT_PAGE): LessonTexts {
  const testSource = pages[heldOut];
  if (testSource === undefined) throw new Error(`The held-out page "${heldOut}" is not among the lesson's pages.`);
  const slugs = Object.keys(pages)
    .filter((slug) => slug !== heldOut && !EXCLUDED_PAGES.includes(slug))
    .sort();
  return {
    train: slugs.map((slug) => extractPlainText(pages[slug] ?? '')).filter(Boolean).join('\n'),
    test: extractPlainText(testSource),
    trainPages: slugs.map((slug) => ({ slug, title: pageTitle(pages[slug] ?? '', slug) })),
    testPage: { slug: heldOut, title: pageTitle(testSource, heldOut) },
  };
}
