// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// SITE_URL sets canonical URLs and the sitemap; BASE_PATH deploys under a subpath (e.g. /kl-view/).
const base = process.env.BASE_PATH || '/';

const math = unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] });

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'ignore',
  markdown: { processor: math },
  integrations: [
    starlight({
      title: 'Maximum likelihood and the KL view',
      description:
        'An interactive lesson: maximum likelihood is the empirical form of minimizing the forward KL divergence.',
      // Lesson pages live in ./content, outside Starlight's default src/content/docs.
      markdown: { processedDirs: ['./content'] },
      customCss: ['katex/dist/katex.min.css', './src/styles/lesson.css'],
      sidebar: [
        {
          label: 'The lesson',
          items: [
            { label: 'Overview', link: '/' },
            'training-problem',
            'kl-divergence',
            'forward-kl-split',
            'maximum-likelihood',
            'three-names',
            'worked-anchor',
            'forward-vs-reverse',
            'paradigms',
            'what-changes',
          ],
        },
      ],
    }),
  ],
});
