import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/browser-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const base = process.env.BASE_PATH ?? '/';
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'e2e',
  // Browser benchmarks print figures and assert nothing; `npm run bench:browser` runs them on their own.
  testIgnore: process.env['BENCH_BROWSER'] ? [] : ['bench/**'],
  testMatch: process.env['BENCH_BROWSER'] ? 'bench/**/*.spec.ts' : '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
