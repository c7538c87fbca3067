/**
 * Build time only: the lesson's MDX sources, read by Vite, split into the text model's training and
 * test texts (src/lib/text/lesson-texts.ts says which page is held out and why), and their model. Imported by
 * TextModel.astro, the language-model page and the benchmark, never by browser code: the browser reads the
 * extracted texts from the widget's HTML.
 */
import { lessonTexts, type LessonTexts } from '~/lib/text/lesson-texts';
import { trainNgramModel } from '~/lib/text/ngram';

const sources = import.meta.glob<string>('/content/*.mdx', { query: '?raw', import: 'default', eager: true });

/** The built-in training and test texts, extracted from content/*.mdx. */
export const LESSON_TEXTS: LessonTexts = lessonTexts(
  Object.fromEntries(Object.entries(sources).map(([path, source]) => [path.replace(/^.*\/|\.mdx$/g, ''), source])),
);

/** The n-gram counts of the built-in texts, trained once per build for the widget and the page's prose. */
export const LESSON_MODEL = trainNgramModel(LESSON_TEXTS.train, LESSON_TEXTS.test);
