// The subpath deploy check, run by `npm run test:subpath` after scripts/build-subpath.mjs has built
// the site with BASE_PATH=/kl-view/: serves that build under /kl-view/ and runs the subpath part of
// e2e/site.spec.ts over every page of it (every page, asset, chart, font and search result loads).
import { defineConfig } from '@playwright/test';
import shared from './playwright.config';
import { SUBPATH_BASE, SUBPATH_DIST, SUBPATH_PORT, SUBPATH_SITE } from './scripts/subpath.mjs';

// Read by e2e/site.spec.ts (and inherited by Playwright's workers).
process.env['GATES_SUBPATH'] = '1';
process.env['DIST_DIR'] = SUBPATH_DIST;
process.env['SUBPATH_SITE'] = SUBPATH_SITE;

const url = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;

export default defineConfig({
  ...shared,
  testMatch: 'site.spec.ts',
  use: { ...shared.use, baseURL: url },
  webServer: {
    // The same static server as the main suite (scripts/serve.mjs), serving the subpath build under
    // BASE_PATH: the web root holds nothing else, so a URL that forgets the base is a 404.
    command: `node scripts/serve.mjs ${JSON.stringify(SUBPATH_DIST)} ${SUBPATH_PORT}`,
    env: { ...(process.env as Record<string, string>), BASE_PATH: SUBPATH_BASE },
    url,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
