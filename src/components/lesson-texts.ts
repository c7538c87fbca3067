/**
 * Build time only: the lesson's MDX sources, read by Vite, split into the text model's training and
 * test texts (src/lib/text/lesson-texts.ts says which page is held out and why). Imported by
 * TextModel.astro's frontmatter and by the benchmark, never by browser code: the browser reads the
 * extracted texts from the widget's HTML.
 */
import { lessonTexts, type LessonTexts } from '~/lib/text/lesson-texts';

const sources = import.meta.glob<string>('/content/*.mdx', { query: '?raw', import: 'default', eager: true });

/** The built-in training and test texts, extracted from content/*.mdx. */
export const LESSON_TEXTS: LessonTexts = lessonTexts(
  Object.fromEntries(Object.entries(sources).map(([path, source]) => [path.replace(/^.*\/|\.mdx$/g, ''), source])),
);
