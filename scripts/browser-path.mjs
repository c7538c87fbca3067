// Which Chromium the end-to-end tests drive: Playwright's own browser where one is installed
// (a developer's laptop), else $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The executable to launch, or undefined to let Playwright use its own bundled browser. */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  return DEBIAN_CHROMIUM;
}
