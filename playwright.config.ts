// One config, three projects, each served by Astro's preview server (scripts/preview.mjs):
//   root     (the default)  every spec except the benchmarks, against the build in dist/ on E2E_PORT;
//   subpath  `--project=subpath`, after scripts/build-subpath.mjs: the tests tagged @subpath in
//            e2e/site.spec.ts, against the BASE_PATH=/kl-view/ build on SUBPATH_PORT;
//   bench    `--project=bench` (or BENCH_BROWSER=1): e2e/bench/**, which print figures and assert nothing.
// E2E_PORT and SUBPATH_PORT exist because several checkouts run their tests on this machine at once.
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/browser-path.mjs';
import { SUBPATH_BASE, SUBPATH_DIST, SUBPATH_PORT } from './scripts/subpath.mjs';

const rootPort = Number(process.env['E2E_PORT'] ?? 4329);
const rootBase = process.env['BASE_PATH'] ?? '/';
const rootURL = `http://127.0.0.1:${rootPort}${rootBase}`;
const subpathURL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;
const benchOnly = !!process.env['BENCH_BROWSER'];
const executablePath = chromiumExecutable();

const ROOT = 'root';
const SUBPATH = 'subpath';
const BENCH = 'bench';

/**
 * The projects this command runs: those named by --project (Playwright's own flag, * as a wildcard),
 * else the default ones. Playwright starts every configured webServer whatever the projects (servers
 * per project were added and reverted upstream, microsoft/playwright#22496), so the config lists only
 * the servers these projects need: `--project root` does not wait for a subpath build that may not
 * exist, and the subpath port is not taken when no subpath test runs.
 */
function selectedProjects(): Set<string> {
  const names: string[] = [];
  let listing = false; // `--project a b` takes every argument up to the next option
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    listing = arg === '--project' || (listing && !arg.startsWith('-'));
    if (listing && arg !== '--project') names.push(arg);
  }
  const all = [ROOT, SUBPATH, BENCH];
  if (names.length === 0) return new Set([benchOnly ? BENCH : ROOT]);
  const patterns = names.map((name) => new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
  return new Set(all.filter((project) => patterns.some((pattern) => pattern.test(project))));
}

const selected = selectedProjects();
const webServer: PlaywrightTestConfig['webServer'] = [];
if (selected.has(ROOT) || selected.has(BENCH)) {
  webServer.push({
    name: 'root',
    command: `node scripts/preview.mjs ${JSON.stringify(process.env['DIST_DIR'] ?? 'dist')} ${rootPort}`,
    url: rootURL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  });
}
if (selected.has(SUBPATH)) {
  webServer.push({
    name: 'subpath',
    // The build's folder is the only thing under the web root, and Astro's preview answers 404 for any
    // URL outside the base, so a URL that forgets the base fails the tests.
    command: `node scripts/preview.mjs ${JSON.stringify(SUBPATH_DIST)} ${SUBPATH_PORT}`,
    env: { ...(process.env as Record<string, string>), BASE_PATH: SUBPATH_BASE },
    url: subpathURL,
    reuseExistingServer: false,
    timeout: 60_000,
  });
}

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Per test (assertions keep their 5 s). The longest tests walk a page control by control or reload it
  // once per refused input, a browser round trip each: 25–35 s when several checkouts share this machine.
  timeout: 60_000,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: { trace: 'on-first-retry' },
  projects: [
    { name: ROOT, default: !benchOnly, testIgnore: ['bench/**'], grepInvert: /@subpath/, use: { ...chromium, baseURL: rootURL } },
    { name: SUBPATH, default: false, testMatch: 'site.spec.ts', grep: /@subpath/, use: { ...chromium, baseURL: subpathURL } },
    { name: BENCH, default: benchOnly, testMatch: 'bench/**/*.spec.ts', use: { ...chromium, baseURL: rootURL } },
  ],
  webServer,
});
