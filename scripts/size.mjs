// `npm run size`: how much JavaScript each page of the built site loads, gzipped. A report, not a
// gate: it prints the table and whether the heaviest page is within budget, and exits 0 either way.
//
//   (a) at load: the scripts the HTML references plus everything they import statically (the
//       import graph is read with es-module-lexer; dynamic import() edges are not followed). Chart.js
//       is imported dynamically by src/components/chart-loader.ts once a chart's canvas is within
//       400 px of the viewport, so it is never in (a).
//   "before scrolling": what Chromium (375 × 812 screen) has fetched once the page is loaded and
//       the network is idle, without scrolling: (a) plus dynamic imports that run on their own
//       (e.g. a chart near the top).
//   (b) in all: after scrolling to every chart and waiting for it, so every dynamic import has arrived.
//       Every page's (b) is held against the 85 KB budget.
//   search use: what opening search and running one query adds (measured once, on the first page:
//       the same files on every page). The search override (src/components/overrides/Search.astro)
//       imports the Pagefind UI on first use, so none of it is in (a) or (b); the last column
//       shows (b) plus it, for a reader who also searches. Not held against the budget.
//
// Each distinct script URL counts once, gzipped here with zlib (level 9, as static hosts and CDNs
// roughly do), independent of whether the local server compresses. Inline <script>s are shown
// separately (they ship inside the HTML). Pagefind's WebAssembly and index files are already
// compressed and are reported at their size on disk, apart from the JavaScript.
//
//   npm run size                 the build in dist/
//   DIST_DIR=/tmp/x npm run size another build folder
//   npm run size -- --files      also list each page's script files
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { chromiumExecutable } from './browser-path.mjs';
import { startPreview } from './preview.mjs';
import { sitePages } from './site-pages.mjs';

export const BUDGET_AT_LOAD = 20 * 1024;
export const BUDGET_TOTAL = 85 * 1024;
const VIEWPORT = { width: 375, height: 812 };

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Launches the Chromium the browser tests use. */
export async function launchChromium() {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
}

/** Loads one page twice over (at load, then scrolled through) and returns its scripts by URL. */
async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const scripts = new Map();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    bodies.push(
      response
        .body()
        .then((body) => scripts.set(response.url(), body))
        .catch(() => {}),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  const beforeScroll = new Map(scripts);
  const entries = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => s.src));
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  // (a): the entry scripts and the closure of their static imports.
  await initLexer;
  const staticGraph = new Map();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (staticGraph.has(file)) continue;
    let body = scripts.get(file);
    if (!body) {
      const response = await page.request.get(file);
      if (!response.ok()) continue;
      body = await response.body();
    }
    staticGraph.set(file, body);
    const [imports] = parseImports(body.toString('utf8'));
    for (const i of imports) if (i.d === -1 && i.n) queue.push(new URL(i.n, file).href); // -1: static import/export-from
  }

  // (b): every chart brought near the viewport in turn until it exists (src/components/chart-loader.ts
  // marks its canvases data-chart-lazy, then data-chart-ready), so every dynamic import has arrived.
  for (const canvas of await page.locator('canvas[data-chart-lazy]').all()) {
    if (!(await canvas.isVisible())) continue; // in a closed <details>: no chart until it opens
    await canvas.scrollIntoViewIfNeeded();
    await canvas.and(page.locator('[data-chart-ready]')).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await Promise.all(bodies);
  await context.close();

  const sum = (map) => [...map.values()].reduce((total, body) => total + gz(body), 0);
  return {
    atLoad: { files: staticGraph.size, gzip: sum(staticGraph) },
    beforeScroll: { files: beforeScroll.size, gzip: sum(beforeScroll) },
    total: { files: scripts.size, gzip: sum(scripts) },
    inlineGzip: inline ? gz(Buffer.from(inline)) : 0,
    files: [...scripts.entries()].map(([file, body]) => ({
      file: new URL(file).pathname,
      gzip: gz(body),
      when: staticGraph.has(file) ? 'static ' : beforeScroll.has(file) ? 'idle   ' : 'scroll ',
    })),
  };
}

/**
 * Opens search on a loaded page, types a query and waits for a result; returns what that fetched:
 * JavaScript (gzipped) and Pagefind's other files (WebAssembly, index; already compressed).
 */
async function measureSearch(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const scripts = new Map();
  const data = new Map();
  const bodies = [];
  page.on('response', (response) => {
    if (!response.ok()) return;
    const isScript = response.request().resourceType() === 'script';
    if (!isScript && !new URL(response.url()).pathname.includes('/pagefind/')) return;
    bodies.push(
      response
        .body()
        .then((body) => (isScript ? scripts : data).set(response.url(), body))
        .catch(() => {}),
    );
  });
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog[open] .pagefind-ui__search-input').fill('entropy');
  await page.locator('dialog[open] .pagefind-ui__result').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  const files = [...scripts.entries()].map(([file, body]) => ({ file: new URL(file).pathname, gzip: gz(body) }));
  return {
    gzip: files.reduce((total, f) => total + f.gzip, 0),
    files,
    dataBytes: [...data.values()].reduce((total, body) => total + body.length, 0),
    dataFiles: data.size,
  };
}

/**
 * Measures every page of the build in `dir`, and search use once; returns the pages sorted
 * heaviest (in all) first, and the search figures.
 */
export async function measureSite(dir = process.env.DIST_DIR ?? 'dist') {
  const pages = sitePages(dir);
  const server = await startPreview({ dir });
  const browser = await launchChromium();
  try {
    const rows = [];
    for (const page of pages) rows.push({ ...page, ...(await measurePage(browser, new URL(page.path, server.url).href)) });
    rows.sort((a, b) => b.total.gzip - a.total.gzip || b.atLoad.gzip - a.atLoad.gzip);
    const search = await measureSearch(browser, new URL(pages[0].path, server.url).href);
    return { rows, search };
  } finally {
    await browser.close();
    await server.close();
  }
}

function printTable(rows, search, listFiles) {
  const header = ['page', '(a) at load', 'before scrolling', '(b) in all', 'inline', '(a) ≤ 20 KB', '(b) ≤ 85 KB', '(b) + search use'];
  const body = rows.map((r) => [
    r.name,
    `${kb(r.atLoad.gzip)} KB (${r.atLoad.files})`,
    `${kb(r.beforeScroll.gzip)} KB (${r.beforeScroll.files})`,
    `${kb(r.total.gzip)} KB (${r.total.files})`,
    `${kb(r.inlineGzip)} KB`,
    r.atLoad.gzip <= BUDGET_AT_LOAD ? 'within' : 'OVER',
    r.total.gzip <= BUDGET_TOTAL ? 'within' : 'OVER',
    `${kb(r.total.gzip + search.gzip)} KB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log('JavaScript per page, gzipped (number of files in parentheses), heaviest first.');
  console.log('(a) = HTML scripts + static imports; before scrolling = also idle-time dynamic imports; (b) = after scrolling through;');
  console.log('(b) + search use = (b) plus what opening search and running a query loads (below), for a reader who searches.\n');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
  console.log(
    `\nSearch use (open search, type a query; loaded on first use, on no page before): ${kb(search.gzip)} KB of JavaScript in ${search.files.length} files` +
      ` (${search.files.map((f) => `${f.file.split('/').pop()} ${kb(f.gzip)} KB`).join(', ')}),` +
      ` plus ${kb(search.dataBytes)} KB of Pagefind WebAssembly and index in ${search.dataFiles} files (already compressed).`,
  );
  if (listFiles) {
    for (const r of rows) {
      console.log(`\n${r.name}`);
      for (const f of r.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(6)} KB  ${f.when}  ${f.file}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, search } = await measureSite();
  printTable(rows, search, process.argv.includes('--files'));
  const heaviestAtLoad = rows.reduce((a, b) => (b.atLoad.gzip > a.atLoad.gzip ? b : a));
  const heaviest = rows[0];
  console.log(
    `\nBudget (a) at load ≤ ${kb(BUDGET_AT_LOAD)} KB: heaviest ${heaviestAtLoad.name} ${kb(heaviestAtLoad.atLoad.gzip)} KB → ${heaviestAtLoad.atLoad.gzip <= BUDGET_AT_LOAD ? 'within budget' : 'OVER BUDGET'}`,
  );
  console.log(
    `Budget (b) in all   ≤ ${kb(BUDGET_TOTAL)} KB: heaviest ${heaviest.name} ${kb(heaviest.total.gzip)} KB → ${heaviest.total.gzip <= BUDGET_TOTAL ? 'within budget' : 'OVER BUDGET'}` +
      ` (${rows.filter((r) => r.total.gzip > BUDGET_TOTAL).length} of ${rows.length} pages over)`,
  );
}
