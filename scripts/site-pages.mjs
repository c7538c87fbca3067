// The pages of a built site: every *.html under the build folder (Astro's and Pagefind's asset
// folders hold none of ours). Shared by the browser tests (e2e/pages.ts), the subpath link check,
// and the size and Lighthouse reports, so a page added to content/ is covered by all of them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ASSET_DIRS = new Set(['_astro', 'pagefind']);

/** Every HTML file under `dir`, recursively. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ASSET_DIRS.has(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The pages of the build in `dir`, landing page first: `path` is the URL path relative to the
 * site's base ('' for the landing page, 'kl-divergence/', '404.html'), `file` the HTML file.
 */
export function sitePages(dir) {
  if (!existsSync(dir)) throw new Error(`No build at ${dir}/: run "npm run build" first.`);
  const pages = htmlFiles(dir).map((file) => {
    const rel = relative(dir, file).split(sep).join('/');
    const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    return { path, file, name: path === '' ? '/' : path };
  });
  if (pages.length === 0) throw new Error(`No HTML pages in ${dir}/.`);
  return pages.sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path.localeCompare(b.path)));
}
