// `npm run lighthouse`: Lighthouse (mobile preset: Moto G Power-class screen, simulated slow 4G and
// 4× CPU slowdown) on the landing page and on the page that loads the most JavaScript (found with
// scripts/size.mjs), served from dist/ by Astro's preview server (scripts/preview.mjs). Prints performance, accessibility,
// best practices and SEO per page against the targets (≥ 95, 100, 100, 100). A report, not a gate:
// it exits 0 whatever the scores (1 only if Lighthouse itself cannot run).
//
//   npm run lighthouse                        landing page + heaviest page
//   npm run lighthouse -- forward-vs-reverse/ landing page + the pages named
//   npm run lighthouse -- --details           also list the audits that cost points
//   npm run lighthouse -- --runs=5            runs per page (default 3; the median run is reported,
//                                             as Lighthouse advises: scores vary with machine load)
//
// Chromium: $CHROME_PATH, else the one the browser tests use (scripts/browser-path.mjs).
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumExecutable } from './browser-path.mjs';
import { startPreview } from './preview.mjs';
import { measureSite } from './size.mjs';

const DIST = process.env.DIST_DIR ?? 'dist';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const args = process.argv.slice(2);
const details = args.includes('--details');
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3));
const named = args.filter((a) => !a.startsWith('--'));

let pages = ['', ...named];
if (named.length === 0) {
  console.log('Finding the page that loads the most JavaScript (scripts/size.mjs)…');
  const {
    rows: [heaviest],
  } = await measureSite(DIST);
  pages = ['', heaviest.path];
}
pages = [...new Set(pages)];

const chromePath = process.env.CHROME_PATH || chromiumExecutable() || chromium.executablePath();
const server = await startPreview({ dir: DIST });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
});

const rows = [];
try {
  for (const path of pages) {
    const url = new URL(path, server.url).href;
    const lhrs = [];
    for (let run = 0; run < runs; run++) {
      // Default config = the mobile preset.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(TARGETS),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      lhrs.push(result.lhr);
    }
    const result = { lhr: computeMedianRun(lhrs) };
    const performanceRuns = lhrs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
    const { categories, audits, runWarnings } = result.lhr;
    const scores = Object.fromEntries(Object.keys(TARGETS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const lost = Object.keys(TARGETS).flatMap((id) =>
      categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => `${id}: ${ref.id} (${audits[ref.id].displayValue ?? `score ${audits[ref.id].score}`}) — ${audits[ref.id].title}`),
    );
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${audits[id].title}: ${audits[id].displayValue}`)
      .join(', ');
    // Where the main thread's time goes, by script (what Total Blocking Time is made of).
    const bootup = (audits['bootup-time']?.details?.items ?? [])
      .slice(0, 4)
      .map((item) => `${typeof item.url === 'string' ? item.url.replace(/^https?:\/\/[^/]+/, '') : item.url} ${Math.round(item.total)} ms`)
      .join(', ');
    rows.push({ page: path === '' ? '/' : path, scores, lost, metrics, bootup, performanceRuns, warnings: runWarnings });
  }
} finally {
  await chrome.kill();
  await server.close();
}

const cols = Object.keys(TARGETS);
const header = ['page', ...cols.map((c) => `${c} (≥ ${TARGETS[c]})`)];
const body = rows.map((r) => [r.page, ...cols.map((c) => `${r.scores[c]} ${r.scores[c] >= TARGETS[c] ? '✓' : '✗'}`)]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`\nLighthouse, mobile preset, Astro preview server, median of ${runs} runs per page:\n`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of body) console.log(line(row));
for (const r of rows) {
  console.log(`\n${r.page}  (median of ${runs} runs; performance per run: ${r.performanceRuns.join(', ')})`);
  console.log(`  ${r.metrics}`);
  console.log(`  main-thread time by script (simulated mobile CPU): ${r.bootup}`);
  if (details || r.lost.length <= 8) for (const l of r.lost) console.log(`  − ${l}`);
  else console.log(`  ${r.lost.length} audits below full score (run with --details to list them)`);
  for (const w of r.warnings ?? []) console.log(`  ! ${w}`);
}
const met = rows.every((r) => cols.every((c) => r.scores[c] >= TARGETS[c]));
console.log(`\n${met ? 'All targets met.' : 'Some targets missed (see above).'}`);
