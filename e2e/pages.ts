/**
 * Every page of the built site, found by walking the build output for `*.html`, so a page added to
 * content/ later is covered by the site-wide gates without editing any list.
 *
 * The build folder is `dist/` unless `DIST_DIR` says otherwise (useful for trying the gates against a
 * build in another folder); the paths returned are relative to the site's base (`''` is the landing
 * page, `kl-divergence/`, `404.html`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sitePages as listPages } from '../scripts/site-pages.mjs';

export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export interface SitePage {
  /** The URL path relative to the site's base, as given to `page.goto`. */
  path: string;
  /** The HTML file in the build output. */
  file: string;
  /** A readable name for test titles. */
  name: string;
}

/** All pages of the build in `dir`, sorted, landing page first. */
export function sitePages(dir = DIST_DIR): SitePage[] {
  return listPages(dir) as SitePage[];
}

/** The Markdown/MDX source a page was built from, if there is one (content/<slug>.mdx and friends). */
export function sourceOf(page: SitePage): string | undefined {
  const slug = page.path.replace(/\/$/, '').replace(/\.html$/, '') || 'index';
  const candidates = ['mdx', 'md'].flatMap((ext) => [`content/${slug}.${ext}`, `content/${slug}/index.${ext}`]);
  const found = candidates.find((candidate) => existsSync(candidate));
  return found ? readFileSync(found, 'utf8') : undefined;
}

/** Whether Markdown source contains TeX math (`$…$` or `$$…$$`), ignoring frontmatter and code. */
export function hasMath(source: string): boolean {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  // `$$` display blocks, or inline `$…$` whose body looks like TeX (a backslash command, ^ or _),
  // or is a single letter like $p$; a prose "$5 and $10" has none of these.
  return /\$\$[\s\S]+?\$\$/.test(body) || /(?<![\\$])\$(?!\s)([^$\n]*?[\\^_{][^$\n]*?|[A-Za-z])(?<!\s)\$/.test(body);
}

/** The file in the build that the site serves at `url`, if there is one. */
export function fileInBuild(url: string, baseURL: string, dir = DIST_DIR): string | undefined {
  const base = new URL(baseURL).pathname;
  const { pathname } = new URL(url);
  if (!pathname.startsWith(base)) return undefined;
  let rel = decodeURIComponent(pathname.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = join(dir, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
