// Makes sure a Chromium exists for the end-to-end tests. Playwright cannot download its browser on
// machines without general internet access, so on Debian we install the distribution's package.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromiumExecutable, DEBIAN_CHROMIUM } from './browser-path.mjs';

const wanted = chromiumExecutable();
if (wanted === undefined || existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (wanted === DEBIAN_CHROMIUM && isRoot && hasApt) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
}
console.error(
  `No Chromium for the browser tests: run "npx playwright install chromium", or "sudo apt-get install chromium" on Debian, or set CHROMIUM_PATH to a Chromium binary.`,
);
process.exit(1);
