// Builds the site as it is deployed under a subpath (GitHub Pages project sites live at
// https://<owner>.github.io/<repo>/), then checks that every internal link and asset of every page
// resolves there, with linkinator. The browser half of the check (every page loads with its
// scripts, styles, fonts, charts and search under the subpath) is `playwright test
// --project=subpath`, which serves this same build.
//
//   node scripts/build-subpath.mjs            build + link check
//   node scripts/build-subpath.mjs --no-build link check of the existing subpath build
//
// The build goes to node_modules/.cache/subpath-site/<base>/ (git-ignored), so the server root holds
// nothing but the subpath: a link that forgets the base (/kl-divergence/ instead of
// /kl-view/kl-divergence/) points outside it and fails.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker } from 'linkinator';
import { htmlFiles } from './site-pages.mjs';
import { SUBPATH_BASE, SUBPATH_ROOT, SUBPATH_DIST, SUBPATH_SITE } from './subpath.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

if (!process.argv.includes('--no-build')) {
  rmSync(SUBPATH_ROOT, { recursive: true, force: true });
  const started = Date.now();
  console.log(`Building with BASE_PATH=${SUBPATH_BASE} SITE_URL=${SUBPATH_SITE} into ${relative(projectRoot, SUBPATH_DIST)}/ …`);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', SUBPATH_DIST], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stdout.write(build.stdout);
    process.stderr.write(build.stderr);
    console.error('Subpath build failed.');
    process.exit(1);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
if (!existsSync(SUBPATH_DIST)) {
  console.error(`No subpath build at ${SUBPATH_DIST}: run without --no-build.`);
  process.exit(1);
}

const pages = htmlFiles(SUBPATH_DIST);
const checker = new LinkChecker();
let origin = '';
checker.on('pagestart', (url) => {
  origin ||= new URL(url).origin;
});
const result = await checker.check({
  // Relative to serverRoot, as linkinator expects. The base folder first: linkinator crawls what is
  // under a start URL, so everything reachable from the landing page is followed; then every page by
  // name, so that a page nothing links to (404.html) is checked too.
  path: [SUBPATH_BASE.slice(1), ...pages.map((page) => relative(SUBPATH_ROOT, page).split(sep).join('/'))],
  serverRoot: SUBPATH_ROOT,
  recurse: true,
  checkFragments: true,
  checkCss: true,
  concurrency: 20,
  timeout: 10_000,
  // Internal links only: anything on another host is out of scope (and there is no internet here).
  // That includes canonical URLs, which point at the deployed origin; the subpath browser tests
  // check the sitemap's URLs against this build instead.
  linksToSkip: async (link) => /^https?:/.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
});

const broken = result.links.filter((link) => link.state === 'BROKEN');
const checked = result.links.filter((link) => link.state === 'OK').length;
if (broken.length > 0) {
  console.error(`\n${broken.length} broken internal link(s) or asset(s) under ${SUBPATH_BASE}:`);
  for (const link of broken) {
    const parent = link.parent ? new URL(link.parent).pathname : '(start)';
    const reason = link.failureDetails?.map((d) => d?.message ?? d?.statusText ?? '').filter(Boolean).join('; ');
    console.error(`  ${link.status ?? '—'}  ${link.url.replace(origin, '')}  ← ${parent}${reason ? `  (${reason})` : ''}`);
  }
  process.exit(1);
}
if (process.argv.includes('--verbose')) for (const link of result.links) console.log(`  ${link.state} ${link.status ?? ''} ${link.url}`);
console.log(`Links: ${checked} internal links and assets on ${pages.length} pages resolve under ${SUBPATH_BASE} (linkinator).`);
