// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import starlightLinksValidator from 'starlight-links-validator';
import { projectInlineScriptHashes } from './scripts/csp.mjs';
import rehypeFocusableScrollers from './scripts/rehype-focusable-scrollers.mjs';
import rehypeSearchMath from './scripts/rehype-search-math.mjs';

// SITE_URL sets canonical URLs and the sitemap; BASE_PATH deploys under a subpath (e.g. /kl-view/).
const base = process.env.BASE_PATH || '/';

const math = unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeFocusableScrollers, rehypeSearchMath] });

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'ignore',
  markdown: { processor: math },
  // Strict CSP, emitted by Astro as a <meta http-equiv="content-security-policy"> on every page.
  // Scripts: only our own origin plus hashes (Astro hashes the scripts it bundles or inlines; the
  // `is:inline` scripts of Starlight and of our components are hashed from their sources by
  // scripts/csp.mjs), so no 'unsafe-inline' and no 'unsafe-eval'. Styles: <style>/<link> elements
  // are 'self' plus Astro's hashes; KaTeX positions glyphs with style="…" attributes, which only
  // style-src-attr allows (a hash list would disable 'unsafe-inline', hence the separate directive).
  // Test: e2e/site.spec.ts reads the policy on every page and fails on any CSP violation.
  //
  // Astro 7 does not hash the component <style>s it inlines into pages rendered from MDX content
  // (the widgets' scoped styles), so under the CSP they were blocked; emitting every stylesheet as a
  // file makes 'self' cover them.
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:", // KaTeX's smallest fonts are inlined by Vite as data: URIs
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind (Starlight's search) compile its WebAssembly; it does
        // not allow eval() or new Function().
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: projectInlineScriptHashes(),
      },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  integrations: [
    starlight({
      title: 'Maximum likelihood and the KL view',
      description:
        'An interactive lesson: maximum likelihood is the empirical form of minimizing the forward KL divergence.',
      // Lesson pages live in ./content, outside Starlight's default src/content/docs.
      markdown: { processedDirs: ['./content'] },
      // Fails the build on a broken internal link or #hash in the lesson's Markdown. Relative links
      // (../kl-divergence/) are how the content links, so that they work under any BASE_PATH; the
      // built site, under a subpath, is crawled by linkinator in `npm run test:subpath`.
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
      customCss: ['katex/dist/katex.min.css', './src/styles/lesson.css'],
      // Starlight's search, with the Pagefind UI's JavaScript loaded on first use instead of on idle.
      components: { Search: './src/components/overrides/Search.astro' },
      sidebar: [
        {
          label: 'The lesson',
          items: [
            { label: 'Overview', link: '/' },
            'training-problem',
            'kl-divergence',
            'worked-anchor',
            'forward-kl-split',
            'maximum-likelihood',
            'three-names',
            'forward-vs-reverse',
            'gaussian-mle',
            'paradigms',
            'language-model',
            'what-changes',
          ],
        },
      ],
    }),
  ],
});
